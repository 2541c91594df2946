from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import json
from .. import types

from ..types import UNSET, Unset

from ..models.language import Language
from ..types import File, FileTypes
from ..types import UNSET, Unset
from io import BytesIO
from typing import cast






T = TypeVar("T", bound="IpItemsCounterNoticeMultiPartBodyParams")



@_attrs_define
class IpItemsCounterNoticeMultiPartBodyParams:
    """ 
        Attributes:
            explanation (str):
            signature_name (str):
            statement_perjury (bool | Unset):  Default: False.
            consent_jurisdiction (bool | Unset):  Default: False.
            statement_language (Language | None | Unset):
            statements_sha256 (None | str | Unset):
            documents (list[File] | None | Unset):
     """

    explanation: str
    signature_name: str
    statement_perjury: bool | Unset = False
    consent_jurisdiction: bool | Unset = False
    statement_language: Language | None | Unset = UNSET
    statements_sha256: None | str | Unset = UNSET
    documents: list[File] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        explanation = self.explanation

        signature_name = self.signature_name

        statement_perjury = self.statement_perjury

        consent_jurisdiction = self.consent_jurisdiction

        statement_language: None | str | Unset
        if isinstance(self.statement_language, Unset):
            statement_language = UNSET
        elif isinstance(self.statement_language, Language):
            statement_language = self.statement_language.value
        else:
            statement_language = self.statement_language

        statements_sha256: None | str | Unset
        if isinstance(self.statements_sha256, Unset):
            statements_sha256 = UNSET
        else:
            statements_sha256 = self.statements_sha256

        documents: list[FileTypes] | None | Unset
        if isinstance(self.documents, Unset):
            documents = UNSET
        elif isinstance(self.documents, list):
            documents = []
            for documents_type_0_item_data in self.documents:
                documents_type_0_item = documents_type_0_item_data.to_tuple()

                documents.append(documents_type_0_item)


        else:
            documents = self.documents


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "explanation": explanation,
            "signature_name": signature_name,
        })
        if statement_perjury is not UNSET:
            field_dict["statement_perjury"] = statement_perjury
        if consent_jurisdiction is not UNSET:
            field_dict["consent_jurisdiction"] = consent_jurisdiction
        if statement_language is not UNSET:
            field_dict["statement_language"] = statement_language
        if statements_sha256 is not UNSET:
            field_dict["statements_sha256"] = statements_sha256
        if documents is not UNSET:
            field_dict["documents"] = documents

        return field_dict


    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("explanation", (None, str(self.explanation).encode(), "text/plain")))



        files.append(("signature_name", (None, str(self.signature_name).encode(), "text/plain")))



        if not isinstance(self.statement_perjury, Unset):
            files.append(("statement_perjury", (None, str(self.statement_perjury).encode(), "text/plain")))



        if not isinstance(self.consent_jurisdiction, Unset):
            files.append(("consent_jurisdiction", (None, str(self.consent_jurisdiction).encode(), "text/plain")))



        if not isinstance(self.statement_language, Unset):
            if isinstance(self.statement_language, Language):

                files.append(("statement_language",  (None, str(self.statement_language.value).encode(), "text/plain")))
            else:
                files.append(("statement_language", (None, str(self.statement_language).encode(), "text/plain")))


        if not isinstance(self.statements_sha256, Unset):
            if isinstance(self.statements_sha256, str):

                files.append(("statements_sha256", (None, str(self.statements_sha256).encode(), "text/plain")))
            else:
                files.append(("statements_sha256", (None, str(self.statements_sha256).encode(), "text/plain")))


        if not isinstance(self.documents, Unset):
            if isinstance(self.documents, list):

                for documents_type_0_item_element in self.documents:
                    files.append(("documents", documents_type_0_item_element.to_tuple()))
            else:
                files.append(("documents", (None, str(self.documents).encode(), "text/plain")))



        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))



        return files


    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        explanation = d.pop("explanation")

        signature_name = d.pop("signature_name")

        statement_perjury = d.pop("statement_perjury", UNSET)

        consent_jurisdiction = d.pop("consent_jurisdiction", UNSET)

        def _parse_statement_language(data: object) -> Language | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                statement_language_type_0 = Language(data)



                return statement_language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Language | None | Unset, data)

        statement_language = _parse_statement_language(d.pop("statement_language", UNSET))


        def _parse_statements_sha256(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        statements_sha256 = _parse_statements_sha256(d.pop("statements_sha256", UNSET))


        def _parse_documents(data: object) -> list[File] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                documents_type_0 = []
                _documents_type_0 = data
                for documents_type_0_item_data in (_documents_type_0):
                    documents_type_0_item = File(
                         payload = BytesIO(documents_type_0_item_data)
                    )



                    documents_type_0.append(documents_type_0_item)

                return documents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[File] | None | Unset, data)

        documents = _parse_documents(d.pop("documents", UNSET))


        ip_items_counter_notice_multi_part_body_params = cls(
            explanation=explanation,
            signature_name=signature_name,
            statement_perjury=statement_perjury,
            consent_jurisdiction=consent_jurisdiction,
            statement_language=statement_language,
            statements_sha256=statements_sha256,
            documents=documents,
        )


        ip_items_counter_notice_multi_part_body_params.additional_properties = d
        return ip_items_counter_notice_multi_part_body_params

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
