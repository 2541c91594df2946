from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.image_hash_status import ImageHashStatus
from typing import cast






T = TypeVar("T", bound="ListingImageRead")



@_attrs_define
class ListingImageRead:
    """ 
        Attributes:
            id (int):
            position (int):
            sha256 (str):
            width (int | None):
            height (int | None):
            mime_type (str):
            size (int):
            hash_status (ImageHashStatus):
            url (str):
     """

    id: int
    position: int
    sha256: str
    width: int | None
    height: int | None
    mime_type: str
    size: int
    hash_status: ImageHashStatus
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        position = self.position

        sha256 = self.sha256

        width: int | None
        width = self.width

        height: int | None
        height = self.height

        mime_type = self.mime_type

        size = self.size

        hash_status = self.hash_status.value

        url = self.url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "position": position,
            "sha256": sha256,
            "width": width,
            "height": height,
            "mime_type": mime_type,
            "size": size,
            "hash_status": hash_status,
            "url": url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        position = d.pop("position")

        sha256 = d.pop("sha256")

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


        mime_type = d.pop("mime_type")

        size = d.pop("size")

        hash_status = ImageHashStatus(d.pop("hash_status"))




        url = d.pop("url")

        listing_image_read = cls(
            id=id,
            position=position,
            sha256=sha256,
            width=width,
            height=height,
            mime_type=mime_type,
            size=size,
            hash_status=hash_status,
            url=url,
        )


        listing_image_read.additional_properties = d
        return listing_image_read

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
