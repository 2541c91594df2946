from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.refund_entry_status import RefundEntryStatus
from typing import cast
import datetime






T = TypeVar("T", bound="RefundRead")



@_attrs_define
class RefundRead:
    """ 
        Attributes:
            id (int):
            amount (str):
            currency (str):
            status (RefundEntryStatus):
            source (str): What ordered it: `decision:<id>` or `proposal:<id>`
            created_at (datetime.datetime):
            paid_at (datetime.datetime | None):
            payment_reference (str):
     """

    id: int
    amount: str
    currency: str
    status: RefundEntryStatus
    source: str
    created_at: datetime.datetime
    paid_at: datetime.datetime | None
    payment_reference: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        currency = self.currency

        status = self.status.value

        source = self.source

        created_at = self.created_at.isoformat()

        paid_at: None | str
        if isinstance(self.paid_at, datetime.datetime):
            paid_at = self.paid_at.isoformat()
        else:
            paid_at = self.paid_at

        payment_reference = self.payment_reference


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "amount": amount,
            "currency": currency,
            "status": status,
            "source": source,
            "created_at": created_at,
            "paid_at": paid_at,
            "payment_reference": payment_reference,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        amount = d.pop("amount")

        currency = d.pop("currency")

        status = RefundEntryStatus(d.pop("status"))




        source = d.pop("source")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_paid_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_at_type_0 = datetime.datetime.fromisoformat(data)



                return paid_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        paid_at = _parse_paid_at(d.pop("paid_at"))


        payment_reference = d.pop("payment_reference")

        refund_read = cls(
            id=id,
            amount=amount,
            currency=currency,
            status=status,
            source=source,
            created_at=created_at,
            paid_at=paid_at,
            payment_reference=payment_reference,
        )


        refund_read.additional_properties = d
        return refund_read

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
