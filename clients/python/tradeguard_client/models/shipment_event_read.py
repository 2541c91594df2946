from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.shipment_event_status import ShipmentEventStatus
from typing import cast
import datetime






T = TypeVar("T", bound="ShipmentEventRead")



@_attrs_define
class ShipmentEventRead:
    """ 
        Attributes:
            id (int):
            status (ShipmentEventStatus): What happened to the goods on their way, as the supplier or the carrier reports
                it.
            status_label (str):
            occurred_at (datetime.datetime):
            carrier (str):
            tracking_number (str):
            note (str):
            recorded_by (str):
            created_at (datetime.datetime):
     """

    id: int
    status: ShipmentEventStatus
    status_label: str
    occurred_at: datetime.datetime
    carrier: str
    tracking_number: str
    note: str
    recorded_by: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        status_label = self.status_label

        occurred_at = self.occurred_at.isoformat()

        carrier = self.carrier

        tracking_number = self.tracking_number

        note = self.note

        recorded_by = self.recorded_by

        created_at = self.created_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "status": status,
            "status_label": status_label,
            "occurred_at": occurred_at,
            "carrier": carrier,
            "tracking_number": tracking_number,
            "note": note,
            "recorded_by": recorded_by,
            "created_at": created_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = ShipmentEventStatus(d.pop("status"))




        status_label = d.pop("status_label")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        carrier = d.pop("carrier")

        tracking_number = d.pop("tracking_number")

        note = d.pop("note")

        recorded_by = d.pop("recorded_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        shipment_event_read = cls(
            id=id,
            status=status,
            status_label=status_label,
            occurred_at=occurred_at,
            carrier=carrier,
            tracking_number=tracking_number,
            note=note,
            recorded_by=recorded_by,
            created_at=created_at,
        )


        shipment_event_read.additional_properties = d
        return shipment_event_read

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
