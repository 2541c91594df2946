"""The dashboard panels the web shell owns: organization readiness, the verification
queue, orders and listings. Registered from `WebConfig.ready()`; other apps register
their own (see `tradeguard.web.dashboard`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Count
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.utils.translation import ngettext

from tradeguard.accounts.enums import Role, VerificationStatus
from tradeguard.accounts.selectors import verification_queue
from tradeguard.catalog.enums import ListingStatus
from tradeguard.common import clock
from tradeguard.common.aggregates import cached_aggregate
from tradeguard.orders.enums import OrderStatus
from tradeguard.web.dashboard import register_panel

PANEL_LIMIT = 6
OPEN_ORDER_STATUSES = ("created", "paid", "shipped", "delivered", "cancelled", "completed")

ROLE_HINTS: dict[str, list[Any]] = {
    Role.BUYER: [
        _lazy(
            "Agree a written specification with the supplier before you pay: it is what a "
            "dispute is decided on."
        ),
        _lazy("Pay into the platform's designated account to be covered by trade assurance."),
        _lazy("Inspect goods on arrival and keep photos; a dispute window opens on delivery."),
    ],
    Role.SUPPLIER: [
        _lazy("Ship by the agreed date and enter the carrier and tracking number."),
        _lazy(
            "Answer disputes and IP notices before their deadlines; a missed deadline counts "
            "against your store."
        ),
    ],
    Role.RIGHTS_HOLDER: [
        _lazy(
            "Register your trademarks, designs and copyrights, then file complaints against "
            "listings that copy them."
        ),
    ],
    Role.AGENT: [
        _lazy(
            "Act for the rights holders you represent: register their rights and file "
            "complaints with proof of authorization."
        ),
    ],
    Role.INSPECTOR: [
        _lazy("Inspections booked with your company appear on this dashboard with their dates."),
    ],
}


def _url(name: str, *args: Any) -> str:
    try:
        return reverse(name, args=args or None)
    except NoReverseMatch:
        return ""


# --- Organization readiness ---------------------------------------------------------


def organization_panel(user: Any) -> dict[str, Any] | None:
    org = user.organization
    if org is None:
        return None
    status = org.verification_status
    doc_count = org.documents.count()
    org_url = _url("accounts:organization")
    checklist: list[dict[str, Any]] = [
        {
            "done": doc_count > 0,
            "text": (
                ngettext(
                    "%(n)s business document uploaded",
                    "%(n)s business documents uploaded",
                    doc_count,
                )
                % {"n": doc_count}
                if doc_count
                else _("Upload your business licence or an ID document")
            ),
            "url": "" if doc_count else org_url,
        },
        {
            "done": status == VerificationStatus.VERIFIED,
            "text": {
                VerificationStatus.VERIFIED: _("Organization verified by the platform"),
                VerificationStatus.PENDING: _("Verification under review by a platform officer"),
                VerificationStatus.REJECTED: _(
                    "Verification rejected — read the reason and upload a corrected document"
                ),
                VerificationStatus.UNVERIFIED: _(
                    "Get verified: buyers and officers trust verified organizations"
                ),
            }[VerificationStatus(status)],
            "url": "" if status == VerificationStatus.VERIFIED else org_url,
        },
    ]
    needs_action = status in (VerificationStatus.UNVERIFIED, VerificationStatus.REJECTED)
    return {
        "org": org,
        "checklist": checklist,
        "hints": ROLE_HINTS.get(user.role, []),
        "org_url": org_url,
        "action_count": 1 if needs_action else 0,
    }


# --- Verification queue (officers) -----------------------------------------------------


def verification_panel(user: Any) -> dict[str, Any] | None:
    if not user.is_officer:
        return None
    queue = verification_queue()
    count = queue.count()
    now = clock.now()
    oldest = [
        {
            "org": org,
            "waiting": (now - org.verification_requested_at)
            if org.verification_requested_at
            else None,
        }
        for org in queue[:PANEL_LIMIT]
    ]
    return {
        "count": count,
        "oldest": oldest,
        "queue_url": _url("accounts:verification_queue"),
        "action_count": count,
    }


# --- Orders ---------------------------------------------------------------------------


def _status_counts(key: str, user: Any, qs: Any) -> dict[str, int]:
    """Rows per status (one GROUP BY). The platform's counts cover whole tables, so
    they are cached for a minute; a party's own counts are small and served fresh."""

    def compute() -> dict[str, int]:
        return dict(qs.order_by().values_list("status").annotate(n=Count("id")))

    if user.is_platform:
        return cached_aggregate(f"{key}:platform", compute)
    return compute()


def _next_step(order: Any) -> Any:
    """Whose move it is, from the orders app's own rule: an order from
    `orders_with_progress` carries `amount_paid`, so "money not returned" on a cancelled
    order is exact (payments recorded, not `paid_at`)."""
    from tradeguard.orders.selectors import order_next_step

    return order_next_step(order)


def _due_key(due: dt.date | dt.datetime | None) -> tuple[int, dt.datetime]:
    if due is None:
        return (1, dt.datetime.max.replace(tzinfo=dt.UTC))
    if not isinstance(due, dt.datetime):
        due = dt.datetime.combine(due, dt.time(23, 59, 59), tzinfo=dt.UTC)
    return (0, due)


def orders_panel(user: Any) -> dict[str, Any] | None:
    try:
        from tradeguard.orders.selectors import orders_visible_to, orders_with_progress
    except ImportError:  # the orders app is not built yet
        return None
    # With `amount_paid` (one subquery), so each order's next step is exact.
    visible = orders_with_progress(user)
    list_url = _url("orders:list")
    counts = _status_counts("orders.status", user, orders_visible_to(user))
    total = sum(counts.values())
    status_counts = [
        {"status": s.value, "label": s.label, "count": counts.get(s.value, 0)}
        for s in OrderStatus
        if counts.get(s.value)
    ]
    if user.is_platform:
        recent = list(visible.order_by("-placed_at", "-id")[:PANEL_LIMIT])
        return {
            "mode": "platform",
            "total": total,
            "status_counts": status_counts,
            "rows": [_order_row(o) for o in recent],
            "list_url": list_url,
            "action_count": 0,
        }
    party = "buyer" if user.role == Role.BUYER else "supplier"
    open_orders = list(
        visible.filter(status__in=OPEN_ORDER_STATUSES).order_by("-placed_at", "-id")[:200]
    )
    mine: list[dict[str, Any]] = []
    theirs = 0
    for order in open_orders:
        step = _next_step(order)
        if step.party is not None and str(step.party) == party:
            mine.append(_order_row(order, step))
        elif step.party is not None and str(step.party) != "platform":
            theirs += 1
    mine.sort(key=lambda row: _due_key(row["due"]))
    return {
        "mode": party,
        "total": total,
        "status_counts": status_counts,
        "rows": mine[:PANEL_LIMIT],
        "more": max(0, len(mine) - PANEL_LIMIT),
        "waiting_on_other": theirs,
        "list_url": list_url,
        "action_count": len(mine),
    }


def _order_row(order: Any, step: Any = None) -> dict[str, Any]:
    step = step or _next_step(order)
    text = step.text
    if step.due is not None:
        # The deadline is shown beside the text (absolute + countdown); drop the copy.
        day = f"{step.due:%Y-%m-%d}"
        text = text.replace(f" by {day}", "").replace(f" (estimated delivery {day})", "")
    return {
        "order": order,
        "url": _url("orders:detail", order.pk),
        "next": text,
        "due": step.due,
    }


# --- Listings -------------------------------------------------------------------------


def listings_panel(user: Any) -> dict[str, Any] | None:
    """Listing counts by status; a supplier's hidden listings are its to-do (fix or
    appeal) and are both the panel's count and its first list."""
    from tradeguard.catalog.selectors import listings_visible_to

    visible = listings_visible_to(user)
    own = user.role == Role.SUPPLIER
    if own:
        visible = visible.filter(supplier_id=user.organization_id)
    counts = _status_counts("catalog.listings.status", user, visible)
    hidden = list(
        visible.filter(status=ListingStatus.HIDDEN).order_by("-updated_at", "-id")[:PANEL_LIMIT]
    )
    removed = list(
        visible.filter(status=ListingStatus.REMOVED).order_by("-updated_at", "-id")[:PANEL_LIMIT]
    )
    hidden_total = counts.get(ListingStatus.HIDDEN.value, 0)
    return {
        "counts": [
            {"status": s.value, "label": s.label, "count": counts.get(s.value, 0)}
            for s in ListingStatus
        ],
        "total": sum(counts.values()),
        "hidden": [_listing_row(x) for x in hidden],
        "hidden_more": max(0, hidden_total - len(hidden)),
        "removed": [_listing_row(x) for x in removed],
        "list_url": _url("catalog:list"),
        "own": own,
        # A supplier must act on its hidden listings (fix or appeal); others just watch.
        "action_count": hidden_total if own else 0,
    }


def _listing_row(listing: Any) -> dict[str, Any]:
    return {"listing": listing, "url": _url("catalog:detail", listing.pk)}


# --- Admin ----------------------------------------------------------------------------


def admin_panel(user: Any) -> dict[str, Any] | None:
    if user.role != Role.ADMIN or not user.is_staff:
        return None
    return {
        "links": [
            (label, _url(name))
            for label, name in (
                (_("Users"), "admin:accounts_user_changelist"),
                (_("Organizations"), "admin:accounts_organization_changelist"),
                (_("All admin sections"), "admin:index"),
            )
            if _url(name)
        ],
        "action_count": 0,
    }


def register_builtin_panels() -> None:
    traders = {Role.BUYER, Role.SUPPLIER}
    platform = {Role.OFFICER, Role.ADMIN}
    register_panel(
        platform,
        "web/panels/verification.html",
        verification_panel,
        order=10,
        key="accounts.verification",
        pages=("dashboard", "officer"),
    )
    register_panel(
        traders | platform, "web/panels/orders.html", orders_panel, order=20, key="orders"
    )
    register_panel(
        {Role.SUPPLIER, *platform},
        "web/panels/listings.html",
        listings_panel,
        order=40,
        key="catalog.listings",
    )
    register_panel(
        {Role.BUYER, Role.SUPPLIER, Role.RIGHTS_HOLDER, Role.AGENT, Role.INSPECTOR},
        "web/panels/organization.html",
        organization_panel,
        order=90,
        key="accounts.organization",
    )
    register_panel({Role.ADMIN}, "web/panels/admin.html", admin_panel, order=95, key="admin")
