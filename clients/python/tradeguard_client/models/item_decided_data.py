from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.item_status import ItemStatus






T = TypeVar("T", bound="ItemDecidedData")



@_attrs_define
class ItemDecidedData:
    """ 
        Attributes:
            item_id (int):
            complaint_id (int):
            uphold (bool):
            status (ItemStatus): One listing named in a complaint. See `policy.TRANSITIONS` for the moves.
     """

    item_id: int
    complaint_id: int
    uphold: bool
    status: ItemStatus





    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        complaint_id = self.complaint_id

        uphold = self.uphold

        status = self.status.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "item_id": item_id,
            "complaint_id": complaint_id,
            "uphold": uphold,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_id = d.pop("item_id")

        complaint_id = d.pop("complaint_id")

        uphold = d.pop("uphold")

        status = ItemStatus(d.pop("status"))




        item_decided_data = cls(
            item_id=item_id,
            complaint_id=complaint_id,
            uphold=uphold,
            status=status,
        )

        return item_decided_data

