"""Dashboard panels and timeline labels of the IP app (registered from IpConfig.ready)."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _lazy

from tradeguard.accounts.enums import Role
from tradeguard.ip.enums import ItemStatus

EVENT_LABELS: dict[str, Any] = {
    "ip.record.submitted": _lazy("IP record submitted"),
    "ip.record.approved": _lazy("IP record approved"),
    "ip.record.rejected": _lazy("IP record rejected"),
    "ip.record.review_overdue": _lazy("Review target passed"),
    "ip.authorization.submitted": _lazy("Letter of authorization submitted"),
    "ip.authorization.approved": _lazy("Letter of authorization approved"),
    "ip.authorization.rejected": _lazy("Letter of authorization rejected"),
    "ip.complaint.filed": _lazy("Complaint filed"),
    "ip.complaint.closed": _lazy("Complaint closed"),
    "ip.complaint.open": _lazy("Complaint reopened"),
    "ip.complaint.withdrawn": _lazy("Complaint withdrawn"),
    "ip.item.notified": _lazy("Supplier notified"),
    "ip.item.rejected": _lazy("Listing not processed"),
    "ip.item.removed": _lazy("Listing removed"),
    "ip.item.counter_noticed": _lazy("Counter-notice filed"),
    "ip.item.under_review": _lazy("Complaint maintained: officer reviews"),
    "ip.item.appealed": _lazy("Removal appealed"),
    "ip.item.court_action": _lazy("Court action recorded"),
    "ip.item.dismissed": _lazy("Complaint not upheld: listing stays"),
    "ip.item.restored": _lazy("Listing restored"),
    "ip.item.withdrawn": _lazy("Withdrawn by the rights holder"),
    "ip.item.statement_of_reasons": _lazy("Statement of reasons issued"),
    "ip.item.reminded": _lazy("Reminder sent before the deadline"),
    "ip.appeal.upheld": _lazy("Appeal upheld"),
    "ip.appeal.rejected": _lazy("Appeal rejected"),
    "ip.reporter.good_faith_granted": _lazy("Good-faith status granted"),
    "ip.reporter.good_faith_lost": _lazy("Good-faith status removed"),
    "ip.reporter.warned": _lazy("Reporter warned"),
    "ip.reporter.suspended": _lazy("Reporter suspended"),
    "ip.draft.created": _lazy("Complaint draft prepared"),
}


def _reporter_panel(user: Any) -> dict[str, Any] | None:
    from tradeguard.ip.selectors import items_visible_to

    items = list(
        items_visible_to(user)
        .filter(status=ItemStatus.COUNTER_NOTICED)
        .order_by("counter_due_at")[:5]
    )
    return {"items": items, "action_count": len(items), "mode": "reporter"}


def _supplier_panel(user: Any) -> dict[str, Any] | None:
    from tradeguard.ip.selectors import items_visible_to

    items = list(
        items_visible_to(user).filter(status=ItemStatus.NOTIFIED).order_by("respond_due_at")[:5]
    )
    if not items:
        return None
    return {"items": items, "action_count": len(items), "mode": "supplier"}


def _officer_panel(user: Any) -> dict[str, Any] | None:
    from tradeguard.ip import selectors

    counts = {
        "records": selectors.record_review_queue().count(),
        "reviews": selectors.review_queue().count(),
        "appeals": selectors.appeal_queue().count(),
        "authorizations": selectors.authorization_queue().count(),
    }
    return {"counts": counts, "action_count": sum(counts.values()), "mode": "officer"}


def _register_values() -> None:
    """How the values of IP events read on timelines: labels, never codes or ids."""
    from django.utils.translation import gettext_lazy as _

    from tradeguard.ip import enums
    from tradeguard.web.timeline import Value, register_event_values

    hidden = Value(kind="hidden")
    register_event_values(
        "ip.",
        {
            # A complaint's reason is a code; a withdrawal's or a decision's is free text
            # (not a code of the enum, so shown as written).
            "reason": Value(_("Reason"), "enum", enums.ComplaintReason),
            "kind": Value(_("Kind"), "enum", enums.RecordKind),
            "rejection_reason": Value(_("Why not processed"), "enum", enums.RejectionReason),
            "removal_kind": Value(_("Removal"), "enum", enums.RemovalKind),
            "decision": Value(_("Decision"), "enum", enums.SorDecision),
            "party": Value(_("Reminded"), "enum", enums.Party),
            "source": Value(_("Prepared by"), "enum", enums.DraftSource),
            "due_at": Value(_("Due")),
            "review_due_at": Value(_("Review target")),
            "reference": Value(_("Listing")),
            "documents": Value(_("Documents")),
            "automated": Value(_("Automated decision")),
            "explanation": Value(_("Explanation")),
            "facts": Value(_("Facts")),
            "why": Value(_("Why")),
            "holder": Value(_("Rights holder")),
            "url": Value(_("Web address")),
            "listings": Value(_("Listings")),
            "items": Value(_("Listings")),
            "notified": Value(_("Suppliers notified")),
            "rejected": Value(_("Not processed")),
            "uphold": Value(_("Complaint maintained")),
            "valid_until": Value(_("Valid until")),
            "blocked_until": Value(_("Blocked until")),
            "registration_number": Value(_("Registration number")),
            "owner": Value(_("Owner")),
            "principal": Value(_("Principal")),
            "agent": Value(_("Agent")),
            "images": Value(_("Images")),
            # Internal ids: the page links what matters instead.
            "record": hidden,
            "draft": hidden,
            "counter_notice": hidden,
            "statement": hidden,
            "appeal": hidden,
            "item": hidden,
            "complaint": hidden,
            "sha256": hidden,
        },
    )
    for prefix, choices in (
        ("ip.item.", enums.ItemStatus),
        ("ip.complaint.", enums.ComplaintStatus),
        ("ip.record.", enums.RecordStatus),
        ("ip.authorization.", enums.AuthorizationStatus),
        ("ip.appeal.", enums.AppealStatus),
    ):
        register_event_values(prefix, {"status": Value(_("Status"), "enum", choices)})
    register_event_values("ip.item.court_action", {"reference": Value(_("Court and case"))})


def register() -> None:
    from tradeguard.web.dashboard import register_panel
    from tradeguard.web.timeline import register_event_labels

    register_event_labels(EVENT_LABELS)
    _register_values()
    register_panel(
        roles={Role.RIGHTS_HOLDER, Role.AGENT},
        template="ip/_panel.html",
        context_fn=_reporter_panel,
        order=30,
        key="ip.reporter",
    )
    register_panel(
        roles={Role.SUPPLIER},
        template="ip/_panel.html",
        context_fn=_supplier_panel,
        order=25,
        key="ip.supplier",
    )
    register_panel(
        roles={Role.OFFICER, Role.ADMIN},
        template="ip/_panel.html",
        context_fn=_officer_panel,
        order=30,
        key="ip.officer",
        pages=("dashboard", "officer"),
    )
