from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import json
from .. import types

from ..types import UNSET, Unset

from ..types import File, FileTypes
from io import BytesIO
from typing import cast
import datetime






T = TypeVar("T", bound="IpAuthorizationsCreateMultiPartBodyParams")



@_attrs_define
class IpAuthorizationsCreateMultiPartBodyParams:
    """ 
        Attributes:
            principal_id (int):
            valid_until (datetime.date):
            letter (File):
     """

    principal_id: int
    valid_until: datetime.date
    letter: File
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        principal_id = self.principal_id

        valid_until = self.valid_until.isoformat()

        letter = self.letter.to_tuple()



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "principal_id": principal_id,
            "valid_until": valid_until,
            "letter": letter,
        })

        return field_dict


    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("principal_id", (None, str(self.principal_id).encode(), "text/plain")))



        files.append(("valid_until", (None, self.valid_until.isoformat().encode(), "text/plain")))



        files.append(("letter", self.letter.to_tuple()))




        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))



        return files


    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        principal_id = d.pop("principal_id")

        valid_until = datetime.date.fromisoformat(d.pop("valid_until"))




        letter = File(
             payload = BytesIO(d.pop("letter"))
        )




        ip_authorizations_create_multi_part_body_params = cls(
            principal_id=principal_id,
            valid_until=valid_until,
            letter=letter,
        )


        ip_authorizations_create_multi_part_body_params.additional_properties = d
        return ip_authorizations_create_multi_part_body_params

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
