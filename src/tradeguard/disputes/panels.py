"""Dashboard panels: the user's cases that need them, and the officers' queue."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Q, QuerySet

from tradeguard.common import clock

PANEL_ROWS = 6  # rows a section shows; the rest are counted ("and 3 more")


@dataclass
class CaseRows:
    """The user's open cases split by whose move it is, from `case_moves` (the rule the
    case page's banner and action card use too). The dashboard's count is `len(mine)`
    and its "Your move" list is `mine`: one computation, so they cannot disagree."""

    mine: list[dict[str, Any]] = field(default_factory=list)
    others: list[dict[str, Any]] = field(default_factory=list)


def my_open_cases(user: Any) -> CaseRows:
    from tradeguard.disputes.moves import case_moves
    from tradeguard.disputes.policy import ACTIVE_STATUSES
    from tradeguard.disputes.selectors import disputes_visible_to, party_of

    cases = (
        disputes_visible_to(user)
        .filter(status__in=ACTIVE_STATUSES)
        .prefetch_related("proposals", "obligations", "refunds", "appeals")
        .order_by("-opened_at", "-id")
    )
    now = clock.now()
    rows = CaseRows()
    for dispute in cases:
        moves = case_moves(dispute, party_of(user, dispute), now)
        row = {"dispute": dispute, "action": moves.action, "mine": moves.my_move}
        (rows.mine if moves.my_move else rows.others).append(row)
    return rows


def _my_cases(user: Any) -> dict[str, Any] | None:
    rows = my_open_cases(user)
    return {
        "mine": rows.mine[:PANEL_ROWS],
        "mine_more": max(0, len(rows.mine) - PANEL_ROWS),
        "others": rows.others[:PANEL_ROWS],
        "others_more": max(0, len(rows.others) - PANEL_ROWS),
        "action_count": len(rows.mine),
    }


def _flagged_first(cases: QuerySet[Any], count: int) -> list[Any]:
    """The first `count` of `cases`, those carrying open or confirmed scam signals
    (`Dispute.signal_count`) first, each part in the queue's order: two bounded reads
    whatever the size of the queue."""
    rows = list(cases.filter(signal_count__gt=0)[:count])
    if len(rows) < count:
        rows += cases.filter(signal_count=0)[: count - len(rows)]
    return rows


def _queue(user: Any) -> dict[str, Any] | None:
    """Officers: cases to decide (under review or appealed) are the count and the first
    list; escalated cases still in their evidence window are listed apart. In each list
    the cases carrying open or confirmed scam signals come first (then the most urgent,
    as on /disputes/), and the panel says how many open signals wait for a review. Only
    the rows shown are read: the counts are COUNTs (a year's queue holds ~12k cases)."""
    from tradeguard.disputes.enums import DisputeStatus
    from tradeguard.disputes.selectors import officer_queue
    from tradeguard.signals.selectors import open_signal_count

    now = clock.now()
    to_decide = officer_queue((DisputeStatus.UNDER_REVIEW, DisputeStatus.APPEALED))
    waiting = officer_queue((DisputeStatus.ESCALATED,))
    escalated = Q(status=DisputeStatus.ESCALATED)
    counts = officer_queue().aggregate(
        to_decide=Count("pk", filter=~escalated),
        waiting=Count("pk", filter=escalated),
        overdue=Count("pk", filter=~escalated & Q(decision_due_at__lt=now)),
    )
    return {
        "to_decide": _flagged_first(to_decide, PANEL_ROWS),
        "to_decide_more": max(0, counts["to_decide"] - PANEL_ROWS),
        "waiting": _flagged_first(waiting, PANEL_ROWS),
        "waiting_more": max(0, counts["waiting"] - PANEL_ROWS),
        "now": now,
        "overdue": counts["overdue"],
        "open_signals": open_signal_count(),
        "action_count": counts["to_decide"],
    }


def register() -> None:
    try:
        from tradeguard.web.dashboard import register_panel
    except ImportError:  # pragma: no cover
        return
    register_panel(
        roles={"buyer", "supplier"},
        template="disputes/_panel_cases.html",
        context_fn=_my_cases,
        order=10,
    )
    register_panel(
        roles={"officer", "admin"},
        template="disputes/_panel_queue.html",
        context_fn=_queue,
        order=10,
        pages=("dashboard", "officer"),
    )
