"""Reads of scam signals, with their access rules.

The buyer's side and officers read a case's signals (the buyer is who they protect);
the supplier's side does not (it wrote the evidence; the officer decides what follows).
Cases the user may not see at all answer 404 through `dispute_get` before this runs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery, Value
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


def dispute_signals(user: Any, dispute: Dispute) -> QuerySet[ScamSignal]:
    """The case's signals, oldest first: for the buyer those not dismissed, for officers
    all of them; 403 for the supplier's side."""
    if not may_read_signals(user, dispute):
        raise permission_denied(_("Only the buyer and officers read a case's scam signals."))
    signals = ScamSignal.objects.filter(dispute=dispute)
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
    return list(ScamSignal.objects.filter(order=order, status__in=SHOWN))


def with_signal_count(qs: QuerySet[Dispute]) -> QuerySet[Any]:
    """Annotate `signal_count`: the case's open and confirmed signals (a subquery, so a
    keyset page can order and filter by it)."""
    counts = (
        ScamSignal.objects.filter(dispute=OuterRef("pk"), status__in=SHOWN)
        .order_by()
        .values("dispute")
        .annotate(n=Count("id"))
        .values("n")
    )
    return qs.annotate(
        signal_count=Coalesce(
            Subquery(counts, output_field=IntegerField()), Value(0), output_field=IntegerField()
        )
    )
