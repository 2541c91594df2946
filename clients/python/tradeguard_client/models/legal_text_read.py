from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="LegalTextRead")



@_attrs_define
class LegalTextRead:
    """ One binding statement in both languages.

        Attributes:
            id (str):
            version (int):
            field (str): The request field that gives this statement
            en (str):
            zh_hans (str):
            sha256 (str): SHA-256 of the id, version and both texts
     """

    id: str
    version: int
    field: str
    en: str
    zh_hans: str
    sha256: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version = self.version

        field = self.field

        en = self.en

        zh_hans = self.zh_hans

        sha256 = self.sha256


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "version": version,
            "field": field,
            "en": en,
            "zh_hans": zh_hans,
            "sha256": sha256,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        version = d.pop("version")

        field = d.pop("field")

        en = d.pop("en")

        zh_hans = d.pop("zh_hans")

        sha256 = d.pop("sha256")

        legal_text_read = cls(
            id=id,
            version=version,
            field=field,
            en=en,
            zh_hans=zh_hans,
            sha256=sha256,
        )


        legal_text_read.additional_properties = d
        return legal_text_read

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
