"""Disputes test data: orders built through `orders.services.order_create` (with their
history), cases filed and moved through the disputes services."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile

from tradeguard.accounts.models import User
from tradeguard.accounts.tests.factories import buyer, officer, supplier
from tradeguard.common.testing import PDF_BYTES, png_bytes
from tradeguard.disputes import services
from tradeguard.disputes.models import Dispute, EvidenceItem
from tradeguard.orders.models import Order
from tradeguard.orders.services import (
    ItemInput,
    OrderHistory,
    PaymentInput,
    Shipping,
    order_create,
)

UTC = dt.UTC
_n = itertools.count(1)


def at(y: int, m: int, d: int, h: int = 9) -> dt.datetime:
    return dt.datetime(y, m, d, h, 0, tzinfo=UTC)


@dataclass
class Cast:
    buyer: User
    supplier: User
    officer: User
    officer2: User


def cast() -> Cast:
    return Cast(buyer(), supplier(), officer(), officer())


def make_order(
    c: Cast,
    *,
    kind: str = "trade_assurance",
    total: Any = "1000.00",
    items: Sequence[tuple[str, Any, Any]] | None = None,
    payments: Sequence[tuple[Any, bool]] | None = None,
    placed_at: dt.datetime,
    status: str = "delivered",
    paid_at: dt.datetime | None = None,
    shipped_at: dt.datetime | None = None,
    delivered_at: dt.datetime | None = None,
    receipt_confirmed_at: dt.datetime | None = None,
    cancelled_at: dt.datetime | None = None,
    closed_at: dt.datetime | None = None,
    completed_at: dt.datetime | None = None,
    refunded_on_cancel: bool = False,
    ship_by: dt.date | None = None,
    estimated_delivery: dt.date | None = None,
    listing: Any = None,
) -> Order:
    """An order as the marketplace (or, offline, the buyer) reports it."""
    paid_at = paid_at or placed_at + dt.timedelta(hours=2)
    if items is None:
        items = [("Goods", 1, total)]
    if payments is None:
        payments = [(total, kind != "offline")]
    return order_create(
        actor=c.buyer if kind == "offline" else c.officer,
        kind=kind,
        buyer=c.buyer.organization,
        supplier=c.supplier.organization,
        currency="USD",
        total=total,
        items=[ItemInput(d, q, p) for d, q, p in items],
        payments=[
            PaymentInput(
                amount=a, paid_at=paid_at, method="bank_transfer", to_designated_account=des
            )
            for a, des in payments
        ],
        reference=f"T-{next(_n)}",
        placed_at=placed_at,
        shipping=Shipping(ship_by=ship_by, estimated_delivery=estimated_delivery),
        history=OrderHistory(
            status=status,
            paid_at=paid_at if status != "created" else None,
            shipped_at=shipped_at,
            delivered_at=delivered_at,
            receipt_confirmed_at=receipt_confirmed_at,
            completed_at=completed_at,
            cancelled_at=cancelled_at,
            closed_at=closed_at,
            refunded_on_cancel=refunded_on_cancel,
        ),
        listing=listing,
    )


def delivered_order(c: Cast, now: dt.datetime, **kw: Any) -> Order:
    """A trade-assurance order received 5 days before `now`."""
    placed = now - dt.timedelta(days=30)
    kw.setdefault("shipped_at", now - dt.timedelta(days=15))
    kw.setdefault("delivered_at", now - dt.timedelta(days=6))
    kw.setdefault("receipt_confirmed_at", now - dt.timedelta(days=5))
    return make_order(c, placed_at=placed, **kw)


REQ = services.RequirementInput("spec_clause", "Clause 3.1", "Outer diameter 120 mm ± 0.5 mm")


def file_dispute(
    c: Cast,
    order: Order,
    *,
    reason: str = "not_as_described",
    outcome: str = "full_refund",
    claimed: Any = None,
    requirements: Sequence[services.RequirementInput] | None = None,
    key: str = "",
) -> Dispute:
    if requirements is None:
        requirements = [REQ] if reason in ("not_as_described", "compliance") else []
    return services.dispute_open(
        actor=c.buyer,
        order=order,
        reason=reason,
        requested_outcome=outcome,
        description="The goods do not match what we ordered; details in the evidence.",
        claimed_amount=claimed,
        requirements=requirements,
        idempotency_key=key,
    ).dispute


def pdf(name: str = "doc.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PDF_BYTES + name.encode(), content_type="application/pdf")


def photo(
    name: str = "photo.png", color: tuple[int, int, int] = (200, 30, 30)
) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, png_bytes(color=color), content_type="image/png")


def add_evidence(
    user: User,
    dispute: Dispute,
    type: str = "product_photo",
    *,
    submit: bool = True,
    color: tuple[int, int, int] | None = None,
) -> EvidenceItem:
    upload = (
        photo(color=color or (next(_n) % 255, 40, 90))
        if type == "product_photo"
        else pdf(f"{type}-{next(_n)}.pdf")
    )
    return services.evidence_add(
        actor=user,
        dispute=dispute,
        upload=upload,
        name=upload.name or "file",
        type=type,
        description=f"{type} evidence",
        submit=submit,
    )


def findings_for(dispute: Dispute) -> list[services.FindingInput]:
    items = list(dispute.evidence.filter(status="submitted").values_list("pk", flat=True))
    req = dispute.requirements.first()
    return [
        services.FindingInput(
            text="The goods do not meet the requirement, as the evidence shows.",
            evidence_ids=items[:2],
            requirement_id=req.pk if req else None,
            requirement_text="" if req else "Delivery as agreed in the contract.",
        )
    ]


def refund(amount: str) -> Decimal:
    return Decimal(amount)


def run_due_at(instant: dt.datetime) -> list[Any]:
    """`run-due --as-of instant`, with the wall clock at that instant too."""
    import time_machine

    from tradeguard.common.timers import run_due

    with time_machine.travel(instant, tick=False):
        return run_due(instant)


def bring_under_review(c: Cast, dispute: Dispute, filed_at: dt.datetime) -> Dispute:
    """The buyer escalates a case filed at `filed_at` on day 3 and the evidence window
    runs out: the case waits for an officer's decision."""
    import time_machine

    with time_machine.travel(filed_at + dt.timedelta(days=3, hours=1), tick=False):
        services.dispute_escalate(actor=c.buyer, dispute=dispute)
    run_due_at(filed_at + dt.timedelta(days=9))
    dispute.refresh_from_db()
    assert dispute.status == "under_review"
    return dispute


def decided_case(c: Cast, start: dt.datetime) -> Dispute:
    """A case filed at `start` with evidence of both sides, messages (one in Chinese) and
    a proposal, escalated, and decided for the buyer in part: what a case file holds."""
    import time_machine

    order = delivered_order(c, start)
    with time_machine.travel(start, tick=False):
        dispute = file_dispute(c, order)
        add_evidence(c.buyer, dispute)
        add_evidence(c.buyer, dispute, "inspection_report")
    with time_machine.travel(start + dt.timedelta(days=1), tick=False):
        services.message_post(
            actor=c.supplier,
            dispute=dispute,
            body="货物已按图纸生产，外径公差在范围内。",  # noqa: RUF001 - Chinese punctuation
        )
        services.proposal_make(
            actor=c.supplier, dispute=dispute, kind="partial_refund", amount="100.00"
        )
        add_evidence(c.supplier, dispute, "communication_log")
    dispute = bring_under_review(c, dispute, start)
    with time_machine.travel(start + dt.timedelta(days=10), tick=False):
        services.decision_make(
            actor=c.officer,
            dispute=dispute,
            outcome="buyer_partial",
            refund_amount="400.00",
            statement="The plates are 2 mm too wide; the supplier owes part of the price.",
            findings=findings_for(dispute),
        )
    dispute.refresh_from_db()
    return dispute
