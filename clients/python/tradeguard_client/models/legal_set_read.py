from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.language import Language
from typing import cast

if TYPE_CHECKING:
  from ..models.legal_text_read import LegalTextRead





T = TypeVar("T", bound="LegalSetRead")



@_attrs_define
class LegalSetRead:
    """ The statements signed together, with the clause saying which text prevails.

        Attributes:
            id (str): `ip.complaint` or `ip.counter_notice`
            sha256 (str): Send it back as `statements_sha256` when signing
            prevailing_language (Language): The languages TradeGuard is written in; each named in itself, so a reader finds
                theirs whatever the page's language.
            texts (list[LegalTextRead]):
            prevails (LegalTextRead): One binding statement in both languages.
     """

    id: str
    sha256: str
    prevailing_language: Language
    texts: list[LegalTextRead]
    prevails: LegalTextRead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.legal_text_read import LegalTextRead # noqa: PLC0415
        id = self.id

        sha256 = self.sha256

        prevailing_language = self.prevailing_language.value

        texts = []
        for texts_item_data in self.texts:
            texts_item = texts_item_data.to_dict()
            texts.append(texts_item)



        prevails = self.prevails.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "sha256": sha256,
            "prevailing_language": prevailing_language,
            "texts": texts,
            "prevails": prevails,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.legal_text_read import LegalTextRead # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        sha256 = d.pop("sha256")

        prevailing_language = Language(d.pop("prevailing_language"))




        texts = []
        _texts = d.pop("texts")
        for texts_item_data in (_texts):
            texts_item = LegalTextRead.from_dict(texts_item_data)



            texts.append(texts_item)


        prevails = LegalTextRead.from_dict(d.pop("prevails"))




        legal_set_read = cls(
            id=id,
            sha256=sha256,
            prevailing_language=prevailing_language,
            texts=texts,
            prevails=prevails,
        )


        legal_set_read.additional_properties = d
        return legal_set_read

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
