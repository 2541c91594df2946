from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="FileRead")



@_attrs_define
class FileRead:
    """ A stored file: its fingerprint and where to fetch it (`GET /api/v1/files/{id}`,
    allowed to whoever may see a row that refers to it).

        Attributes:
            id (int):
            name (str): The uploaded name, made safe, with the sniffed type's extension
            sha256 (str):
            size (int): Bytes
            mime_type (str): Sniffed from the content at upload, never the name
            category (str):
            width (int | None):
            height (int | None):
            url (str): GET: the bytes (add ?download=true for an attachment)
            thumbnail_url (None | str): Images and PDFs: a WebP thumbnail
     """

    id: int
    name: str
    sha256: str
    size: int
    mime_type: str
    category: str
    width: int | None
    height: int | None
    url: str
    thumbnail_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        sha256 = self.sha256

        size = self.size

        mime_type = self.mime_type

        category = self.category

        width: int | None
        width = self.width

        height: int | None
        height = self.height

        url = self.url

        thumbnail_url: None | str
        thumbnail_url = self.thumbnail_url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "name": name,
            "sha256": sha256,
            "size": size,
            "mime_type": mime_type,
            "category": category,
            "width": width,
            "height": height,
            "url": url,
            "thumbnail_url": thumbnail_url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        sha256 = d.pop("sha256")

        size = d.pop("size")

        mime_type = d.pop("mime_type")

        category = d.pop("category")

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


        url = d.pop("url")

        def _parse_thumbnail_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        thumbnail_url = _parse_thumbnail_url(d.pop("thumbnail_url"))


        file_read = cls(
            id=id,
            name=name,
            sha256=sha256,
            size=size,
            mime_type=mime_type,
            category=category,
            width=width,
            height=height,
            url=url,
            thumbnail_url=thumbnail_url,
        )


        file_read.additional_properties = d
        return file_read

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
