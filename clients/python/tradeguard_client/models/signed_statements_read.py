from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.language import Language
from typing import cast

if TYPE_CHECKING:
  from ..models.signed_statements_read_texts_item import SignedStatementsReadTextsItem





T = TypeVar("T", bound="SignedStatementsRead")



@_attrs_define
class SignedStatementsRead:
    """ 
        Attributes:
            language (Language | None): The language the signer read the statements in (null: signed before languages were
                recorded)
            texts (list[SignedStatementsReadTextsItem]): Each text signed: id, version, sha256
            sha256 (str):
     """

    language: Language | None
    texts: list[SignedStatementsReadTextsItem]
    sha256: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.signed_statements_read_texts_item import SignedStatementsReadTextsItem # noqa: PLC0415
        language: None | str
        if isinstance(self.language, Language):
            language = self.language.value
        else:
            language = self.language

        texts = []
        for texts_item_data in self.texts:
            texts_item = texts_item_data.to_dict()
            texts.append(texts_item)



        sha256 = self.sha256


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "language": language,
            "texts": texts,
            "sha256": sha256,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signed_statements_read_texts_item import SignedStatementsReadTextsItem # noqa: PLC0415
        d = dict(src_dict)
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


        texts = []
        _texts = d.pop("texts")
        for texts_item_data in (_texts):
            texts_item = SignedStatementsReadTextsItem.from_dict(texts_item_data)



            texts.append(texts_item)


        sha256 = d.pop("sha256")

        signed_statements_read = cls(
            language=language,
            texts=texts,
            sha256=sha256,
        )


        signed_statements_read.additional_properties = d
        return signed_statements_read

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
