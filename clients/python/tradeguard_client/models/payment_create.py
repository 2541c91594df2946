from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.payment_method import PaymentMethod
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="PaymentCreate")



@_attrs_define
class PaymentCreate:
    """ 
        Attributes:
            amount (int | str):
            paid_at (datetime.datetime):
            method (PaymentMethod):
            to_designated_account (bool): Paid into the platform's designated account (covered by trade assurance).
            reference (str | Unset):  Default: ''.
     """

    amount: int | str
    paid_at: datetime.datetime
    method: PaymentMethod
    to_designated_account: bool
    reference: str | Unset = ''
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        amount: int | str
        amount = self.amount

        paid_at = self.paid_at.isoformat()

        method = self.method.value

        to_designated_account = self.to_designated_account

        reference = self.reference


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount": amount,
            "paid_at": paid_at,
            "method": method,
            "to_designated_account": to_designated_account,
        })
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_amount(data: object) -> int | str:
            return cast(int | str, data)

        amount = _parse_amount(d.pop("amount"))


        paid_at = datetime.datetime.fromisoformat(d.pop("paid_at"))




        method = PaymentMethod(d.pop("method"))




        to_designated_account = d.pop("to_designated_account")

        reference = d.pop("reference", UNSET)

        payment_create = cls(
            amount=amount,
            paid_at=paid_at,
            method=method,
            to_designated_account=to_designated_account,
            reference=reference,
        )


        payment_create.additional_properties = d
        return payment_create

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
