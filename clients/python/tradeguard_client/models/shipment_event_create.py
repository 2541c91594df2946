from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.shipment_event_status import ShipmentEventStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ShipmentEventCreate")



@_attrs_define
class ShipmentEventCreate:
    """ 
        Attributes:
            status (ShipmentEventStatus): What happened to the goods on their way, as the supplier or the carrier reports
                it.
            occurred_at (datetime.datetime): When it happened (with a UTC offset).
            carrier (str | Unset):  Default: ''.
            tracking_number (str | Unset):  Default: ''.
            note (str | Unset):  Default: ''.
     """

    status: ShipmentEventStatus
    occurred_at: datetime.datetime
    carrier: str | Unset = ''
    tracking_number: str | Unset = ''
    note: str | Unset = ''
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        occurred_at = self.occurred_at.isoformat()

        carrier = self.carrier

        tracking_number = self.tracking_number

        note = self.note


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "status": status,
            "occurred_at": occurred_at,
        })
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if tracking_number is not UNSET:
            field_dict["tracking_number"] = tracking_number
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = ShipmentEventStatus(d.pop("status"))




        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        carrier = d.pop("carrier", UNSET)

        tracking_number = d.pop("tracking_number", UNSET)

        note = d.pop("note", UNSET)

        shipment_event_create = cls(
            status=status,
            occurred_at=occurred_at,
            carrier=carrier,
            tracking_number=tracking_number,
            note=note,
        )


        shipment_event_create.additional_properties = d
        return shipment_event_create

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
