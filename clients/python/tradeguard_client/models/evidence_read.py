from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.evidence_status import EvidenceStatus
from ..models.evidence_type import EvidenceType
from ..models.language import Language
from ..models.party import Party
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.file_read import FileRead





T = TypeVar("T", bound="EvidenceRead")



@_attrs_define
class EvidenceRead:
    """ 
        Attributes:
            id (int):
            party (Party):
            type_ (EvidenceType):
            description (str):
            language (Language | None): The language its author wrote it in (null: not recorded). The text is shown as
                written, never translated.
            status (EvidenceStatus):
            sha256 (str):
            size (int):
            mime_type (str):
            original_name (str):
            uploaded_by (str):
            created_at (datetime.datetime):
            submitted_at (datetime.datetime | None):
            file (FileRead): A stored file: its fingerprint and where to fetch it (`GET /api/v1/files/{id}`,
                allowed to whoever may see a row that refers to it).
     """

    id: int
    party: Party
    type_: EvidenceType
    description: str
    language: Language | None
    status: EvidenceStatus
    sha256: str
    size: int
    mime_type: str
    original_name: str
    uploaded_by: str
    created_at: datetime.datetime
    submitted_at: datetime.datetime | None
    file: FileRead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.file_read import FileRead # noqa: PLC0415
        id = self.id

        party = self.party.value

        type_ = self.type_.value

        description = self.description

        language: None | str
        if isinstance(self.language, Language):
            language = self.language.value
        else:
            language = self.language

        status = self.status.value

        sha256 = self.sha256

        size = self.size

        mime_type = self.mime_type

        original_name = self.original_name

        uploaded_by = self.uploaded_by

        created_at = self.created_at.isoformat()

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        file = self.file.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "party": party,
            "type": type_,
            "description": description,
            "language": language,
            "status": status,
            "sha256": sha256,
            "size": size,
            "mime_type": mime_type,
            "original_name": original_name,
            "uploaded_by": uploaded_by,
            "created_at": created_at,
            "submitted_at": submitted_at,
            "file": file,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_read import FileRead # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        party = Party(d.pop("party"))




        type_ = EvidenceType(d.pop("type"))




        description = d.pop("description")

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


        status = EvidenceStatus(d.pop("status"))




        sha256 = d.pop("sha256")

        size = d.pop("size")

        mime_type = d.pop("mime_type")

        original_name = d.pop("original_name")

        uploaded_by = d.pop("uploaded_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)



                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at"))


        file = FileRead.from_dict(d.pop("file"))




        evidence_read = cls(
            id=id,
            party=party,
            type_=type_,
            description=description,
            language=language,
            status=status,
            sha256=sha256,
            size=size,
            mime_type=mime_type,
            original_name=original_name,
            uploaded_by=uploaded_by,
            created_at=created_at,
            submitted_at=submitted_at,
            file=file,
        )


        evidence_read.additional_properties = d
        return evidence_read

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
