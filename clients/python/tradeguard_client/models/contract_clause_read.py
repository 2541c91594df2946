from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ContractClauseRead")



@_attrs_define
class ContractClauseRead:
    """ 
        Attributes:
            number (str):
            key (str):
            library_version (int):
            source (str):
            title_en (str):
            title_zh (str):
            text_en (str):
            text_zh (str):
     """

    number: str
    key: str
    library_version: int
    source: str
    title_en: str
    title_zh: str
    text_en: str
    text_zh: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        number = self.number

        key = self.key

        library_version = self.library_version

        source = self.source

        title_en = self.title_en

        title_zh = self.title_zh

        text_en = self.text_en

        text_zh = self.text_zh


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "number": number,
            "key": key,
            "library_version": library_version,
            "source": source,
            "title_en": title_en,
            "title_zh": title_zh,
            "text_en": text_en,
            "text_zh": text_zh,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        key = d.pop("key")

        library_version = d.pop("library_version")

        source = d.pop("source")

        title_en = d.pop("title_en")

        title_zh = d.pop("title_zh")

        text_en = d.pop("text_en")

        text_zh = d.pop("text_zh")

        contract_clause_read = cls(
            number=number,
            key=key,
            library_version=library_version,
            source=source,
            title_en=title_en,
            title_zh=title_zh,
            text_en=text_en,
            text_zh=text_zh,
        )


        contract_clause_read.additional_properties = d
        return contract_clause_read

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
