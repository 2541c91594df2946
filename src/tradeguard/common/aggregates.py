"""Aggregates over large tables (status counts, public statistics): computed in SQL and
kept in Django's cache (`CACHE_URL`; per process by default, Redis when shared) for a
short time, so a page that shows them does not scan a year of rows per request.

Every number such a cache serves may be up to its time-to-live old; pages that show
them are overviews, not the place where a decision reads a count.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache

T = TypeVar("T")

# Seconds an overview count may be old (dashboards) / a public statistic (transparency).
COUNTS_SECONDS = 60
STATISTICS_SECONDS = 300


def cached_aggregate(key: str, compute: Callable[[], T], *, seconds: int = COUNTS_SECONDS) -> T:
    """`compute()` (one SQL aggregate), or its value from the cache if younger than
    `seconds`. Keys name what is counted and for whom, e.g. "orders.status:platform"."""
    seconds = int(getattr(settings, "TRADEGUARD_AGGREGATE_SECONDS", {}).get(key, seconds))
    full_key = f"tg:aggregate:{key}"
    found = cache.get(full_key)
    if found is not None:
        return found
    value = compute()
    cache.set(full_key, value, seconds)
    return value
