from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.language import Language
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.file_read import FileRead
  from ..models.signed_statements_read import SignedStatementsRead





T = TypeVar("T", bound="CounterNoticeRead")



@_attrs_define
class CounterNoticeRead:
    """ 
        Attributes:
            explanation (str):
            language (Language | None): The language its author wrote it in (null: not recorded). The text is shown as
                written, never translated.
            signature_name (str):
            signed_at (datetime.datetime):
            statements (None | SignedStatementsRead): What was signed (null: signed before statements were recorded)
            listing_was_removed (bool):
            documents (int): How many documents (see `document_files`)
            document_files (list[FileRead]):
     """

    explanation: str
    language: Language | None
    signature_name: str
    signed_at: datetime.datetime
    statements: None | SignedStatementsRead
    listing_was_removed: bool
    documents: int
    document_files: list[FileRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.file_read import FileRead # noqa: PLC0415
        from ..models.signed_statements_read import SignedStatementsRead # noqa: PLC0415
        explanation = self.explanation

        language: None | str
        if isinstance(self.language, Language):
            language = self.language.value
        else:
            language = self.language

        signature_name = self.signature_name

        signed_at = self.signed_at.isoformat()

        statements: dict[str, Any] | None
        if isinstance(self.statements, SignedStatementsRead):
            statements = self.statements.to_dict()
        else:
            statements = self.statements

        listing_was_removed = self.listing_was_removed

        documents = self.documents

        document_files = []
        for document_files_item_data in self.document_files:
            document_files_item = document_files_item_data.to_dict()
            document_files.append(document_files_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "explanation": explanation,
            "language": language,
            "signature_name": signature_name,
            "signed_at": signed_at,
            "statements": statements,
            "listing_was_removed": listing_was_removed,
            "documents": documents,
            "document_files": document_files,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_read import FileRead # noqa: PLC0415
        from ..models.signed_statements_read import SignedStatementsRead # noqa: PLC0415
        d = dict(src_dict)
        explanation = d.pop("explanation")

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


        signature_name = d.pop("signature_name")

        signed_at = datetime.datetime.fromisoformat(d.pop("signed_at"))




        def _parse_statements(data: object) -> None | SignedStatementsRead:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                statements_type_0 = SignedStatementsRead.from_dict(data)



                return statements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignedStatementsRead, data)

        statements = _parse_statements(d.pop("statements"))


        listing_was_removed = d.pop("listing_was_removed")

        documents = d.pop("documents")

        document_files = []
        _document_files = d.pop("document_files")
        for document_files_item_data in (_document_files):
            document_files_item = FileRead.from_dict(document_files_item_data)



            document_files.append(document_files_item)


        counter_notice_read = cls(
            explanation=explanation,
            language=language,
            signature_name=signature_name,
            signed_at=signed_at,
            statements=statements,
            listing_was_removed=listing_was_removed,
            documents=documents,
            document_files=document_files,
        )


        counter_notice_read.additional_properties = d
        return counter_notice_read

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
