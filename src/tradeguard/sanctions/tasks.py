"""Deadline handlers of the sanctions ledger. Each re-reads the ledger and does nothing
if the standing moved on, so firing twice (or late) is harmless."""

from __future__ import annotations

from tradeguard.common.timers import timer_handler
from tradeguard.sanctions.services import TIMER_UNHIDE, listings_unhide


@timer_handler(TIMER_UNHIDE)
def listings_unhide_due(org_id: int) -> str:
    """The restriction that hid the supplier's listings ended: show them again."""
    return listings_unhide(org_id)
