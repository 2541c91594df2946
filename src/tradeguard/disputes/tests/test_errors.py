"""Every error code the disputes app answers with, through the API; nothing is written."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from tradeguard.common.testing import ApiClient
from tradeguard.disputes import services
from tradeguard.disputes.enums import DisputesErrorCode
from tradeguard.disputes.models import Decision, Dispute
from tradeguard.disputes.tests.factories import (
    Cast,
    add_evidence,
    at,
    delivered_order,
    file_dispute,
    make_order,
    run_due_at,
)

pytestmark = pytest.mark.django_db
E = DisputesErrorCode
NOW = at(2026, 4, 1)
BODY = {
    "reason": "defective_or_damaged",
    "requested_outcome": "full_refund",
    "description": "Twelve bowls arrived cracked; photos attached to the case.",
}


def test_order_not_paid_and_window_not_open(c: Cast) -> None:
    with time_machine.travel(NOW, tick=False):
        unpaid = make_order(c, placed_at=NOW - dt.timedelta(days=2), status="created", payments=[])
        in_transit = make_order(
            c,
            placed_at=NOW - dt.timedelta(days=10),
            status="shipped",
            shipped_at=NOW - dt.timedelta(days=2),
            estimated_delivery=(NOW + dt.timedelta(days=10)).date(),
        )
        api = ApiClient(c.buyer)
        r1 = api.post("disputes", {**BODY, "order_id": unpaid.pk})
        assert (r1.status_code, r1.json()["code"]) == (422, E.ORDER_NOT_PAID)
        r2 = api.post("disputes", {**BODY, "order_id": in_transit.pk, "reason": "not_received"})
        assert (r2.status_code, r2.json()["code"]) == (422, E.FILING_WINDOW_NOT_OPEN)
        assert (NOW + dt.timedelta(days=10)).date().isoformat() in r2.json()["message"]
    assert not Dispute.objects.exists()


def test_idempotency_key_reused_for_another_reason(c: Cast) -> None:
    with time_machine.travel(NOW, tick=False):
        order = delivered_order(c, NOW)
        api = ApiClient(c.buyer)
        assert (
            api.post(
                "disputes", {**BODY, "order_id": order.pk}, headers={"Idempotency-Key": "k"}
            ).status_code
            == 201
        )
        other = api.post(
            "disputes",
            {**BODY, "order_id": order.pk, "reason": "quantity_shortage"},
            headers={"Idempotency-Key": "k"},
        )
    assert (other.status_code, other.json()["code"]) == (409, E.IDEMPOTENCY_KEY_REUSED)


def review(c: Cast, **kw):  # type: ignore[no-untyped-def]
    with time_machine.travel(NOW, tick=False):
        dispute = file_dispute(c, kw.pop("order", None) or delivered_order(c, NOW), **kw)
        add_evidence(c.buyer, dispute, "product_photo")
    with time_machine.travel(NOW + dt.timedelta(days=3, hours=1), tick=False):
        services.dispute_escalate(actor=c.buyer, dispute=dispute)
    run_due_at(NOW + dt.timedelta(days=8, hours=2))
    return dispute


def test_decision_errors(c: Cast) -> None:
    dispute = review(c, reason="defective_or_damaged")
    photo = dispute.evidence.get()
    api = ApiClient(c.officer)
    base = {"outcome": "buyer_partial", "statement": "The photo shows cracked bowls on arrival."}
    with time_machine.travel(NOW + dt.timedelta(days=9), tick=False):
        no_evidence = api.post(
            f"disputes/{dispute.pk}/decision",
            {
                **base,
                "refund_amount": "100.00",
                "findings": [{"text": "Cracked.", "requirement_text": "Intact goods"}],
            },
        )
        assert (no_evidence.status_code, no_evidence.json()["code"]) == (
            422,
            E.FINDING_EVIDENCE_INVALID,
        )
        foreign = api.post(
            f"disputes/{dispute.pk}/decision",
            {
                **base,
                "refund_amount": "100.00",
                "findings": [
                    {
                        "text": "Cracked.",
                        "evidence_ids": [photo.pk + 999],
                        "requirement_text": "Intact goods",
                    }
                ],
            },
        )
        assert foreign.json()["code"] == E.FINDING_EVIDENCE_INVALID
        too_much = api.post(
            f"disputes/{dispute.pk}/decision",
            {
                **base,
                "refund_amount": "5000.00",
                "findings": [
                    {
                        "text": "Cracked.",
                        "evidence_ids": [photo.pk],
                        "requirement_text": "Intact goods",
                    }
                ],
            },
        )
        assert (too_much.status_code, too_much.json()["code"]) == (422, E.REFUND_EXCEEDS_COVERED)
    assert not Decision.objects.exists()


def test_offline_decision_for_the_buyer_needs_contract_and_payment_proof(c: Cast) -> None:
    with time_machine.travel(NOW, tick=False):
        order = make_order(
            c,
            kind="offline",
            total="900.00",
            placed_at=NOW - dt.timedelta(days=40),
            status="paid",
            ship_by=(NOW - dt.timedelta(days=10)).date(),
        )
    dispute = review(c, order=order, reason="not_received")
    photo = dispute.evidence.get()
    with time_machine.travel(NOW + dt.timedelta(days=9), tick=False):
        response = ApiClient(c.officer).post(
            f"disputes/{dispute.pk}/decision",
            {
                "outcome": "buyer_full",
                "statement": "Nothing was shipped although paid.",
                "findings": [
                    {
                        "text": "Not shipped.",
                        "evidence_ids": [photo.pk],
                        "requirement_text": "Ship by date",
                    }
                ],
            },
        )
    assert (response.status_code, response.json()["code"]) == (422, E.REQUIRED_EVIDENCE_MISSING)
    assert "sales contract and proof of payment" in response.json()["message"]
