"""Tests that drive a real server process: `tradeguard serve` (or gunicorn alone) in a
subprocess, on its own database of the suite's kind (SQLite, or PostgreSQL when the
suite runs on it), seeded with the demo data.

    def test_something(served):              # the root conftest.py loads the fixtures
        server = served()                     # `tradeguard serve` on a fresh copy
        token = server.token("buyer@demo.tradeguard.test")
        status, body, headers = server.request("GET", "/api/v1/me", token=token)

The session builds one migrated, seeded database (about twenty seconds); every test gets a
copy of it (a file copy on SQLite, `CREATE DATABASE ... TEMPLATE` on PostgreSQL), so
tests never see each other's writes.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest

DEMO_PASSWORD = "demo-pass-2026"
STARTUP_TIMEOUT = 90.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _suite_database_url() -> str | None:
    """The suite's PostgreSQL server URL (any database), or None on SQLite."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    s = connection.settings_dict
    return f"postgres://{s['USER']}:{s['PASSWORD']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/postgres"


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def _pg_admin(url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(_with_database(url, "postgres"), autocommit=True) as conn:
        conn.execute(sql.encode())


@dataclass
class ServedDatabase:
    """A migrated, demo-seeded database and data directory for server processes."""

    vendor: str
    data_dir: Path
    url: str
    pg_server: str | None = None
    copies: list[str] = field(default_factory=list)

    def env(self) -> dict[str, str]:
        return base_env(self.data_dir, self.url)

    def copy(self, target: Path) -> ServedDatabase:
        shutil.copytree(self.data_dir, target, ignore=shutil.ignore_patterns("*.sqlite3-*"))
        if self.vendor == "postgresql":
            assert self.pg_server is not None
            name = f"{urlsplit(self.url).path.strip('/')}_{uuid.uuid4().hex[:8]}"
            _pg_admin(
                self.pg_server,
                f'CREATE DATABASE "{name}" TEMPLATE "{urlsplit(self.url).path.strip("/")}"',
            )
            self.copies.append(name)
            return ServedDatabase(
                "postgresql", target, _with_database(self.url, name), pg_server=self.pg_server
            )
        return ServedDatabase("sqlite", target, f"sqlite:///{target / 'tradeguard.sqlite3'}")

    def connect(self) -> Any:
        """A DB-API connection to this database (for checks a test makes directly)."""
        if self.vendor == "postgresql":
            import psycopg

            return psycopg.connect(self.url, autocommit=True)
        import sqlite3

        return sqlite3.connect(urlsplit(self.url).path, timeout=30, isolation_level=None)

    def drop(self) -> None:
        if self.vendor != "postgresql" or self.pg_server is None:
            return
        for name in [*self.copies, urlsplit(self.url).path.strip("/")]:
            with contextlib.suppress(Exception):
                _pg_admin(self.pg_server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def base_env(data_dir: Path, url: str, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTEST", "DJANGO_", "TRADEGUARD_", "COV_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="tradeguard.settings",
        TRADEGUARD_DATA_DIR=str(data_dir),
        MEDIA_ROOT=str(data_dir / "media"),
        DATABASE_URL=url,
        DEBUG="true",
        SECRET_KEY="test-secret-key-for-the-served-database",
        TASK_BACKEND="database",
        PYTHONUNBUFFERED="1",
        LOG_LEVEL="INFO",
    )
    env.update(extra)
    return env


def tradeguard(*args: str, env: dict[str, str], timeout: float = 300) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "tradeguard.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise AssertionError(f"tradeguard {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def build_database(root: Path) -> ServedDatabase:
    data_dir = root / "template"
    data_dir.mkdir(parents=True)
    pg = _suite_database_url()
    if pg is not None:
        name = f"tg_served_{uuid.uuid4().hex[:10]}"
        _pg_admin(pg, f'CREATE DATABASE "{name}"')
        db = ServedDatabase("postgresql", data_dir, _with_database(pg, name), pg_server=pg)
    else:
        db = ServedDatabase("sqlite", data_dir, f"sqlite:///{data_dir / 'tradeguard.sqlite3'}")
    env = db.env()
    tradeguard("migrate", "--noinput", "-v0", env=env)
    tradeguard("demo", env=env)
    if db.vendor == "sqlite":  # one file to copy: fold the WAL into the database
        with contextlib.closing(db.connect()) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


@pytest.fixture(scope="session")
def served_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedDatabase]:
    """One migrated, demo-seeded database for the session's server processes."""
    db = build_database(tmp_path_factory.mktemp("served"))
    try:
        yield db
    finally:
        db.drop()


class Server:
    """A server process on a copy of the served database."""

    def __init__(self, db: ServedDatabase, argv: list[str], env: dict[str, str]) -> None:
        self.db = db
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = db.data_dir / f"server-{self.port}.log"
        self.argv = [a.replace("{port}", str(self.port)) for a in argv]
        self._log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            self.argv, env=env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def wait_ready(self, path: str = "/login/", timeout: float = STARTUP_TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"the server stopped at startup:\n{self.log()}")
            with contextlib.suppress(OSError):
                if self.request("GET", path, timeout=5)[0] < 500:
                    return
            time.sleep(0.3)
        raise AssertionError(f"the server did not answer within {timeout} s:\n{self.log()}")

    def log(self) -> str:
        if not self._log.closed:
            self._log.flush()
        return self.log_path.read_text(errors="replace")

    def wait_for_log(self, pattern: str, timeout: float = 30.0) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = re.search(pattern, self.log())
            if found:
                return found
            time.sleep(0.2)
        raise AssertionError(f"{pattern!r} not in the server's log:\n{self.log()}")

    def request(
        self,
        method: str,
        path: str,
        *,
        body: bytes | str | dict[str, Any] | None = None,
        token: str | None = None,
        headers: dict[str, str] | None = None,
        timeout: float = 60,
        busy_retries: int = 0,
    ) -> tuple[int, bytes, dict[str, str]]:
        """One request; with `busy_retries`, a 503 that carries Retry-After is sent
        again after the pause it names, as a well-behaved client does (the server's
        own background work can hold the database for a moment)."""
        for _ in range(busy_retries):
            status, data, got = self._request_once(method, path, body, token, headers, timeout)
            if status != 503 or "retry-after" not in got:
                return status, data, got
            time.sleep(float(got["retry-after"]))
        return self._request_once(method, path, body, token, headers, timeout)

    def _request_once(
        self,
        method: str,
        path: str,
        body: bytes | str | dict[str, Any] | None,
        token: str | None,
        headers: dict[str, str] | None,
        timeout: float,
    ) -> tuple[int, bytes, dict[str, str]]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        sent = dict(headers or {})
        if isinstance(body, dict):
            body = json.dumps(body)
            sent.setdefault("Content-Type", "application/json")
        if token:
            sent["Authorization"] = f"Bearer {token}"
        try:
            conn.request(method, path, body=body, headers=sent)
            response = conn.getresponse()
            return (
                response.status,
                response.read(),
                {k.lower(): v for k, v in response.getheaders()},
            )
        finally:
            conn.close()

    def json(self, method: str, path: str, **kwargs: Any) -> tuple[int, Any]:
        status, body, _ = self.request(method, path, **kwargs)
        try:
            return status, json.loads(body) if body else None
        except ValueError:
            return status, body.decode(errors="replace")

    def token(self, email: str, password: str = DEMO_PASSWORD) -> str:
        status, body = self.json(
            "POST",
            "/api/v1/auth/token",
            body={"email": email, "password": password},
            busy_retries=5,
        )
        assert status == 201, (status, body)
        return str(body["token"])

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self._log.close()
        return int(self.proc.returncode)

    def kill_group(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)


@pytest.fixture
def database_copy(served_database: ServedDatabase, tmp_path: Path) -> Iterator[ServedDatabase]:
    """A fresh copy of the served database (and its data folder) with no server on it,
    for commands a test runs itself; dropped after the test on PostgreSQL."""
    db = served_database.copy(tmp_path / "copy")
    try:
        yield db
    finally:
        db.drop()


@pytest.fixture
def served(served_database: ServedDatabase, tmp_path: Path) -> Iterator[Callable[..., Server]]:
    """`served(command="serve", **env)` starts a server on a fresh copy of the served
    database and waits until it answers; every server is stopped after the test.
    `command="gunicorn"` runs the web server alone (as in production)."""
    servers: list[Server] = []

    def start(command: str = "serve", args: tuple[str, ...] = (), **env: str) -> Server:
        db = served_database.copy(tmp_path / f"data{len(servers)}")
        if command == "gunicorn":
            argv = [
                sys.executable,
                "-m",
                "gunicorn",
                "tradeguard.wsgi:application",
                "--bind",
                "127.0.0.1:{port}",
                "--workers",
                "2",
                "--threads",
                "8",
                "--no-control-socket",
            ]
        else:
            argv = [
                sys.executable,
                "-m",
                "tradeguard.cli",
                "serve",
                "--port",
                "{port}",
                "--run-due-every",
                "1",
            ]
        server = Server(db, [*argv, *args], base_env(db.data_dir, db.url, **env))
        servers.append(server)
        server.wait_ready()
        return server

    try:
        yield start
    finally:
        for server in servers:
            server.stop()
            server.kill_group()
        for server in servers:
            server.db.drop()
