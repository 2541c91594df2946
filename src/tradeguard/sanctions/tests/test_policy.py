"""The pure standing computation, without a database."""

from __future__ import annotations

import datetime as dt

import pytest

from tradeguard.sanctions.enums import SanctionKind, StandingLevel
from tradeguard.sanctions.policy import (
    LedgerItem,
    counted_strikes,
    dispute_loss_points,
    ladder,
    standing_compute,
)

T0 = dt.datetime(2026, 1, 10, 12, 0, tzinfo=dt.UTC)


def pts(points: int, at: dt.datetime) -> LedgerItem:
    return LedgerItem(SanctionKind.POINTS, points, at, at + dt.timedelta(days=365))


def strike(at: dt.datetime) -> LedgerItem:
    return LedgerItem(SanctionKind.STRIKE, 0, at, at + dt.timedelta(days=365))


def test_empty_ledger_is_good_standing() -> None:
    c = standing_compute([], T0)
    assert (c.level, c.points_in_force, c.restricted, c.terminated) == (
        StandingLevel.GOOD,
        0,
        False,
        False,
    )


@pytest.mark.parametrize(
    ("total", "level", "days", "hidden"),
    [
        (3, StandingLevel.GOOD, None, False),
        (6, StandingLevel.WARNING, None, False),
        (12, StandingLevel.RESTRICTED, 7, False),
        (24, StandingLevel.RESTRICTED, 14, False),
        (36, StandingLevel.RESTRICTED, 21, True),
        (48, StandingLevel.TERMINATED, 21, True),
    ],
)
def test_ladder_levels(total: int, level: StandingLevel, days: int | None, hidden: bool) -> None:
    c = standing_compute([pts(total, T0)], T0)
    assert c.points_in_force == total
    assert c.level == level
    assert c.restricted_until == (T0 + dt.timedelta(days=days) if days else None)
    assert c.listings_hidden is hidden


def test_restriction_lasts_its_days_from_the_crossing() -> None:
    items = [pts(6, T0), pts(6, T0 + dt.timedelta(days=10))]  # crosses 12 on day 10
    crossing = T0 + dt.timedelta(days=10)
    assert standing_compute(items, crossing).restricted_until == crossing + dt.timedelta(days=7)
    later = standing_compute(items, crossing + dt.timedelta(days=7, seconds=1))
    assert later.restricted is False
    assert later.level == StandingLevel.WARNING


def test_points_expire_after_365_days() -> None:
    items = [pts(6, T0)]
    assert standing_compute(items, T0 + dt.timedelta(days=364)).points_in_force == 6
    assert standing_compute(items, T0 + dt.timedelta(days=365)).points_in_force == 0


def test_crossing_again_after_expiry_restricts_again() -> None:
    items = [pts(12, T0), pts(12, T0 + dt.timedelta(days=400))]
    again = T0 + dt.timedelta(days=400)
    assert standing_compute(items, again).restricted_until == again + dt.timedelta(days=7)


def test_strikes_within_three_days_count_once() -> None:
    items = [strike(T0), strike(T0 + dt.timedelta(days=1)), strike(T0 + dt.timedelta(days=3))]
    assert counted_strikes(items, T0 + dt.timedelta(days=4)) == 1
    items.append(strike(T0 + dt.timedelta(days=3, seconds=1)))
    assert counted_strikes(items, T0 + dt.timedelta(days=4)) == 2


def test_three_counted_strikes_terminate() -> None:
    items = [strike(T0 + dt.timedelta(days=d)) for d in (0, 10, 20)]
    assert standing_compute(items[:2], T0 + dt.timedelta(days=15)).terminated is False
    c = standing_compute(items, T0 + dt.timedelta(days=21))
    assert c.terminated_at == T0 + dt.timedelta(days=20)
    assert c.level == StandingLevel.TERMINATED


def test_strikes_a_year_apart_do_not_terminate() -> None:
    items = [strike(T0 + dt.timedelta(days=d)) for d in (0, 200, 400)]
    assert standing_compute(items, T0 + dt.timedelta(days=401)).terminated is False


def test_loss_points_by_reason() -> None:
    assert dispute_loss_points("not_received") == 6
    assert dispute_loss_points("not_as_described") == 3


def test_settings_override(settings: pytest.FixtureRequest) -> None:
    settings.TRADEGUARD_POLICY = {  # type: ignore[attr-defined]
        "sanctions": {
            "general_loss_points": 2,
            "ladder": [
                {"points": 4, "restriction_days": 3, "hide_listings": False, "terminate": False}
            ],
        }
    }
    assert dispute_loss_points("other") == 2
    assert [r.points for r in ladder()] == [4]
    assert standing_compute([pts(4, T0)], T0).restricted_until == T0 + dt.timedelta(days=3)
