from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.dispute_reason import DisputeReason
from ..models.dispute_status import DisputeStatus






T = TypeVar("T", bound="RefundPaidData")



@_attrs_define
class RefundPaidData:
    """ 
        Attributes:
            dispute_id (int):
            order_id (int):
            order_reference (str):
            buyer_id (int):
            supplier_id (int):
            reason (DisputeReason):
            status (DisputeStatus):
            refund_id (int):
            amount (str):
            currency (str):
     """

    dispute_id: int
    order_id: int
    order_reference: str
    buyer_id: int
    supplier_id: int
    reason: DisputeReason
    status: DisputeStatus
    refund_id: int
    amount: str
    currency: str





    def to_dict(self) -> dict[str, Any]:
        dispute_id = self.dispute_id

        order_id = self.order_id

        order_reference = self.order_reference

        buyer_id = self.buyer_id

        supplier_id = self.supplier_id

        reason = self.reason.value

        status = self.status.value

        refund_id = self.refund_id

        amount = self.amount

        currency = self.currency


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "dispute_id": dispute_id,
            "order_id": order_id,
            "order_reference": order_reference,
            "buyer_id": buyer_id,
            "supplier_id": supplier_id,
            "reason": reason,
            "status": status,
            "refund_id": refund_id,
            "amount": amount,
            "currency": currency,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dispute_id = d.pop("dispute_id")

        order_id = d.pop("order_id")

        order_reference = d.pop("order_reference")

        buyer_id = d.pop("buyer_id")

        supplier_id = d.pop("supplier_id")

        reason = DisputeReason(d.pop("reason"))




        status = DisputeStatus(d.pop("status"))




        refund_id = d.pop("refund_id")

        amount = d.pop("amount")

        currency = d.pop("currency")

        refund_paid_data = cls(
            dispute_id=dispute_id,
            order_id=order_id,
            order_reference=order_reference,
            buyer_id=buyer_id,
            supplier_id=supplier_id,
            reason=reason,
            status=status,
            refund_id=refund_id,
            amount=amount,
            currency=currency,
        )

        return refund_paid_data

