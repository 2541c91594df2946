"""Order rules as data: the status table, who may make each move, what is due next.

Pure functions, no database. Defaults a marketplace may override in settings:
`TRADEGUARD_POLICY = {"orders": {"max_items": 500, "document_max_bytes": ...}}`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tradeguard.orders.enums import OrderKind, OrderStatus

S = OrderStatus

DEFAULTS: dict[str, Any] = {
    # Line items per order (imported marketplace orders can be long, but not unbounded).
    "max_items": 500,
    # Sales contracts, spec sheets and drawings; scans of large drawings reach ~20 MB.
    "document_max_bytes": 25 * 1024 * 1024,
}


def setting(name: str) -> Any:
    overrides = getattr(settings, "TRADEGUARD_POLICY", {}).get("orders", {})
    return overrides.get(name, DEFAULTS[name])


class Party(StrEnum):
    """Who is acting on an order, relative to it."""

    BUYER = "buyer"
    SUPPLIER = "supplier"
    PLATFORM = "platform"  # officers, admins and marketplace integration tokens

    @property
    def label(self) -> str:
        """'buyer', 'supplier', 'platform' as a sentence says it, translated."""
        return str(PARTY_LABELS[self])


# The only moves an order can make.
TRANSITIONS: dict[OrderStatus, frozenset[OrderStatus]] = {
    S.CREATED: frozenset({S.PAID, S.CANCELLED}),
    S.PAID: frozenset({S.SHIPPED, S.CANCELLED, S.CLOSED}),
    S.SHIPPED: frozenset({S.DELIVERED, S.CLOSED}),
    S.DELIVERED: frozenset({S.COMPLETED, S.CLOSED}),
    S.COMPLETED: frozenset({S.CLOSED}),
    S.CANCELLED: frozenset({S.CLOSED}),
    S.CLOSED: frozenset(),
}

P = Party
# Who may make each move. The platform records what the marketplace reports; the
# parties act on their own side of the deal.
MOVE_PARTIES: dict[tuple[OrderStatus, OrderStatus], frozenset[Party]] = {
    (S.CREATED, S.PAID): frozenset({P.PLATFORM}),
    (S.CREATED, S.CANCELLED): frozenset({P.BUYER, P.SUPPLIER, P.PLATFORM}),
    (S.PAID, S.SHIPPED): frozenset({P.SUPPLIER, P.PLATFORM}),
    (S.PAID, S.CANCELLED): frozenset({P.BUYER, P.SUPPLIER, P.PLATFORM}),
    (S.PAID, S.CLOSED): frozenset({P.PLATFORM}),
    (S.SHIPPED, S.DELIVERED): frozenset({P.BUYER, P.PLATFORM}),
    (S.SHIPPED, S.CLOSED): frozenset({P.PLATFORM}),
    (S.DELIVERED, S.COMPLETED): frozenset({P.BUYER, P.PLATFORM}),
    (S.DELIVERED, S.CLOSED): frozenset({P.PLATFORM}),
    (S.COMPLETED, S.CLOSED): frozenset({P.PLATFORM}),
    (S.CANCELLED, S.CLOSED): frozenset({P.PLATFORM}),
}
# On an order the buyer declared itself (offline), the buyer also records its payment.
SELF_DECLARED_EXTRA: dict[tuple[OrderStatus, OrderStatus], frozenset[Party]] = {
    (S.CREATED, S.PAID): frozenset({P.BUYER}),
}

# Moves that need more than a target status; the generic transition refuses them and
# points to the action that collects the data.
# (the action's API path, what it collects, read by people)
DEDICATED_ACTIONS: dict[OrderStatus, tuple[str, Any]] = {
    S.SHIPPED: ("ship", gettext_lazy("carrier and tracking number")),
    S.CANCELLED: ("cancel", gettext_lazy("whether the money paid was refunded")),
}

# The column each status stamps when the order enters it.
STATUS_STAMP: dict[OrderStatus, str] = {
    S.PAID: "paid_at",
    S.SHIPPED: "shipped_at",
    S.DELIVERED: "delivered_at",
    S.COMPLETED: "completed_at",
    S.CANCELLED: "cancelled_at",
    S.CLOSED: "closed_at",
}
# What each timestamp is called in a sentence ("the shipping time is before ...").
STAMP_LABELS: dict[str, Any] = {
    "placed_at": gettext_lazy("order time"),
    "paid_at": gettext_lazy("payment time"),
    "shipped_at": gettext_lazy("shipping time"),
    "delivered_at": gettext_lazy("delivery time"),
    "receipt_confirmed_at": gettext_lazy("receipt confirmation time"),
    "completed_at": gettext_lazy("completion time"),
    "cancelled_at": gettext_lazy("cancellation time"),
    "closed_at": gettext_lazy("closing time"),
    "occurred_at": gettext_lazy("time of the shipment event"),
}


def stamp_label(name: str) -> Any:
    """A timestamp field's name as people read it; an unknown one stays as it is."""
    return STAMP_LABELS.get(name, name)


# Timestamps that belong to a status without being its entry stamp.
EXTRA_STAMPS: dict[str, OrderStatus] = {"receipt_confirmed_at": S.DELIVERED}

# Timestamps in the order they happen: of each pair, when both are given, the first is
# not after the second.
STAMP_SEQUENCE = (
    ("paid_at", "shipped_at"),
    ("delivered_at", "receipt_confirmed_at"),
    ("delivered_at", "completed_at"),
    ("paid_at", "cancelled_at"),
    ("paid_at", "closed_at"),
    ("shipped_at", "closed_at"),
    ("delivered_at", "closed_at"),
    ("receipt_confirmed_at", "closed_at"),
    ("completed_at", "closed_at"),
    ("cancelled_at", "closed_at"),
)

# Order kinds only the marketplace itself (officers, integration tokens) reports.
MARKETPLACE_KINDS = frozenset({OrderKind.TRADE_ASSURANCE, OrderKind.WHOLESALE})


def can_move(frm: str, to: str) -> bool:
    return OrderStatus(to) in TRANSITIONS[OrderStatus(frm)]


def parties_for(frm: str, to: str, *, self_declared: bool) -> frozenset[Party]:
    key = (OrderStatus(frm), OrderStatus(to))
    parties = MOVE_PARTIES.get(key, frozenset())
    if self_declared:
        parties |= SELF_DECLARED_EXTRA.get(key, frozenset())
    return parties


def may_move(frm: str, to: str, party: Party | None, *, self_declared: bool) -> bool:
    return party is not None and party in parties_for(frm, to, self_declared=self_declared)


def moves_for(status: str, party: Party | None, *, self_declared: bool) -> list[OrderStatus]:
    """The statuses `party` may move an order in `status` to, in table order."""
    frm = OrderStatus(status)
    return [
        to
        for to in OrderStatus
        if to in TRANSITIONS[frm] and may_move(frm, to, party, self_declared=self_declared)
    ]


def reachable_before(status: str) -> frozenset[OrderStatus]:
    """Statuses an order in `status` may have passed through (including itself)."""
    target = OrderStatus(status)
    found = {target}
    changed = True
    while changed:
        changed = False
        for frm, tos in TRANSITIONS.items():
            if frm not in found and tos & found:
                found.add(frm)
                changed = True
    return frozenset(found)


def stamps_allowed(status: str) -> frozenset[str]:
    """The timestamp columns an order created directly in `status` may carry."""
    passed = reachable_before(status)
    names = {STATUS_STAMP[s] for s in passed if s in STATUS_STAMP}
    names |= {name for name, owner in EXTRA_STAMPS.items() if owner in passed}
    return frozenset(names)


@dataclass(frozen=True, slots=True)
class NextStep:
    """Whose move it is, in words, and by when (None when nothing is pending)."""

    party: Party | None
    text: str
    due: dt.date | dt.datetime | None = None


PARTY_LABELS = {
    Party.BUYER: gettext_lazy("buyer"),
    Party.SUPPLIER: gettext_lazy("supplier"),
    Party.PLATFORM: gettext_lazy("platform"),
}


def next_step(
    *,
    status: str,
    ship_by: dt.date | None,
    estimated_delivery: dt.date | None,
    receipt_confirmed: bool,
    unrefunded_payment: bool,
) -> NextStep:
    """What the order waits for. Pure: the caller passes the facts."""
    match OrderStatus(status):
        case S.CREATED:
            return NextStep(P.BUYER, _("Buyer to pay"))
        case S.PAID:
            if ship_by:
                text = _("Supplier to ship by %(day)s") % {"day": f"{ship_by:%Y-%m-%d}"}
            else:
                text = _("Supplier to ship")
            return NextStep(P.SUPPLIER, text, ship_by)
        case S.SHIPPED:
            if estimated_delivery:
                text = _("Buyer to confirm receipt (estimated delivery %(day)s)") % {
                    "day": f"{estimated_delivery:%Y-%m-%d}"
                }
            else:
                text = _("Buyer to confirm receipt")
            return NextStep(P.BUYER, text, estimated_delivery)
        case S.DELIVERED if not receipt_confirmed:
            return NextStep(P.BUYER, _("Buyer to confirm receipt of the delivered goods"))
        case S.DELIVERED:
            return NextStep(P.BUYER, _("Buyer to complete the order, or the platform closes it"))
        case S.CANCELLED if unrefunded_payment:
            return NextStep(P.SUPPLIER, _("Supplier to return the money paid"))
        case S.COMPLETED | S.CANCELLED:
            return NextStep(P.PLATFORM, _("Platform to close the order"))
        case _:
            return NextStep(None, _("Nothing pending: the order is closed"))
