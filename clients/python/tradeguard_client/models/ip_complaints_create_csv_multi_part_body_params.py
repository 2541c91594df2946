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






T = TypeVar("T", bound="IpComplaintsCreateCsvMultiPartBodyParams")



@_attrs_define
class IpComplaintsCreateCsvMultiPartBodyParams:
    """ 
        Attributes:
            record_id (int):
            reason (str):
            explanation (str):
            signature_name (str):
            csv (File):
            statement_good_faith (bool | Unset):  Default: False.
            statement_accuracy (bool | Unset):  Default: False.
            statement_authority (bool | Unset):  Default: False.
            statement_language (Language | None | Unset):
            statements_sha256 (None | str | Unset):
     """

    record_id: int
    reason: str
    explanation: str
    signature_name: str
    csv: File
    statement_good_faith: bool | Unset = False
    statement_accuracy: bool | Unset = False
    statement_authority: bool | Unset = False
    statement_language: Language | None | Unset = UNSET
    statements_sha256: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        record_id = self.record_id

        reason = self.reason

        explanation = self.explanation

        signature_name = self.signature_name

        csv = self.csv.to_tuple()


        statement_good_faith = self.statement_good_faith

        statement_accuracy = self.statement_accuracy

        statement_authority = self.statement_authority

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


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "record_id": record_id,
            "reason": reason,
            "explanation": explanation,
            "signature_name": signature_name,
            "csv": csv,
        })
        if statement_good_faith is not UNSET:
            field_dict["statement_good_faith"] = statement_good_faith
        if statement_accuracy is not UNSET:
            field_dict["statement_accuracy"] = statement_accuracy
        if statement_authority is not UNSET:
            field_dict["statement_authority"] = statement_authority
        if statement_language is not UNSET:
            field_dict["statement_language"] = statement_language
        if statements_sha256 is not UNSET:
            field_dict["statements_sha256"] = statements_sha256

        return field_dict


    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("record_id", (None, str(self.record_id).encode(), "text/plain")))



        files.append(("reason", (None, str(self.reason).encode(), "text/plain")))



        files.append(("explanation", (None, str(self.explanation).encode(), "text/plain")))



        files.append(("signature_name", (None, str(self.signature_name).encode(), "text/plain")))



        files.append(("csv", self.csv.to_tuple()))



        if not isinstance(self.statement_good_faith, Unset):
            files.append(("statement_good_faith", (None, str(self.statement_good_faith).encode(), "text/plain")))



        if not isinstance(self.statement_accuracy, Unset):
            files.append(("statement_accuracy", (None, str(self.statement_accuracy).encode(), "text/plain")))



        if not isinstance(self.statement_authority, Unset):
            files.append(("statement_authority", (None, str(self.statement_authority).encode(), "text/plain")))



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



        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))



        return files


    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        record_id = d.pop("record_id")

        reason = d.pop("reason")

        explanation = d.pop("explanation")

        signature_name = d.pop("signature_name")

        csv = File(
             payload = BytesIO(d.pop("csv"))
        )




        statement_good_faith = d.pop("statement_good_faith", UNSET)

        statement_accuracy = d.pop("statement_accuracy", UNSET)

        statement_authority = d.pop("statement_authority", UNSET)

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


        ip_complaints_create_csv_multi_part_body_params = cls(
            record_id=record_id,
            reason=reason,
            explanation=explanation,
            signature_name=signature_name,
            csv=csv,
            statement_good_faith=statement_good_faith,
            statement_accuracy=statement_accuracy,
            statement_authority=statement_authority,
            statement_language=statement_language,
            statements_sha256=statements_sha256,
        )


        ip_complaints_create_csv_multi_part_body_params.additional_properties = d
        return ip_complaints_create_csv_multi_part_body_params

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
