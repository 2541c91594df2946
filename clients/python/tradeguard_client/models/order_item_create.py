from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="OrderItemCreate")



@_attrs_define
class OrderItemCreate:
    """ 
        Attributes:
            description (str):
            quantity (int | str):
            unit_price (int | str):
            unit (str | Unset):  Default: 'pcs'.
     """

    description: str
    quantity: int | str
    unit_price: int | str
    unit: str | Unset = 'pcs'
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        description = self.description

        quantity: int | str
        quantity = self.quantity

        unit_price: int | str
        unit_price = self.unit_price

        unit = self.unit


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "description": description,
            "quantity": quantity,
            "unit_price": unit_price,
        })
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        def _parse_quantity(data: object) -> int | str:
            return cast(int | str, data)

        quantity = _parse_quantity(d.pop("quantity"))


        def _parse_unit_price(data: object) -> int | str:
            return cast(int | str, data)

        unit_price = _parse_unit_price(d.pop("unit_price"))


        unit = d.pop("unit", UNSET)

        order_item_create = cls(
            description=description,
            quantity=quantity,
            unit_price=unit_price,
            unit=unit,
        )


        order_item_create.additional_properties = d
        return order_item_create

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
