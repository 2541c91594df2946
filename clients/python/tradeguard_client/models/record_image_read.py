from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.record_image_kind import RecordImageKind
from typing import cast

if TYPE_CHECKING:
  from ..models.file_read import FileRead





T = TypeVar("T", bound="RecordImageRead")



@_attrs_define
class RecordImageRead:
    """ 
        Attributes:
            id (int):
            kind (RecordImageKind):
            position (int):
            sha256 (str):
            mime_type (str):
            width (int | None):
            height (int | None):
            file (FileRead): A stored file: its fingerprint and where to fetch it (`GET /api/v1/files/{id}`,
                allowed to whoever may see a row that refers to it).
     """

    id: int
    kind: RecordImageKind
    position: int
    sha256: str
    mime_type: str
    width: int | None
    height: int | None
    file: FileRead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.file_read import FileRead # noqa: PLC0415
        id = self.id

        kind = self.kind.value

        position = self.position

        sha256 = self.sha256

        mime_type = self.mime_type

        width: int | None
        width = self.width

        height: int | None
        height = self.height

        file = self.file.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "kind": kind,
            "position": position,
            "sha256": sha256,
            "mime_type": mime_type,
            "width": width,
            "height": height,
            "file": file,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_read import FileRead # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        kind = RecordImageKind(d.pop("kind"))




        position = d.pop("position")

        sha256 = d.pop("sha256")

        mime_type = d.pop("mime_type")

        def _parse_width(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        width = _parse_width(d.pop("width"))


        def _parse_height(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        height = _parse_height(d.pop("height"))


        file = FileRead.from_dict(d.pop("file"))




        record_image_read = cls(
            id=id,
            kind=kind,
            position=position,
            sha256=sha256,
            mime_type=mime_type,
            width=width,
            height=height,
            file=file,
        )


        record_image_read.additional_properties = d
        return record_image_read

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
