"""Transient database errors: a busy SQLite database ("database is locked") and
PostgreSQL's serialization failures, deadlocks and lock timeouts. They say nothing about
the work itself, so work that hit one is retried after a pause (background writes) or
answered 503 with Retry-After (requests; see `common.api` and `web.middleware`)."""

from __future__ import annotations

import logging
import random
import sqlite3
import time
from collections.abc import Callable
from typing import TypeVar

from django.db import DatabaseError, OperationalError, transaction

log = logging.getLogger(__name__)

T = TypeVar("T")

# SQLite's messages for SQLITE_BUSY / SQLITE_LOCKED (including BUSY_SNAPSHOT, which a
# write in autocommit mode meets when another connection committed since it began).
SQLITE_TRANSIENT = ("database is locked", "database table is locked", "database is busy")
# PostgreSQL SQLSTATEs: serialization_failure, deadlock_detected, lock_not_available.
POSTGRES_TRANSIENT = frozenset({"40001", "40P01", "55P03"})

# Background work tries this many times, pausing 0.1 s, 0.2 s, 0.4 s... (at most 5 s
# between tries, with jitter so that workers do not retry in step).
RETRY_ATTEMPTS = 8
RETRY_FIRST_DELAY = 0.1
RETRY_MAX_DELAY = 5.0

# What a request that met one answers: come back in this many seconds.
RETRY_AFTER_SECONDS = 2


def is_transient(exc: BaseException) -> bool:
    """Whether `exc` (or an error it wraps) is a lock or serialization conflict."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        sqlstate = getattr(current, "sqlstate", None) or getattr(current, "pgcode", None)
        if sqlstate in POSTGRES_TRANSIENT:
            return True
        if isinstance(current, OperationalError | sqlite3.OperationalError):
            message = str(current).lower()
            if any(text in message for text in SQLITE_TRANSIENT):
                return True
        current = current.__cause__ or current.__context__
    return False


def backoff_delays(
    attempts: int = RETRY_ATTEMPTS,
    first: float = RETRY_FIRST_DELAY,
    most: float = RETRY_MAX_DELAY,
) -> list[float]:
    """The pauses between `attempts` tries: doubling from `first`, capped at `most`."""
    return [min(most, first * 2**n) for n in range(attempts - 1)]


def retry_transient(
    fn: Callable[[], T],
    *,
    what: str,
    attempts: int = RETRY_ATTEMPTS,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Run `fn`; when it fails on a transient database error, wait and run it again
    (at most `attempts` times). `fn` must be a whole transaction: inside an outer
    `atomic` block the error is raised at once (the outer transaction is lost anyway)."""
    delays = backoff_delays(attempts)
    for attempt in range(attempts):
        try:
            return fn()
        except DatabaseError as exc:
            last = attempt == attempts - 1
            if last or not is_transient(exc) or transaction.get_connection().in_atomic_block:
                raise
            pause = delays[attempt] * random.uniform(0.5, 1.0)  # noqa: S311 (jitter, not security)
            log.warning(
                "%s: %s; trying again in %.1f s (attempt %d of %d)",
                what,
                exc,
                pause,
                attempt + 2,
                attempts,
            )
            sleep(pause)
    raise AssertionError("unreachable")  # pragma: no cover
