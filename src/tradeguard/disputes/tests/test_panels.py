"""The officers' dashboard panel reads only the rows it shows: the cases with scam
signals first, then the most urgent, and counts for the rest; the same lists and
counts as sorting the whole queue would give."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine

from tradeguard.disputes.models import Dispute
from tradeguard.disputes.panels import PANEL_ROWS, _queue
from tradeguard.disputes.selectors import officer_queue
from tradeguard.disputes.tests.factories import at, cast, delivered_order, file_dispute
from tradeguard.signals.enums import SignalKind, SignalStatus
from tradeguard.signals.models import ScamSignal
from tradeguard.signals.selectors import signal_count
from tradeguard.signals.services import signal_counts_refresh

pytestmark = pytest.mark.django_db

NOW = at(2026, 6, 1)


def _whole_queue_sorted(now: dt.datetime) -> dict[str, Any]:
    """The panel as computed before: every queued case read, its signals counted live
    (not from the kept `signal_count`) and sorted in Python."""
    cases = sorted(officer_queue().annotate(live=signal_count()), key=lambda d: d.live == 0)
    to_decide = [d for d in cases if d.status != "escalated"]
    waiting = [d for d in cases if d.status == "escalated"]
    return {
        "to_decide": [(d.pk, d.live) for d in to_decide[:PANEL_ROWS]],
        "to_decide_more": max(0, len(to_decide) - PANEL_ROWS),
        "waiting": [(d.pk, d.live) for d in waiting[:PANEL_ROWS]],
        "waiting_more": max(0, len(waiting) - PANEL_ROWS),
        "overdue": sum(1 for d in to_decide if d.decision_due_at and d.decision_due_at < now),
        "action_count": len(to_decide),
    }


def _signal(dispute: Dispute, *, on_order: bool = False, status: str = SignalStatus.OPEN) -> None:
    ScamSignal.objects.create(
        kind=SignalKind.EXTRA_FEE,
        status=status,
        order_id=dispute.order_id,
        dispute=None if on_order else dispute,
        supplier_id=dispute.supplier_id,
        rule="test",
        rules_version="test",
        evidence_start=0,
        evidence_end=0,
        order_paid=True,
        detected_at=NOW,
    )
    signal_counts_refresh(dispute.order_id)  # as the services do when they write one


def test_flagged_cases_first_then_the_most_urgent_with_counts_of_the_rest() -> None:
    c = cast()
    with time_machine.travel(NOW, tick=False):
        cases = [file_dispute(c, delivered_order(c, NOW)) for _ in range(PANEL_ROWS + 5)]
    # To decide: decision deadlines from two days ago on (two overdue). Escalated: the
    # last three, in their evidence window.
    for i, case in enumerate(cases[:-3]):
        Dispute.objects.filter(pk=case.pk).update(
            status="under_review" if i % 3 else "appealed",
            decision_due_at=NOW + dt.timedelta(days=i - 2),
        )
    for i, case in enumerate(cases[-3:]):
        Dispute.objects.filter(pk=case.pk).update(
            status="escalated", decision_due_at=None, evidence_due_at=NOW + dt.timedelta(days=3 - i)
        )
    _signal(cases[7])  # on the case, late in the queue
    _signal(cases[6], on_order=True, status=SignalStatus.CONFIRMED)  # on its order
    _signal(cases[5], status=SignalStatus.DISMISSED)  # dismissed: not counted
    _signal(cases[-1])  # an escalated case

    with time_machine.travel(NOW, tick=False):
        panel = _queue(c.officer)
    assert panel is not None
    got = {
        key: [(d.pk, d.signal_count) for d in panel[key]]
        if key in ("to_decide", "waiting")
        else panel[key]
        for key in _whole_queue_sorted(NOW)
    }
    assert got == _whole_queue_sorted(NOW)
    assert [pk for pk, _ in got["to_decide"][:2]] == [cases[6].pk, cases[7].pk]
    assert got["waiting"][0] == (cases[-1].pk, 1)
    assert got["overdue"] == 2
    assert got["to_decide_more"] == 2
