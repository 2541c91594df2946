"""Deadlines: reminders, auto-escalation, the evidence window, the decision target,
award deadlines, returns and the end of the appeal window (time-machine + run_due)."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from tradeguard.common.errors import ApplicationError
from tradeguard.common.workdays import add_working_days
from tradeguard.disputes import services
from tradeguard.disputes.enums import AwardStatus, DisputeStatus, ReturnStatus
from tradeguard.disputes.tests.factories import (
    Cast,
    add_evidence,
    at,
    delivered_order,
    file_dispute,
    findings_for,
    run_due_at,
)
from tradeguard.notifications.models import Notification
from tradeguard.sanctions.selectors import supplier_standing

pytestmark = pytest.mark.django_db
S = DisputeStatus
T0 = at(2026, 4, 6)  # a Monday


def subjects(user) -> list[str]:  # type: ignore[no-untyped-def]
    return list(Notification.objects.filter(recipient=user).values_list("subject", flat=True))


def filed(c: Cast, **kw):  # type: ignore[no-untyped-def]
    with time_machine.travel(T0, tick=False):
        dispute = file_dispute(c, delivered_order(c, T0), **kw)
        add_evidence(c.buyer, dispute, "spec_sheet")
        add_evidence(c.buyer, dispute, "product_photo")
    return dispute


def test_supplier_reminded_then_buyer_told_it_may_escalate(c: Cast) -> None:
    dispute = filed(c)
    run_due_at(T0 + dt.timedelta(days=2, hours=1))
    assert any("respond within 24 hours" in s for s in subjects(c.supplier))
    run_due_at(T0 + dt.timedelta(days=3, minutes=1))
    assert any("you may escalate now" in s for s in subjects(c.buyer))
    dispute.refresh_from_db()
    assert dispute.status == S.AWAITING_RESPONSE


def test_responding_supplier_is_not_flagged_silent_on_auto_escalation(c: Cast) -> None:
    dispute = filed(c)
    with time_machine.travel(T0 + dt.timedelta(days=1), tick=False):
        services.message_post(actor=c.supplier, dispute=dispute, body="We are checking the batch.")
    run_due_at(T0 + dt.timedelta(days=7, minutes=1))
    dispute.refresh_from_db()
    assert dispute.status == S.ESCALATED
    assert dispute.respondent_silent is False


def test_settled_case_is_not_auto_escalated(c: Cast) -> None:
    dispute = filed(c)
    with time_machine.travel(T0 + dt.timedelta(days=1), tick=False):
        services.proposal_accept(
            actor=c.supplier, dispute=dispute, proposal_id=dispute.proposals.get().pk
        )
    fired = run_due_at(T0 + dt.timedelta(days=7, minutes=1))
    dispute.refresh_from_db()
    assert dispute.status == S.SETTLED
    assert any(t.outcome.startswith("skipped") for t in fired)


def test_evidence_window_reminders_then_review_with_working_day_target(c: Cast) -> None:
    dispute = filed(c)
    escalated_at = T0 + dt.timedelta(days=3, hours=1)
    with time_machine.travel(escalated_at, tick=False):
        services.dispute_escalate(actor=c.buyer, dispute=dispute)
    dispute.refresh_from_db()
    due = escalated_at + dt.timedelta(days=5)
    assert dispute.evidence_due_at == due
    run_due_at(due - dt.timedelta(hours=47))
    assert any("closes in about 47 hours" in s for s in subjects(c.supplier))
    run_due_at(due - dt.timedelta(hours=23))
    assert sum("evidence window closes" in s for s in subjects(c.buyer)) == 2
    run_due_at(due + dt.timedelta(minutes=1))
    dispute.refresh_from_db()
    assert dispute.status == S.UNDER_REVIEW
    assert dispute.decision_due_at == add_working_days(due, 2, "CN")
    # Evidence is closed while the officer reviews.
    with (
        time_machine.travel(due + dt.timedelta(hours=1), tick=False),
        pytest.raises(ApplicationError) as exc,
    ):
        add_evidence(c.supplier, dispute, "other")
    assert getattr(exc.value, "code", "") == "evidence_closed"
    run_due_at(dispute.decision_due_at + dt.timedelta(minutes=1))
    assert any("decision overdue" in s for s in subjects(c.officer))


def decided(c: Cast, dispute, outcome: str = "buyer_full", **kw):  # type: ignore[no-untyped-def]
    with time_machine.travel(T0 + dt.timedelta(days=3, hours=1), tick=False):
        services.dispute_escalate(actor=c.buyer, dispute=dispute)
    run_due_at(T0 + dt.timedelta(days=8, hours=2))
    when = T0 + dt.timedelta(days=9)
    with time_machine.travel(when, tick=False):
        services.decision_make(
            actor=c.officer,
            dispute=dispute,
            outcome=outcome,
            findings=findings_for(dispute),
            statement="The evidence shows the goods fail clause 3.1.",
            **kw,
        )
    dispute.refresh_from_db()
    return when


def test_award_reminders_and_supplier_that_pays_in_time(c: Cast) -> None:
    dispute = filed(c)
    when = decided(c, dispute)
    obligation = dispute.obligations.get()
    assert obligation.due_at == when + dt.timedelta(days=7)
    run_due_at(obligation.due_at - dt.timedelta(hours=47))
    assert any("award deadline approaching" in s for s in subjects(c.supplier))
    with time_machine.travel(obligation.due_at - dt.timedelta(hours=1), tick=False):
        services.obligation_confirm(actor=c.supplier, dispute=dispute, reference="TT-2026-1")
    run_due_at(obligation.due_at + dt.timedelta(minutes=1))
    dispute.refresh_from_db()
    assert dispute.award_status == AwardStatus.FULFILLED
    assert supplier_standing(c.supplier.organization, at=obligation.due_at).points_in_force == 0


def test_case_closes_after_the_appeal_window_with_loss_points(c: Cast) -> None:
    dispute = filed(c)
    when = decided(c, dispute)
    refund = dispute.refunds.get()
    services.refund_mark_paid(actor=c.officer, dispute=dispute, refund_id=refund.pk)
    with time_machine.travel(when + dt.timedelta(days=1), tick=False):
        services.obligation_confirm(actor=c.supplier, dispute=dispute, reference="TT-1")
    dispute.refresh_from_db()
    assert dispute.status == S.DECIDED  # still appealable
    run_due_at(when + dt.timedelta(days=30, minutes=1))
    dispute.refresh_from_db()
    assert dispute.status == S.CLOSED
    standing = supplier_standing(c.supplier.organization, at=when + dt.timedelta(days=31))
    assert standing.points_in_force == 3  # general loss
    assert standing.record.won_by_buyer == 1


def test_return_not_shipped_in_time_lapses_the_refund(c: Cast) -> None:
    dispute = filed(c, reason="defective_or_damaged", outcome="return_and_refund")
    with time_machine.travel(T0 + dt.timedelta(days=1), tick=False):
        services.proposal_accept(
            actor=c.supplier, dispute=dispute, proposal_id=dispute.proposals.get().pk
        )
    dispute.refresh_from_db()
    assert dispute.return_due_at == T0 + dt.timedelta(days=8)
    run_due_at(dispute.return_due_at + dt.timedelta(minutes=1))
    dispute.refresh_from_db()
    assert dispute.return_status == ReturnStatus.MISSED
    assert dispute.award_status == AwardStatus.LAPSED
    assert not dispute.refunds.exists()


def test_offline_payment_counts_as_received_when_buyer_stays_silent(c: Cast) -> None:
    from tradeguard.disputes.tests.factories import make_order

    with time_machine.travel(T0, tick=False):
        order = make_order(
            c,
            kind="offline",
            total="900.00",
            placed_at=T0 - dt.timedelta(days=40),
            status="paid",
            ship_by=(T0 - dt.timedelta(days=10)).date(),
        )
        dispute = file_dispute(c, order, reason="not_received")
        services.proposal_accept(
            actor=c.supplier, dispute=dispute, proposal_id=dispute.proposals.get().pk
        )
        services.obligation_confirm(actor=c.supplier, dispute=dispute, reference="Wire 55120")
    dispute.refresh_from_db()
    obligation = dispute.obligations.get()
    assert obligation.status == "confirmed"
    run_due_at(obligation.buyer_confirm_due_at + dt.timedelta(minutes=1))
    dispute.refresh_from_db()
    assert dispute.award_status == AwardStatus.FULFILLED
