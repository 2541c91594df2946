from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.complaint_reason import ComplaintReason
from typing import cast

if TYPE_CHECKING:
  from ..models.complaint_item_brief import ComplaintItemBrief





T = TypeVar("T", bound="ComplaintFiledData")



@_attrs_define
class ComplaintFiledData:
    """ 
        Attributes:
            complaint_id (int):
            reason (ComplaintReason):
            rights_holder_id (int):
            rights_holder (str): The rights holder's name
            items (list[ComplaintItemBrief]):
     """

    complaint_id: int
    reason: ComplaintReason
    rights_holder_id: int
    rights_holder: str
    items: list[ComplaintItemBrief]





    def to_dict(self) -> dict[str, Any]:
        from ..models.complaint_item_brief import ComplaintItemBrief # noqa: PLC0415
        complaint_id = self.complaint_id

        reason = self.reason.value

        rights_holder_id = self.rights_holder_id

        rights_holder = self.rights_holder

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "complaint_id": complaint_id,
            "reason": reason,
            "rights_holder_id": rights_holder_id,
            "rights_holder": rights_holder,
            "items": items,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.complaint_item_brief import ComplaintItemBrief # noqa: PLC0415
        d = dict(src_dict)
        complaint_id = d.pop("complaint_id")

        reason = ComplaintReason(d.pop("reason"))




        rights_holder_id = d.pop("rights_holder_id")

        rights_holder = d.pop("rights_holder")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = ComplaintItemBrief.from_dict(items_item_data)



            items.append(items_item)


        complaint_filed_data = cls(
            complaint_id=complaint_id,
            reason=reason,
            rights_holder_id=rights_holder_id,
            rights_holder=rights_holder,
            items=items,
        )

        return complaint_filed_data

