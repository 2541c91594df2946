from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import json
from .. import types

from ..types import UNSET, Unset

from ..types import File, FileTypes
from ..types import UNSET, Unset
from io import BytesIO
from typing import cast






T = TypeVar("T", bound="SpecsImportXlsxMultiPartBodyParams")



@_attrs_define
class SpecsImportXlsxMultiPartBodyParams:
    """ 
        Attributes:
            file (File):
            spec_id (int | None | Unset):
     """

    file: File
    spec_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()


        spec_id: int | None | Unset
        if isinstance(self.spec_id, Unset):
            spec_id = UNSET
        else:
            spec_id = self.spec_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "file": file,
        })
        if spec_id is not UNSET:
            field_dict["spec_id"] = spec_id

        return field_dict


    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))



        if not isinstance(self.spec_id, Unset):
            if isinstance(self.spec_id, int):

                files.append(("spec_id", (None, str(self.spec_id).encode(), "text/plain")))
            else:
                files.append(("spec_id", (None, str(self.spec_id).encode(), "text/plain")))



        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))



        return files


    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(
             payload = BytesIO(d.pop("file"))
        )




        def _parse_spec_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        spec_id = _parse_spec_id(d.pop("spec_id", UNSET))


        specs_import_xlsx_multi_part_body_params = cls(
            file=file,
            spec_id=spec_id,
        )


        specs_import_xlsx_multi_part_body_params.additional_properties = d
        return specs_import_xlsx_multi_part_body_params

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
