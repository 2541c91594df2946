"""Dashboard panels: the user's cases that need them, and the officers' queue."""

from __future__ import annotations

from typing import Any

from tradeguard.common import clock


def _my_cases(user: Any) -> dict[str, Any] | None:
    from tradeguard.disputes.policy import ACTIVE_STATUSES
    from tradeguard.disputes.selectors import disputes_visible_to, next_action, party_of

    cases = list(
        disputes_visible_to(user)
        .filter(status__in=ACTIVE_STATUSES)
        .prefetch_related("proposals", "obligations", "refunds")
        .order_by("-opened_at")[:10]
    )
    rows = []
    for dispute in cases:
        action = next_action(dispute)
        party = party_of(user, dispute)
        mine = action.party in (party, "both")
        rows.append({"dispute": dispute, "action": action, "mine": mine})
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
