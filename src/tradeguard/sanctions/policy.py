"""Sanction rules as data and pure functions (no database).

Defaults follow the supplier-points scheme of the large B2B marketplaces (see
docs/policy-sources.md); a marketplace overrides any key in settings:
`TRADEGUARD_POLICY = {"sanctions": {"general_loss_points": 2, "ladder": [...]}}`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.utils.translation import gettext as _

from tradeguard.sanctions.enums import SanctionKind, StandingLevel

DEFAULTS: dict[str, Any] = {
    # Points for a dispute the supplier lost.
    "general_loss_points": 3,
    # ... for a serious one (non-delivery, fraud).
    "serious_loss_points": 6,
    # ... for ignoring an award past its deadline.
    "award_ignored_points": 48,
    # Dispute reasons that count as serious.
    "serious_reasons": ["not_received", "fraud"],
    # Points and strikes stay in force this many days.
    "points_valid_days": 365,
    "strike_valid_days": 365,
    # Strikes recorded within this many days of the first of a group count once.
    "strike_merge_days": 3,
    # Counted strikes in force that terminate membership.
    "strikes_to_terminate": 3,
    # The ladder: reaching `points` (points in force) starts a restriction of
    # `restriction_days` from that instant; `hide_listings` hides the supplier's active
    # listings; `terminate` ends membership. Reaching a level with 0 days is a warning.
    "ladder": [
        {"points": 6, "restriction_days": 0, "hide_listings": False, "terminate": False},
        {"points": 12, "restriction_days": 7, "hide_listings": False, "terminate": False},
        {"points": 24, "restriction_days": 14, "hide_listings": False, "terminate": False},
        {"points": 36, "restriction_days": 21, "hide_listings": True, "terminate": False},
        {"points": 48, "restriction_days": 0, "hide_listings": True, "terminate": True},
    ],
}


# The status reason of a listing hidden because its supplier's sanctions hide listings;
# only listings with this prefix are shown again when those sanctions end.
SANCTIONS_HIDDEN_PREFIX = "Hidden by sanctions:"


def setting(name: str) -> Any:
    overrides = getattr(settings, "TRADEGUARD_POLICY", {}).get("sanctions", {})
    return overrides.get(name, DEFAULTS[name])


@dataclass(frozen=True, slots=True)
class Rung:
    points: int
    restriction_days: int
    hide_listings: bool
    terminate: bool

    @property
    def label(self) -> str:
        """The rung in the active language: "24 points: 14-day restriction"."""
        values = {"points": self.points, "days": self.restriction_days}
        if self.terminate:
            return _("%(points)s points: membership terminated") % values
        if self.restriction_days and self.hide_listings:
            return _("%(points)s points: %(days)s-day restriction, listings hidden") % values
        if self.restriction_days:
            return _("%(points)s points: %(days)s-day restriction") % values
        return _("%(points)s points: warning") % values


def ladder() -> list[Rung]:
    return sorted((Rung(**rung) for rung in setting("ladder")), key=lambda r: r.points)


def dispute_loss_points(reason: str) -> int:
    """Points a supplier earns for losing a dispute with `reason`."""
    if reason in setting("serious_reasons"):
        return int(setting("serious_loss_points"))
    return int(setting("general_loss_points"))


def award_ignored_points() -> int:
    return int(setting("award_ignored_points"))


def expiry_for(kind: str, created_at: dt.datetime) -> dt.datetime:
    days = setting("strike_valid_days" if kind == SanctionKind.STRIKE else "points_valid_days")
    return created_at + dt.timedelta(days=int(days))


@dataclass(frozen=True, slots=True)
class LedgerItem:
    """What the computation needs from one ledger row (points or a strike)."""

    kind: str
    points: int
    created_at: dt.datetime
    expires_at: dt.datetime
    # When a reversal undid it: from then on it counts as never given.
    reversed_at: dt.datetime | None = None

    def in_force(self, at: dt.datetime) -> bool:
        return self.created_at <= at < self.expires_at and not self.reversed_by(at)

    def reversed_by(self, at: dt.datetime) -> bool:
        return self.reversed_at is not None and self.reversed_at <= at


@dataclass(frozen=True, slots=True)
class Crossing:
    """A rung reached at an instant (the start of its restriction)."""

    at: dt.datetime
    rung: Rung


@dataclass(frozen=True, slots=True)
class Computed:
    points_in_force: int
    level: StandingLevel
    rung: Rung | None  # the highest rung the points in force reach
    restricted_until: dt.datetime | None
    listings_hidden: bool
    terminated_at: dt.datetime | None
    strikes_in_force: int  # counted (merged) strikes
    next_expiry: dt.datetime | None
    crossings: list[Crossing] = field(default_factory=list)
    # When hidden listings are shown again (None: not hidden, or hidden for good).
    hidden_until: dt.datetime | None = None

    @property
    def terminated(self) -> bool:
        return self.terminated_at is not None

    @property
    def restricted(self) -> bool:
        return self.terminated or self.restricted_until is not None


def points_at(items: Iterable[LedgerItem], at: dt.datetime) -> int:
    return sum(i.points for i in items if i.kind == SanctionKind.POINTS and i.in_force(at))


def counted_strikes(items: Iterable[LedgerItem], at: dt.datetime) -> int:
    """Strikes in force at `at`; those within the merge window of a group's first
    strike count once."""
    merge = dt.timedelta(days=int(setting("strike_merge_days")))
    counted = 0
    group_start: dt.datetime | None = None
    for item in sorted(
        (i for i in items if i.kind == SanctionKind.STRIKE and i.in_force(at)),
        key=lambda i: i.created_at,
    ):
        if group_start is None or item.created_at - group_start > merge:
            counted += 1
            group_start = item.created_at
    return counted


def standing_compute(items: Sequence[LedgerItem], at: dt.datetime) -> Computed:
    """The standing at `at` from the ledger alone. A restriction starts when the points
    in force reach a rung (at the entry that reached it) and lasts the rung's days; it
    starts again if the points drop below a rung and reach it once more. An entry
    reversed by `at` is left out entirely, so the crossings (and restrictions) it caused
    are undone too."""
    rungs = ladder()
    past = sorted(
        (
            i
            for i in items
            if i.created_at <= at and i.kind != SanctionKind.REVERSAL and not i.reversed_by(at)
        ),
        key=lambda i: i.created_at,
    )
    crossings: list[Crossing] = []
    terminated_at: dt.datetime | None = None
    restricted_until: dt.datetime | None = None
    hidden_until: dt.datetime | None = None
    hidden_forever = False
    strikes_needed = int(setting("strikes_to_terminate"))
    for index, item in enumerate(past):
        before_items = past[:index]
        if item.kind == SanctionKind.STRIKE:
            if terminated_at is None and counted_strikes(past[: index + 1], item.created_at) >= (
                strikes_needed
            ):
                terminated_at = item.created_at
            continue
        before = points_at(before_items, item.created_at)
        after = before + item.points
        for rung in rungs:
            if before < rung.points <= after:
                crossings.append(Crossing(item.created_at, rung))
                if rung.terminate and terminated_at is None:
                    terminated_at = item.created_at
                end = item.created_at + dt.timedelta(days=rung.restriction_days)
                if rung.restriction_days and (restricted_until is None or end > restricted_until):
                    restricted_until = end
                if rung.hide_listings:
                    if rung.restriction_days:
                        hidden_until = max(hidden_until or end, end)
                    else:
                        hidden_forever = True
    points = points_at(past, at)
    reached = [r for r in rungs if r.points <= points]
    top = reached[-1] if reached else None
    active_until = restricted_until if restricted_until and restricted_until > at else None
    if terminated_at is not None:
        level = StandingLevel.TERMINATED
    elif active_until is not None:
        level = StandingLevel.RESTRICTED
    elif top is not None:
        level = StandingLevel.WARNING
    else:
        level = StandingLevel.GOOD
    expiries = [i.expires_at for i in past if i.in_force(at)]
    hidden = terminated_at is not None or hidden_forever or bool(hidden_until and hidden_until > at)
    return Computed(
        points_in_force=points,
        level=level,
        rung=top,
        restricted_until=active_until,
        listings_hidden=hidden,
        terminated_at=terminated_at,
        strikes_in_force=counted_strikes(past, at),
        next_expiry=min(expiries) if expiries else None,
        crossings=crossings,
        hidden_until=hidden_until
        if hidden and terminated_at is None and not hidden_forever
        else None,
    )
