"""Dashboard panels: inspections an inspector must report, and specifications a buyer
or supplier must accept."""

from __future__ import annotations

from typing import Any


def _inspections_to_report(user: Any) -> dict[str, Any] | None:
    from tradeguard.specs.enums import InspectionStatus
    from tradeguard.specs.selectors import inspections_visible_to

    rows = list(
        inspections_visible_to(user)
        .filter(
            inspector_org_id=user.organization_id,
            status__in=[InspectionStatus.BOOKED, InspectionStatus.REPORTED],
        )
        .order_by("scheduled_for", "created_at")[:10]
    )
    return {"inspections": rows, "action_count": len(rows)}


def _specs_to_accept(user: Any) -> dict[str, Any] | None:
    from tradeguard.orders.selectors import orders_visible_to
    from tradeguard.specs.enums import AttachmentStatus
    from tradeguard.specs.models import OrderSpec
    from tradeguard.specs.services import order_party

    pending = (
        OrderSpec.objects.filter(
            status=AttachmentStatus.PROPOSED, order__in=orders_visible_to(user)
        )
        .select_related("order", "version__specification")
        .prefetch_related("acceptances")[:20]
    )
    rows = []
    for att in pending:
        party = order_party(user, att.order)
        accepted = {a.party for a in att.acceptances.all()}
        if party is not None and party not in accepted:
            rows.append(att)
    if not rows:
        return None
    return {"attachments": rows, "action_count": len(rows)}


def register() -> None:
    from tradeguard.web.dashboard import register_panel

    register_panel(
        roles={"inspector"},
        template="specs/_panel_inspections.html",
        context_fn=_inspections_to_report,
        order=10,
    )
    register_panel(
        roles={"buyer", "supplier"},
        template="specs/_panel_accept.html",
        context_fn=_specs_to_accept,
        order=15,
    )
