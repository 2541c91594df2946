from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="OrderItemRead")



@_attrs_define
class OrderItemRead:
    """ 
        Attributes:
            position (int):
            description (str):
            quantity (str):
            unit (str):
            unit_price (str):
            line_total (str):
     """

    position: int
    description: str
    quantity: str
    unit: str
    unit_price: str
    line_total: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        position = self.position

        description = self.description

        quantity = self.quantity

        unit = self.unit

        unit_price = self.unit_price

        line_total = self.line_total


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "position": position,
            "description": description,
            "quantity": quantity,
            "unit": unit,
            "unit_price": unit_price,
            "line_total": line_total,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        position = d.pop("position")

        description = d.pop("description")

        quantity = d.pop("quantity")

        unit = d.pop("unit")

        unit_price = d.pop("unit_price")

        line_total = d.pop("line_total")

        order_item_read = cls(
            position=position,
            description=description,
            quantity=quantity,
            unit=unit,
            unit_price=unit_price,
            line_total=line_total,
        )


        order_item_read.additional_properties = d
        return order_item_read

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
