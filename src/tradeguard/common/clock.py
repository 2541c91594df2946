"""The one clock. Every service asks it for the time, so tests can freeze it
(time-machine) and `run-due --as-of` can run deadline handlers "as of" an instant."""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
from collections.abc import Iterable, Iterator

from django.utils import timezone
from django.utils.translation import gettext as _

_override: contextvars.ContextVar[dt.datetime | None] = contextvars.ContextVar(
    "tradeguard_clock_override", default=None
)


def now() -> dt.datetime:
    """The current instant, timezone-aware UTC."""
    forced = _override.get()
    if forced is not None:
        return forced
    return timezone.now().astimezone(dt.UTC)


@contextlib.contextmanager
def running_as_of(instant: dt.datetime) -> Iterator[dt.datetime]:
    """Within the block, `now()` answers `instant` (never earlier than the real time)."""
    effective = max(instant.astimezone(dt.UTC), timezone.now().astimezone(dt.UTC))
    token = _override.set(effective)
    try:
        yield effective
    finally:
        _override.reset(token)


def ensure_aware(value: dt.datetime, *, field: str) -> dt.datetime:
    """Return `value` in UTC; a naive datetime is rejected as bad input."""
    if timezone.is_naive(value):
        from tradeguard.common.errors import ApplicationError, CommonErrorCode

        raise ApplicationError(
            CommonErrorCode.INVALID_INPUT,
            _("Datetimes must carry a time zone."),
            fields={
                field: _("Give an ISO 8601 datetime with an offset, e.g. 2026-05-01T09:00:00Z.")
            },
        )
    return value.astimezone(dt.UTC)


def reminder_instants(
    due_at: dt.datetime, hours: Iterable[int], now: dt.datetime
) -> list[dt.datetime]:
    """The instants `hours` before `due_at` that are still after `now`."""
    instants = (due_at - dt.timedelta(hours=int(h)) for h in hours)
    return [at for at in instants if at > now]


def next_daily(now: dt.datetime, at: dt.time) -> dt.datetime:
    """The first time of day `at` (UTC) strictly after `now`."""
    today = dt.datetime.combine(now.astimezone(dt.UTC).date(), at, tzinfo=dt.UTC)
    return today if today > now else today + dt.timedelta(days=1)


def tomorrow_at(now: dt.datetime, at: dt.time) -> dt.datetime:
    """Time of day `at` (UTC) on the day after `now`'s date."""
    return dt.datetime.combine(now.date() + dt.timedelta(days=1), at, tzinfo=dt.UTC)
