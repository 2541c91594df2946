from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.library_kind import LibraryKind
from typing import cast
import datetime






T = TypeVar("T", bound="LibraryClauseRead")



@_attrs_define
class LibraryClauseRead:
    """ 
        Attributes:
            key (str):
            number (int):
            kind (LibraryKind):
            title_en (str):
            title_zh (str):
            text_en (str):
            text_zh (str):
            source (str):
            note (str):
            created_at (datetime.datetime):
     """

    key: str
    number: int
    kind: LibraryKind
    title_en: str
    title_zh: str
    text_en: str
    text_zh: str
    source: str
    note: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        key = self.key

        number = self.number

        kind = self.kind.value

        title_en = self.title_en

        title_zh = self.title_zh

        text_en = self.text_en

        text_zh = self.text_zh

        source = self.source

        note = self.note

        created_at = self.created_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "key": key,
            "number": number,
            "kind": kind,
            "title_en": title_en,
            "title_zh": title_zh,
            "text_en": text_en,
            "text_zh": text_zh,
            "source": source,
            "note": note,
            "created_at": created_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        number = d.pop("number")

        kind = LibraryKind(d.pop("kind"))




        title_en = d.pop("title_en")

        title_zh = d.pop("title_zh")

        text_en = d.pop("text_en")

        text_zh = d.pop("text_zh")

        source = d.pop("source")

        note = d.pop("note")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        library_clause_read = cls(
            key=key,
            number=number,
            kind=kind,
            title_en=title_en,
            title_zh=title_zh,
            text_en=text_en,
            text_zh=text_zh,
            source=source,
            note=note,
            created_at=created_at,
        )


        library_clause_read.additional_properties = d
        return library_clause_read

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
