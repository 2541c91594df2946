"""The one clock. Every service asks it for the time, so tests can freeze it
(time-machine) and `run-due --as-of` can run deadline handlers "as of" an instant."""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
from collections.abc import Iterator

from django.utils import timezone

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
            "Datetimes must carry a time zone.",
            fields={field: "Give an ISO 8601 datetime with an offset, e.g. 2026-05-01T09:00:00Z."},
        )
    return value.astimezone(dt.UTC)
