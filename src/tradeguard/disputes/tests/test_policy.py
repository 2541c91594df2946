"""The pure filing and checklist rules, without a database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tradeguard.disputes import policy
from tradeguard.disputes.enums import DisputesErrorCode

T = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
E = DisputesErrorCode


def facts(**kw: object) -> policy.OrderFacts:
    base: dict[str, object] = {
        "kind": "trade_assurance",
        "status": "delivered",
        "currency": "USD",
        "total": Decimal("3000"),
        "payments": [policy.PaymentFact(Decimal("3000"), True)],
        "paid_at": T - dt.timedelta(days=40),
    }
    base.update(kw)
    return policy.OrderFacts(**base)  # type: ignore[arg-type]


def test_covered_amount_is_the_deposit_before_shipment() -> None:
    f = facts(
        status="cancelled",
        cancelled_at=T - dt.timedelta(days=2),
        payments=[policy.PaymentFact(Decimal("1500"), True)],
    )
    e = policy.eligibility(f, "cancellation_refund", T)
    assert (e.eligible, e.covered_amount) == (True, Decimal("1500"))


def test_partly_uncovered_payment_is_explained() -> None:
    f = facts(
        receipt_confirmed_at=T - dt.timedelta(days=1),
        payments=[
            policy.PaymentFact(Decimal("1000"), True),
            policy.PaymentFact(Decimal("2000"), False),
        ],
    )
    e = policy.eligibility(f, "defective_or_damaged", T)
    assert e.covered_amount == Decimal("1000")
    assert any("not covered" in n for n in e.notes)


@pytest.mark.parametrize(
    ("reason", "kw", "code"),
    [
        (
            "not_received",
            {"receipt_confirmed_at": T - dt.timedelta(days=3)},
            E.REASON_NOT_APPLICABLE,
        ),
        ("late_shipment", {}, E.REASON_NOT_APPLICABLE),
        ("cancellation_refund", {}, E.REASON_NOT_APPLICABLE),
        (
            "cancellation_refund",
            {"cancelled_at": T, "refunded_on_cancel": True},
            E.REASON_NOT_APPLICABLE,
        ),
        ("defective_or_damaged", {}, E.FILING_WINDOW_NOT_OPEN),
        (
            "not_received",
            {"estimated_delivery": (T - dt.timedelta(days=31)).date()},
            E.FILING_WINDOW_CLOSED,
        ),
        ("late_shipment", {"ship_by": (T - dt.timedelta(days=31)).date()}, E.FILING_WINDOW_CLOSED),
    ],
)
def test_refusals(reason: str, kw: dict[str, object], code: str) -> None:
    e = policy.eligibility(facts(**kw), reason, T)
    assert (e.eligible, e.code) == (False, code)
    assert e.message


def test_quality_window_counts_from_estimated_delivery_without_receipt() -> None:
    f = facts(estimated_delivery=dt.date(2026, 2, 1))
    assert policy.eligibility(
        f, "quantity_shortage", dt.datetime(2026, 3, 3, 23, 0, tzinfo=dt.UTC)
    ).eligible
    late = policy.eligibility(f, "quantity_shortage", dt.datetime(2026, 3, 4, 0, 1, tzinfo=dt.UTC))
    assert late.code == E.FILING_WINDOW_CLOSED
    assert "estimated delivery date 2026-02-01" in late.message


def test_offline_orders_take_every_reason_and_cover_nothing() -> None:
    f = facts(
        kind="offline",
        payments=[policy.PaymentFact(Decimal("3000"), False)],
        ship_by=(T - dt.timedelta(days=5)).date(),
    )
    e = policy.eligibility(f, "not_received", T)
    assert (e.eligible, e.offline, e.covered_amount) == (True, True, 0)
    assert policy.eligibility(f, "other", T).eligible


def test_settings_override_the_window(settings: pytest.FixtureRequest) -> None:
    settings.TRADEGUARD_POLICY = {"disputes": {"quality_window_days": 90}}  # type: ignore[attr-defined]
    f = facts(receipt_confirmed_at=T - dt.timedelta(days=75))
    assert policy.eligibility(f, "defective_or_damaged", T).eligible


def test_checklist_and_case_strength() -> None:
    weak = policy.case_strength("trade_assurance", "not_as_described", submitted_types=())
    assert (weak.label, len(weak.missing_required)) == ("weak", 2)
    strong = policy.case_strength(
        "trade_assurance",
        "not_as_described",
        submitted_types={"product_photo", "lab_report", "communication_log"},
        requirement_sources={"listing_attribute"},
    )
    assert (strong.complete, strong.label) == (True, "strong")
    offline = [i.key for i in policy.checklist("offline", "not_received") if i.required]
    assert offline == ["contract", "payment"]
