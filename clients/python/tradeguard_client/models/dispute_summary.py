from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.award_status import AwardStatus
from ..models.dispute_reason import DisputeReason
from ..models.dispute_status import DisputeStatus
from ..models.dispute_summary_next_action_by import DisputeSummaryNextActionBy
from ..models.order_kind import OrderKind
from ..models.refund_status import RefundStatus
from ..models.requested_outcome import RequestedOutcome
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.org_brief import OrgBrief





T = TypeVar("T", bound="DisputeSummary")



@_attrs_define
class DisputeSummary:
    """ 
        Attributes:
            id (int):
            order_id (int):
            order_reference (str):
            order_kind (OrderKind):
            buyer (OrgBrief):
            supplier (OrgBrief):
            reason (DisputeReason):
            requested_outcome (RequestedOutcome):
            status (DisputeStatus):
            refund_status (RefundStatus):
            award_status (AwardStatus):
            respondent_silent (bool):
            claimed_amount (str):
            covered_amount (str):
            currency (str):
            opened_at (datetime.datetime):
            next_action_by (DisputeSummaryNextActionBy): Whose move it is
            next_action (str): What that move is, for people
            next_due_at (datetime.datetime | None): When that move is due
     """

    id: int
    order_id: int
    order_reference: str
    order_kind: OrderKind
    buyer: OrgBrief
    supplier: OrgBrief
    reason: DisputeReason
    requested_outcome: RequestedOutcome
    status: DisputeStatus
    refund_status: RefundStatus
    award_status: AwardStatus
    respondent_silent: bool
    claimed_amount: str
    covered_amount: str
    currency: str
    opened_at: datetime.datetime
    next_action_by: DisputeSummaryNextActionBy
    next_action: str
    next_due_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.org_brief import OrgBrief # noqa: PLC0415
        id = self.id

        order_id = self.order_id

        order_reference = self.order_reference

        order_kind = self.order_kind.value

        buyer = self.buyer.to_dict()

        supplier = self.supplier.to_dict()

        reason = self.reason.value

        requested_outcome = self.requested_outcome.value

        status = self.status.value

        refund_status = self.refund_status.value

        award_status = self.award_status.value

        respondent_silent = self.respondent_silent

        claimed_amount = self.claimed_amount

        covered_amount = self.covered_amount

        currency = self.currency

        opened_at = self.opened_at.isoformat()

        next_action_by = self.next_action_by.value

        next_action = self.next_action

        next_due_at: None | str
        if isinstance(self.next_due_at, datetime.datetime):
            next_due_at = self.next_due_at.isoformat()
        else:
            next_due_at = self.next_due_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "order_id": order_id,
            "order_reference": order_reference,
            "order_kind": order_kind,
            "buyer": buyer,
            "supplier": supplier,
            "reason": reason,
            "requested_outcome": requested_outcome,
            "status": status,
            "refund_status": refund_status,
            "award_status": award_status,
            "respondent_silent": respondent_silent,
            "claimed_amount": claimed_amount,
            "covered_amount": covered_amount,
            "currency": currency,
            "opened_at": opened_at,
            "next_action_by": next_action_by,
            "next_action": next_action,
            "next_due_at": next_due_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.org_brief import OrgBrief # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        order_id = d.pop("order_id")

        order_reference = d.pop("order_reference")

        order_kind = OrderKind(d.pop("order_kind"))




        buyer = OrgBrief.from_dict(d.pop("buyer"))




        supplier = OrgBrief.from_dict(d.pop("supplier"))




        reason = DisputeReason(d.pop("reason"))




        requested_outcome = RequestedOutcome(d.pop("requested_outcome"))




        status = DisputeStatus(d.pop("status"))




        refund_status = RefundStatus(d.pop("refund_status"))




        award_status = AwardStatus(d.pop("award_status"))




        respondent_silent = d.pop("respondent_silent")

        claimed_amount = d.pop("claimed_amount")

        covered_amount = d.pop("covered_amount")

        currency = d.pop("currency")

        opened_at = datetime.datetime.fromisoformat(d.pop("opened_at"))




        next_action_by = DisputeSummaryNextActionBy(d.pop("next_action_by"))




        next_action = d.pop("next_action")

        def _parse_next_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_due_at_type_0 = datetime.datetime.fromisoformat(data)



                return next_due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_due_at = _parse_next_due_at(d.pop("next_due_at"))


        dispute_summary = cls(
            id=id,
            order_id=order_id,
            order_reference=order_reference,
            order_kind=order_kind,
            buyer=buyer,
            supplier=supplier,
            reason=reason,
            requested_outcome=requested_outcome,
            status=status,
            refund_status=refund_status,
            award_status=award_status,
            respondent_silent=respondent_silent,
            claimed_amount=claimed_amount,
            covered_amount=covered_amount,
            currency=currency,
            opened_at=opened_at,
            next_action_by=next_action_by,
            next_action=next_action,
            next_due_at=next_due_at,
        )


        dispute_summary.additional_properties = d
        return dispute_summary

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
