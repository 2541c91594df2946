"""Listing rules as data: the status table and who may make each move. Pure.

Defaults a marketplace may override: `TRADEGUARD_POLICY = {"catalog": {...}}`.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings

from tradeguard.catalog.enums import ListingStatus

S = ListingStatus

DEFAULTS: dict[str, Any] = {
    # Marketplaces show 6-20 gallery images per product; 20 covers every one we know.
    "max_images": 20,
    # Product photos are a few MB; 15 MB leaves room for high-resolution originals.
    "image_max_bytes": 15 * 1024 * 1024,
    # Structured attributes ("Material": "304 stainless steel") per listing.
    "max_attributes": 100,
}


def setting(name: str) -> Any:
    overrides = getattr(settings, "TRADEGUARD_POLICY", {}).get("catalog", {})
    return overrides.get(name, DEFAULTS[name])


TRANSITIONS: dict[ListingStatus, frozenset[ListingStatus]] = {
    S.ACTIVE: frozenset({S.HIDDEN, S.REMOVED}),
    S.HIDDEN: frozenset({S.ACTIVE, S.REMOVED}),
    # Restored: to active, or to hidden while sanctions hide the supplier's listings.
    S.REMOVED: frozenset({S.ACTIVE, S.HIDDEN}),
}

# Moves only an officer (or the system, e.g. an IP restoration) may make: restoring a
# removed listing.
OFFICER_ONLY: frozenset[tuple[ListingStatus, ListingStatus]] = frozenset(
    {(S.REMOVED, S.ACTIVE), (S.REMOVED, S.HIDDEN)}
)

# Moves that must say why (shown to the supplier and in the statement of reasons).
REASON_REQUIRED: frozenset[ListingStatus] = frozenset({S.REMOVED})

# Moves that put a listing in front of buyers; a restricted supplier may not make them.
PUBLISHING: frozenset[ListingStatus] = frozenset({S.ACTIVE})


def can_move(frm: str, to: str) -> bool:
    return ListingStatus(to) in TRANSITIONS[ListingStatus(frm)]


def may_move(frm: str, to: str, *, is_officer: bool) -> bool:
    """Whether the listing's own supplier (or an officer) may make the move."""
    return is_officer or (ListingStatus(frm), ListingStatus(to)) not in OFFICER_ONLY
