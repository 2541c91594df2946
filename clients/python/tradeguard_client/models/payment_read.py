from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.payment_method import PaymentMethod
from typing import cast
import datetime






T = TypeVar("T", bound="PaymentRead")



@_attrs_define
class PaymentRead:
    """ 
        Attributes:
            id (int):
            amount (str):
            paid_at (datetime.datetime):
            method (PaymentMethod):
            reference (str):
            to_designated_account (bool):
     """

    id: int
    amount: str
    paid_at: datetime.datetime
    method: PaymentMethod
    reference: str
    to_designated_account: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        paid_at = self.paid_at.isoformat()

        method = self.method.value

        reference = self.reference

        to_designated_account = self.to_designated_account


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "amount": amount,
            "paid_at": paid_at,
            "method": method,
            "reference": reference,
            "to_designated_account": to_designated_account,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        amount = d.pop("amount")

        paid_at = datetime.datetime.fromisoformat(d.pop("paid_at"))




        method = PaymentMethod(d.pop("method"))




        reference = d.pop("reference")

        to_designated_account = d.pop("to_designated_account")

        payment_read = cls(
            id=id,
            amount=amount,
            paid_at=paid_at,
            method=method,
            reference=reference,
            to_designated_account=to_designated_account,
        )


        payment_read.additional_properties = d
        return payment_read

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
