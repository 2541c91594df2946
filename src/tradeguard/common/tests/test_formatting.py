"""One formatter per kind of value: instants in the reader's zone (named, never
ambiguous), durations, percentages."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from decimal import Decimal

import pytest
from django.utils import timezone

from tradeguard.common.formatting import (
    format_date,
    format_duration,
    format_instant,
    format_percent,
    format_relative,
)

UTC_INSTANT = dt.datetime(2026, 12, 22, 23, 59, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("UTC", "2026-12-22 23:59 UTC"),
        ("America/New_York", "2026-12-22 18:59 EST"),
        ("Europe/Berlin", "2026-12-23 00:59 CET"),
        # "CST" names China and US Central time: the offset is unambiguous.
        ("Asia/Shanghai", "2026-12-23 07:59 UTC+8"),
        ("America/Chicago", "2026-12-22 17:59 UTC-6"),
        ("Asia/Kolkata", "2026-12-23 05:29 UTC+5:30"),
        # Zones whose abbreviation is numeric in the tz database.
        ("America/Sao_Paulo", "2026-12-22 20:59 UTC-3"),
    ],
)
def test_an_instant_is_shown_in_the_readers_zone_with_the_zone_named(
    zone: str, expected: str
) -> None:
    with timezone.override(zoneinfo.ZoneInfo(zone)):
        assert format_instant(UTC_INSTANT) == expected


def test_the_zone_follows_daylight_saving() -> None:
    summer = dt.datetime(2027, 7, 1, 12, 0, tzinfo=dt.UTC)
    with timezone.override(zoneinfo.ZoneInfo("America/New_York")):
        assert format_instant(summer) == "2027-07-01 08:00 EDT"


def test_a_day_is_the_day_the_instant_falls_on_for_the_reader() -> None:
    with timezone.override(zoneinfo.ZoneInfo("Asia/Shanghai")):
        assert format_date(UTC_INSTANT) == "2026-12-23"
    with timezone.override(zoneinfo.ZoneInfo("America/New_York")):
        assert format_date(UTC_INSTANT) == "2026-12-22"
    assert format_date(dt.date(2026, 1, 5)) == "2026-01-05"


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        (2 * 86400 + 4 * 3600 + 600, "2 d 4 h"),
        (3 * 86400, "3 d"),
        (3 * 3600 + 20 * 60, "3 h 20 min"),
        (3600, "1 h"),
        (25 * 60, "25 min"),
        (30, "less than a minute"),
    ],
)
def test_durations(seconds: int, expected: str) -> None:
    assert format_duration(seconds) == expected


def test_relative_times() -> None:
    now = UTC_INSTANT
    assert format_relative(now + dt.timedelta(hours=5), now) == "in 5 h"
    assert format_relative(now - dt.timedelta(days=1, hours=2), now) == "1 d 2 h overdue"
    assert format_relative(now + dt.timedelta(seconds=10), now) == "due now"


@pytest.mark.parametrize(
    ("fraction", "places", "expected"),
    [(Decimal("0.3333"), 0, "33 %"), (1, 0, "100 %"), (0.125, 1, "12.5 %"), (None, 0, "")],
)
def test_percentages_as_people_write_them(fraction: object, places: int, expected: str) -> None:
    assert format_percent(fraction, places) == expected  # type: ignore[arg-type]
