"""Working-day deadlines in a country's calendar (public holidays from `holidays`,
including China's adjusted working weekends)."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from functools import lru_cache

import holidays
from babel.core import get_global

# Countries spanning several zones: the zone of the commercial capital.
PRIMARY_ZONE = {
    "US": "America/New_York",
    "CA": "America/Toronto",
    "RU": "Europe/Moscow",
    "AU": "Australia/Sydney",
    "BR": "America/Sao_Paulo",
    "MX": "America/Mexico_City",
    "ID": "Asia/Jakarta",
    "KZ": "Asia/Almaty",
    "CN": "Asia/Shanghai",
}


def country_zone(country: str) -> zoneinfo.ZoneInfo:
    name = PRIMARY_ZONE.get(country)
    if name is None:
        zones = get_global("territory_zones").get(country) or ["UTC"]
        name = zones[0]
    return zoneinfo.ZoneInfo(name)


@lru_cache(maxsize=256)
def _calendar(country: str) -> holidays.HolidayBase | None:
    try:
        return holidays.country_holidays(country)
    except NotImplementedError:
        return None


def is_working_day(day: dt.date, country: str) -> bool:
    calendar = _calendar(country)
    if calendar is None:
        return day.weekday() < 5
    return bool(calendar.is_working_day(day))


def add_working_days(start: dt.datetime, days: int, country: str) -> dt.datetime:
    """The end (23:59:59 local time) of the `days`-th working day after `start`'s local
    date in `country`, as an aware UTC datetime. Day 0 is never counted: a notice sent
    on Friday evening with 3 working days is due at the end of Wednesday."""
    if days < 1:
        raise ValueError("days must be at least 1")
    zone = country_zone(country)
    day = start.astimezone(zone).date()
    counted = 0
    while counted < days:
        day += dt.timedelta(days=1)
        if is_working_day(day, country):
            counted += 1
    end = dt.datetime.combine(day, dt.time(23, 59, 59), tzinfo=zone)
    return end.astimezone(dt.UTC)


def add_calendar_days(start: dt.datetime, days: int) -> dt.datetime:
    return (start + dt.timedelta(days=days)).astimezone(dt.UTC)
