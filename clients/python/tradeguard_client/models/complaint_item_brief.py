from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.item_status import ItemStatus
from typing import cast






T = TypeVar("T", bound="ComplaintItemBrief")



@_attrs_define
class ComplaintItemBrief:
    """ 
        Attributes:
            item_id (int):
            listing_id (int | None):
            status (ItemStatus): One listing named in a complaint. See `policy.TRANSITIONS` for the moves.
            reference (str): The marketplace URL or listing id as reported
     """

    item_id: int
    listing_id: int | None
    status: ItemStatus
    reference: str





    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        listing_id: int | None
        listing_id = self.listing_id

        status = self.status.value

        reference = self.reference


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "item_id": item_id,
            "listing_id": listing_id,
            "status": status,
            "reference": reference,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_id = d.pop("item_id")

        def _parse_listing_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        listing_id = _parse_listing_id(d.pop("listing_id"))


        status = ItemStatus(d.pop("status"))




        reference = d.pop("reference")

        complaint_item_brief = cls(
            item_id=item_id,
            listing_id=listing_id,
            status=status,
            reference=reference,
        )

        return complaint_item_brief

