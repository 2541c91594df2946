from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.org_document_kind import OrgDocumentKind
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.file_read import FileRead





T = TypeVar("T", bound="OrganizationDocumentRead")



@_attrs_define
class OrganizationDocumentRead:
    """ 
        Attributes:
            id (int):
            kind (OrgDocumentKind):
            description (str):
            sha256 (str):
            mime_type (str):
            size (int):
            created_at (datetime.datetime):
            file (FileRead): A stored file: its fingerprint and where to fetch it (`GET /api/v1/files/{id}`,
                allowed to whoever may see a row that refers to it).
     """

    id: int
    kind: OrgDocumentKind
    description: str
    sha256: str
    mime_type: str
    size: int
    created_at: datetime.datetime
    file: FileRead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.file_read import FileRead # noqa: PLC0415
        id = self.id

        kind = self.kind.value

        description = self.description

        sha256 = self.sha256

        mime_type = self.mime_type

        size = self.size

        created_at = self.created_at.isoformat()

        file = self.file.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "kind": kind,
            "description": description,
            "sha256": sha256,
            "mime_type": mime_type,
            "size": size,
            "created_at": created_at,
            "file": file,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_read import FileRead # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        kind = OrgDocumentKind(d.pop("kind"))




        description = d.pop("description")

        sha256 = d.pop("sha256")

        mime_type = d.pop("mime_type")

        size = d.pop("size")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        file = FileRead.from_dict(d.pop("file"))




        organization_document_read = cls(
            id=id,
            kind=kind,
            description=description,
            sha256=sha256,
            mime_type=mime_type,
            size=size,
            created_at=created_at,
            file=file,
        )


        organization_document_read.additional_properties = d
        return organization_document_read

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
