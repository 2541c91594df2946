from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.ip_appeal_status import IpAppealStatus
from ..models.language import Language
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.file_read import FileRead





T = TypeVar("T", bound="IpAppealRead")



@_attrs_define
class IpAppealRead:
    """ 
        Attributes:
            id (int):
            status (IpAppealStatus):
            explanation (str):
            language (Language | None): The language its author wrote it in (null: not recorded). The text is shown as
                written, never translated.
            document_files (list[FileRead]):
            decision_reason (str):
            decision_language (Language | None): The language its author wrote it in (null: not recorded). The text is shown
                as written, never translated.
            decided_at (datetime.datetime | None):
            created_at (datetime.datetime):
     """

    id: int
    status: IpAppealStatus
    explanation: str
    language: Language | None
    document_files: list[FileRead]
    decision_reason: str
    decision_language: Language | None
    decided_at: datetime.datetime | None
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.file_read import FileRead # noqa: PLC0415
        id = self.id

        status = self.status.value

        explanation = self.explanation

        language: None | str
        if isinstance(self.language, Language):
            language = self.language.value
        else:
            language = self.language

        document_files = []
        for document_files_item_data in self.document_files:
            document_files_item = document_files_item_data.to_dict()
            document_files.append(document_files_item)



        decision_reason = self.decision_reason

        decision_language: None | str
        if isinstance(self.decision_language, Language):
            decision_language = self.decision_language.value
        else:
            decision_language = self.decision_language

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        created_at = self.created_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "status": status,
            "explanation": explanation,
            "language": language,
            "document_files": document_files,
            "decision_reason": decision_reason,
            "decision_language": decision_language,
            "decided_at": decided_at,
            "created_at": created_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_read import FileRead # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        status = IpAppealStatus(d.pop("status"))




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


        document_files = []
        _document_files = d.pop("document_files")
        for document_files_item_data in (_document_files):
            document_files_item = FileRead.from_dict(document_files_item_data)



            document_files.append(document_files_item)


        decision_reason = d.pop("decision_reason")

        def _parse_decision_language(data: object) -> Language | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_language_type_0 = Language(data)



                return decision_language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Language | None, data)

        decision_language = _parse_decision_language(d.pop("decision_language"))


        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)



                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        ip_appeal_read = cls(
            id=id,
            status=status,
            explanation=explanation,
            language=language,
            document_files=document_files,
            decision_reason=decision_reason,
            decision_language=decision_language,
            decided_at=decided_at,
            created_at=created_at,
        )


        ip_appeal_read.additional_properties = d
        return ip_appeal_read

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
