"""A busy database: background work waits and tries again; a request answers 503 with
Retry-After in the error shape (never a traceback); reads that only record a token's
use still answer. Driven against a real server process while the test holds the lock
(the whole database on SQLite, the rows and the timer table on PostgreSQL)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterator

import pytest
from django.db import OperationalError

from tradeguard.common.db import backoff_delays, is_transient, retry_transient
from tradeguard.common.liveserver import ServedDatabase, base_env

BUYER = "buyer@demo.tradeguard.test"


@contextlib.contextmanager
def holding_locks(db: ServedDatabase) -> Iterator[None]:
    """Hold the write lock (SQLite) or the buyer's user and token rows and the timer
    table (PostgreSQL) until the block ends."""
    conn = db.connect()
    try:
        if db.vendor == "sqlite":
            conn.execute("BEGIN IMMEDIATE")
        else:
            conn.execute("BEGIN")
            conn.execute("SELECT 1 FROM accounts_user WHERE email = %s FOR UPDATE", (BUYER,))
            conn.execute("SELECT 1 FROM accounts_apitoken FOR UPDATE")
            conn.execute("LOCK TABLE common_timer IN EXCLUSIVE MODE")
        yield
    finally:
        conn.execute("ROLLBACK")
        conn.close()


def test_requests_answer_503_in_the_error_shape_and_reads_still_work(served):
    server = served(DB_BUSY_TIMEOUT="1")
    token = server.token(BUYER)
    with holding_locks(server.db):
        status, body, headers = server.request("GET", "/api/v1/me", token=token)
        assert status == 200, body  # the token's use is simply not recorded this time
        status, body, headers = server.request(
            "PATCH", "/api/v1/me", token=token, body={"full_name": "Busy Buyer"}
        )
        assert status == 503, body
        assert headers["retry-after"] == "2"
        assert headers["content-type"].startswith("application/json")
        error = json.loads(body)
        assert error["code"] == "service_busy"
        assert set(error) == {"code", "message", "fields"}
        assert "Traceback" not in body.decode()
    # Once the lock is gone the same request goes through (sent again, as the 503 asks,
    # should the server's own run-due tick hold the database at that moment).
    status, body = server.json(
        "PATCH", "/api/v1/me", token=token, body={"full_name": "Busy Buyer"}, busy_retries=5
    )
    assert status == 200, body
    assert body["full_name"] == "Busy Buyer"


def test_run_due_waits_for_a_busy_database_instead_of_crashing(database_copy):
    env = base_env(database_copy.data_dir, database_copy.url, DB_BUSY_TIMEOUT="1")
    as_of = (dt.datetime.now(dt.UTC) + dt.timedelta(days=40)).isoformat()
    with holding_locks(database_copy):
        proc = subprocess.Popen(
            [sys.executable, "-m", "tradeguard.cli", "run-due", "--as-of", as_of],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stderr is not None
        seen = []
        for line in proc.stderr:  # wait until it met the lock and said it waits
            seen.append(line)
            if "trying again" in line:
                break
        assert any("trying again" in line for line in seen), "".join(seen)
    # The lock is gone: it carries on and fires everything due.
    stdout, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr[-3000:]
    assert "Traceback" not in "".join(seen) + stderr
    fired = int(stdout.split()[0])
    assert fired > 0


class Locked(OperationalError):
    pass


def test_retry_transient_retries_lock_errors_with_growing_pauses() -> None:
    calls: list[int] = []
    pauses: list[float] = []

    def flaky() -> str:
        calls.append(1)
        if len(calls) < 4:
            raise Locked("database is locked")
        return "done"

    assert retry_transient(flaky, what="test", sleep=pauses.append) == "done"
    assert len(calls) == 4
    assert all(0.5 * d <= p <= d for p, d in zip(pauses, backoff_delays(), strict=False))
    assert pauses[0] < pauses[2]


def test_retry_transient_gives_up_and_never_retries_other_errors() -> None:
    def always() -> None:
        raise Locked("database is locked")

    with pytest.raises(Locked):
        retry_transient(always, what="test", attempts=3, sleep=lambda s: None)

    calls: list[int] = []

    def broken() -> None:
        calls.append(1)
        raise OperationalError("no such table: nope")

    with pytest.raises(OperationalError):
        retry_transient(broken, what="test", sleep=lambda s: None)
    assert calls == [1]


class _PgError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__("pg")
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("exc", "transient"),
    [
        (OperationalError("database is locked"), True),
        (OperationalError("database table is locked: x"), True),
        (OperationalError("no such column"), False),
        (_PgError("40001"), True),  # serialization_failure
        (_PgError("40P01"), True),  # deadlock_detected
        (_PgError("55P03"), True),  # lock_not_available
        (_PgError("23505"), False),  # unique_violation
        (ValueError("database is locked"), False),
    ],
)
def test_is_transient(exc: Exception, transient: bool) -> None:
    assert is_transient(exc) is transient


def test_a_wrapped_driver_error_counts() -> None:
    outer = OperationalError("could not serialize access")
    outer.__cause__ = _PgError("40001")
    assert is_transient(outer)
