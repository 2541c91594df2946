"""Dashboard panels: the user's cases that need them, and the officers' queue."""

from __future__ import annotations

from typing import Any

from tradeguard.common import clock


def _my_cases(user: Any) -> dict[str, Any] | None:
    from tradeguard.disputes.moves import case_moves
    from tradeguard.disputes.policy import ACTIVE_STATUSES
    from tradeguard.disputes.selectors import disputes_visible_to, party_of

    cases = list(
        disputes_visible_to(user)
        .filter(status__in=ACTIVE_STATUSES)
        .prefetch_related("proposals", "obligations", "refunds", "appeals")
        .order_by("-opened_at")[:10]
    )
    now = clock.now()
    rows = []
    for dispute in cases:
        moves = case_moves(dispute, party_of(user, dispute), now)
        rows.append({"dispute": dispute, "action": moves.action, "mine": moves.my_move})
    return {"rows": rows, "action_count": sum(1 for r in rows if r["mine"])}


def _queue(user: Any) -> dict[str, Any] | None:
    from tradeguard.disputes.selectors import officer_queue

    now = clock.now()
    cases = list(officer_queue()[:15])
    overdue = sum(1 for d in cases if d.decision_due_at and d.decision_due_at < now)
    ready = [d for d in cases if d.status != "escalated"]
    return {"cases": cases, "now": now, "overdue": overdue, "action_count": len(ready)}


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
