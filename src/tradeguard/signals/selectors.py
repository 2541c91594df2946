"""Reads of scam signals, with their access rules.

The buyer's side and officers read a case's signals (the buyer is who they protect);
the supplier's side does not (it wrote the evidence; the officer decides what follows).
Cases the user may not see at all answer 404 through `dispute_get` before this runs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db.models import F, Func, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _

from tradeguard.common.errors import permission_denied
from tradeguard.signals.enums import SignalStatus
from tradeguard.signals.models import ScamSignal

if TYPE_CHECKING:
    from tradeguard.disputes.models import Dispute
    from tradeguard.orders.models import Order

# Signals an officer has dismissed are no longer shown to the buyer or counted.
SHOWN = (SignalStatus.OPEN, SignalStatus.CONFIRMED)


def may_read_signals(user: Any, dispute: Dispute) -> bool:
    from tradeguard.disputes.enums import Party
    from tradeguard.disputes.selectors import party_of

    return party_of(user, dispute) in (Party.BUYER, Party.PLATFORM)


def of_case(dispute: Dispute) -> QuerySet[ScamSignal]:
    """A case's signals: found in its messages, or in events on its order that were
    written while no case was open (e.g. a payment outside the designated account)."""
    return ScamSignal.objects.filter(
        Q(dispute=dispute) | Q(dispute__isnull=True, order_id=dispute.order_id)
    ).select_related("event", "message", "order")


def dispute_signals(user: Any, dispute: Dispute) -> QuerySet[ScamSignal]:
    """The case's signals, oldest first: for the buyer those not dismissed, for officers
    all of them; 403 for the supplier's side."""
    if not may_read_signals(user, dispute):
        raise permission_denied(_("Only the buyer and officers read a case's scam signals."))
    signals = of_case(dispute)
    if not getattr(user, "is_officer", False):
        signals = signals.filter(status__in=SHOWN)
    return signals


def dispute_signals_for_page(user: Any, dispute: Dispute) -> list[ScamSignal]:
    """What the case page shows: the signals for a buyer or officer, nothing otherwise."""
    if not may_read_signals(user, dispute):
        return []
    return list(dispute_signals(user, dispute))


def order_signals_for_page(order: Order, *, readable: bool) -> list[ScamSignal]:
    """The order's signals (from any of its cases) for its page: `readable` says whether
    the viewer is the order's buyer or an officer (the orders app knows who is who)."""
    if not readable:
        return []
    return list(
        ScamSignal.objects.filter(order=order, status__in=SHOWN).select_related(
            "event", "message", "order"
        )
    )


def signal_count() -> Coalesce:
    """A case's open and confirmed signals, as an expression over the case's row: the
    signals on the case, and those on its order while no case held them. What
    `Dispute.signal_count` keeps (`services.signal_counts_refresh`)."""
    counts = (
        ScamSignal.objects.filter(
            Q(dispute=OuterRef("pk")) | Q(dispute__isnull=True, order=OuterRef("order_id")),
            status__in=SHOWN,
        )
        .order_by()
        # COUNT over the rows the filter keeps, no GROUP BY (the rows belong to two
        # different columns: the case, or its order when no case held them).
        .annotate(n=Func(F("id"), function="COUNT"))
        .values("n")
    )
    return Coalesce(
        Subquery(counts, output_field=IntegerField()), Value(0), output_field=IntegerField()
    )


def open_signal_count() -> int:
    """Signals no officer has reviewed yet, on cases still in the queue or on orders
    with no case (the officer dashboard's count)."""
    return ScamSignal.objects.filter(status=SignalStatus.OPEN).count()
