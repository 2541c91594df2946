from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.item_status import ItemStatus
from typing import cast






T = TypeVar("T", bound="ItemMovedData")



@_attrs_define
class ItemMovedData:
    """ 
        Attributes:
            item_id (int):
            complaint_id (int):
            listing_id (int | None):
            marketplace_url (str):
            old_status (ItemStatus): One listing named in a complaint. See `policy.TRANSITIONS` for the moves.
            status (ItemStatus): One listing named in a complaint. See `policy.TRANSITIONS` for the moves.
            automated (bool): A deadline moved it, not a person
     """

    item_id: int
    complaint_id: int
    listing_id: int | None
    marketplace_url: str
    old_status: ItemStatus
    status: ItemStatus
    automated: bool





    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        complaint_id = self.complaint_id

        listing_id: int | None
        listing_id = self.listing_id

        marketplace_url = self.marketplace_url

        old_status = self.old_status.value

        status = self.status.value

        automated = self.automated


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "item_id": item_id,
            "complaint_id": complaint_id,
            "listing_id": listing_id,
            "marketplace_url": marketplace_url,
            "old_status": old_status,
            "status": status,
            "automated": automated,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_id = d.pop("item_id")

        complaint_id = d.pop("complaint_id")

        def _parse_listing_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        listing_id = _parse_listing_id(d.pop("listing_id"))


        marketplace_url = d.pop("marketplace_url")

        old_status = ItemStatus(d.pop("old_status"))




        status = ItemStatus(d.pop("status"))




        automated = d.pop("automated")

        item_moved_data = cls(
            item_id=item_id,
            complaint_id=complaint_id,
            listing_id=listing_id,
            marketplace_url=marketplace_url,
            old_status=old_status,
            status=status,
            automated=automated,
        )

        return item_moved_data

