"""Django's SQLite backend, with writes outside a transaction retried while the
database is busy.

With `transaction_mode: IMMEDIATE` every `atomic` block takes the write lock when it
begins and SQLite's busy timeout makes it wait its turn. A statement run outside a
transaction (autocommit: `Model.save()` of one row, `QuerySet.update()`, a session
save, the task worker's claims) starts as a reader and upgrades to a writer; when
another connection committed in between, SQLite answers "database is locked"
(SQLITE_BUSY_SNAPSHOT) at once, without waiting. Such a statement had no effect, so it
is safe to run it again, which this backend does (with short pauses, for at most the
busy timeout). Statements inside a transaction are never retried here: the caller's
transaction decides (`common.db.retry_transient`)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from django.db.backends.sqlite3 import base

from tradeguard.common.db import SQLITE_TRANSIENT

FIRST_PAUSE = 0.005
MAX_PAUSE = 0.25


def _retrying(connection: sqlite3.Connection, budget: float, run: Callable[[], Any]) -> Any:
    deadline = time.monotonic() + budget
    pause = FIRST_PAUSE
    while True:
        try:
            return run()
        except sqlite3.OperationalError as exc:
            if (
                connection.in_transaction
                or not any(text in str(exc).lower() for text in SQLITE_TRANSIENT)
                or time.monotonic() + pause > deadline
            ):
                raise
        time.sleep(pause)
        pause = min(MAX_PAUSE, pause * 2)


class SQLiteCursorWrapper(base.SQLiteCursorWrapper):
    busy_timeout: float = 20.0

    def execute(self, query: str, params: Any = None) -> Any:
        run = super().execute
        return _retrying(self.connection, self.busy_timeout, lambda: run(query, params))

    def executemany(self, query: str, param_list: Iterable[Any]) -> Any:
        rows = list(param_list)  # a generator could not be replayed
        run = super().executemany
        return _retrying(self.connection, self.busy_timeout, lambda: run(query, rows))


@cache
def _cursor_class(busy_timeout: float) -> type[SQLiteCursorWrapper]:
    return type("SQLiteCursorWrapper", (SQLiteCursorWrapper,), {"busy_timeout": busy_timeout})


class DatabaseWrapper(base.DatabaseWrapper):
    def create_cursor(self, name: str | None = None) -> Any:
        timeout = float(self.settings_dict.get("OPTIONS", {}).get("timeout", 5))
        return self.connection.cursor(factory=_cursor_class(timeout))
