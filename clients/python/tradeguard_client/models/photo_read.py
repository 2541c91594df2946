from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.file_read import FileRead





T = TypeVar("T", bound="PhotoRead")



@_attrs_define
class PhotoRead:
    """ 
        Attributes:
            id (int):
            sha256 (str):
            caption (str):
            mime_type (str):
            file (FileRead): A stored file: its fingerprint and where to fetch it (`GET /api/v1/files/{id}`,
                allowed to whoever may see a row that refers to it).
     """

    id: int
    sha256: str
    caption: str
    mime_type: str
    file: FileRead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.file_read import FileRead # noqa: PLC0415
        id = self.id

        sha256 = self.sha256

        caption = self.caption

        mime_type = self.mime_type

        file = self.file.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "sha256": sha256,
            "caption": caption,
            "mime_type": mime_type,
            "file": file,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_read import FileRead # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        sha256 = d.pop("sha256")

        caption = d.pop("caption")

        mime_type = d.pop("mime_type")

        file = FileRead.from_dict(d.pop("file"))




        photo_read = cls(
            id=id,
            sha256=sha256,
            caption=caption,
            mime_type=mime_type,
            file=file,
        )


        photo_read.additional_properties = d
        return photo_read

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
