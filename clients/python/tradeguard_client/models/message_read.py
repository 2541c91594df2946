from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.language import Language
from ..models.party import Party
from typing import cast
import datetime






T = TypeVar("T", bound="MessageRead")



@_attrs_define
class MessageRead:
    """ 
        Attributes:
            id (int):
            party (Party):
            author (str):
            body (str):
            language (Language | None): The language its author wrote it in (null: not recorded). The text is shown as
                written, never translated.
            created_at (datetime.datetime):
     """

    id: int
    party: Party
    author: str
    body: str
    language: Language | None
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        party = self.party.value

        author = self.author

        body = self.body

        language: None | str
        if isinstance(self.language, Language):
            language = self.language.value
        else:
            language = self.language

        created_at = self.created_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "party": party,
            "author": author,
            "body": body,
            "language": language,
            "created_at": created_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        party = Party(d.pop("party"))




        author = d.pop("author")

        body = d.pop("body")

        def _parse_language(data: object) -> Language | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = Language(data)



                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Language | None, data)

        language = _parse_language(d.pop("language"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        message_read = cls(
            id=id,
            party=party,
            author=author,
            body=body,
            language=language,
            created_at=created_at,
        )


        message_read.additional_properties = d
        return message_read

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
