from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import json
from .. import types

from ..types import UNSET, Unset

from ..models.disputes_evidence_add_multi_part_body_params_evidence_type import DisputesEvidenceAddMultiPartBodyParamsEvidenceType
from ..types import File, FileTypes
from ..types import UNSET, Unset
from io import BytesIO






T = TypeVar("T", bound="DisputesEvidenceAddMultiPartBodyParams")



@_attrs_define
class DisputesEvidenceAddMultiPartBodyParams:
    """ 
        Attributes:
            file (File):
            type_ (DisputesEvidenceAddMultiPartBodyParamsEvidenceType):
            description (str | Unset):  Default: ''.
     """

    file: File
    type_: DisputesEvidenceAddMultiPartBodyParamsEvidenceType
    description: str | Unset = ''
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()


        type_ = self.type_.value

        description = self.description


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "file": file,
            "type": type_,
        })
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict


    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))



        files.append(("type",  (None, str(self.type_.value).encode(), "text/plain")))



        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))




        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))



        return files


    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(
             payload = BytesIO(d.pop("file"))
        )




        type_ = DisputesEvidenceAddMultiPartBodyParamsEvidenceType(d.pop("type"))




        description = d.pop("description", UNSET)

        disputes_evidence_add_multi_part_body_params = cls(
            file=file,
            type_=type_,
            description=description,
        )


        disputes_evidence_add_multi_part_body_params.additional_properties = d
        return disputes_evidence_add_multi_part_body_params

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
