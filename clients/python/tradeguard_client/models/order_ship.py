from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="OrderShip")



@_attrs_define
class OrderShip:
    """ 
        Attributes:
            carrier (str):
            tracking_number (str):
            estimated_delivery (datetime.date | None | Unset):
     """

    carrier: str
    tracking_number: str
    estimated_delivery: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        carrier = self.carrier

        tracking_number = self.tracking_number

        estimated_delivery: None | str | Unset
        if isinstance(self.estimated_delivery, Unset):
            estimated_delivery = UNSET
        elif isinstance(self.estimated_delivery, datetime.date):
            estimated_delivery = self.estimated_delivery.isoformat()
        else:
            estimated_delivery = self.estimated_delivery


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "carrier": carrier,
            "tracking_number": tracking_number,
        })
        if estimated_delivery is not UNSET:
            field_dict["estimated_delivery"] = estimated_delivery

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        carrier = d.pop("carrier")

        tracking_number = d.pop("tracking_number")

        def _parse_estimated_delivery(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                estimated_delivery_type_0 = datetime.date.fromisoformat(data)



                return estimated_delivery_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        estimated_delivery = _parse_estimated_delivery(d.pop("estimated_delivery", UNSET))


        order_ship = cls(
            carrier=carrier,
            tracking_number=tracking_number,
            estimated_delivery=estimated_delivery,
        )


        order_ship.additional_properties = d
        return order_ship

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
