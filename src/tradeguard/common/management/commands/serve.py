"""Serve the web app (gunicorn + whitenoise) and the background work together, and keep
them running: a child that stops is started again after a pause that doubles while it
keeps failing (1 s, 2 s, 4 s... at most a minute), and the others carry on meanwhile.
Ctrl-C (or SIGTERM) stops all of them."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from tradeguard.common.lifeline import PARENT_ENV, kernel_parent_death_signal

# A child that ran this long before stopping is restarted at once (its backoff resets).
STABLE_AFTER = 60.0
FIRST_BACKOFF = 1.0
MAX_BACKOFF = 60.0
# How long children get to finish after SIGTERM before they are killed.
STOP_GRACE = 15.0
POLL = 0.25


def is_loopback(host: str) -> bool:
    name = host.strip("[]")
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def local_base_url(host: str, port: int) -> str:
    """The address a browser on this machine opens for ``serve --host host --port port``."""
    name = host.strip("[]")
    return f"http://[{name}]:{port}" if ":" in name else f"http://{name}:{port}"


def settle_base_url(host: str, port: int) -> None:
    """Links in emails, notices and statements start with TRADEGUARD_BASE_URL.

    On a loopback address with no TRADEGUARD_BASE_URL in the environment, the children
    get this server's own address (``make run PORT=9000`` links to port 9000, not to
    the default 8000). On any other address a base URL that still names a loopback
    host is refused: every link would open on the reader's own machine.
    """
    if is_loopback(host):
        if not os.environ.get("TRADEGUARD_BASE_URL"):
            os.environ["TRADEGUARD_BASE_URL"] = local_base_url(host, port)
        return
    configured = str(settings.TRADEGUARD_BASE_URL)
    if is_loopback(urlsplit(configured).hostname or "localhost"):
        raise CommandError(
            f"Refusing to serve on {host}: TRADEGUARD_BASE_URL is {configured}, so the "
            "links in emails, notices and statements would open on each reader's own "
            "machine. Set TRADEGUARD_BASE_URL to the address people use, e.g. "
            "https://tradeguard.example.com."
        )


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """Own process group (Ctrl-C reaches only `serve`, which stops the children in
    order), and on Linux a SIGTERM when `serve` itself dies, so no child outlives it.
    The tradeguard children also watch for it themselves (TRADEGUARD_PARENT_PID, read by
    tradeguard.cli), which covers other systems and a `serve` that died before this ran."""
    os.setpgid(0, 0)
    kernel_parent_death_signal(signal.SIGTERM)


@dataclass
class Child:
    name: str
    argv: list[str]
    proc: subprocess.Popen[bytes] | None = None
    started_at: float = 0.0
    failures: int = 0
    restart_at: float = 0.0
    restarts: int = field(default=0)
    # A tradeguard command (not gunicorn): it watches for serve's death itself too.
    watches: bool = False

    def start(self, now: float) -> None:
        env = {**os.environ, PARENT_ENV: str(os.getpid())} if self.watches else None
        self.proc = subprocess.Popen(self.argv, preexec_fn=_die_with_parent, env=env)
        self.started_at = now

    def backoff(self, ran_for: float) -> float:
        """The pause before the next start: doubling while the child keeps failing soon
        after starting, back to nothing once it had been running for a while."""
        if ran_for >= STABLE_AFTER:
            self.failures = 0
            return 0.0
        delay = min(MAX_BACKOFF, FIRST_BACKOFF * 2**self.failures)
        self.failures += 1
        return delay


class Supervisor:
    def __init__(
        self,
        children: list[Child],
        log: Callable[[str], None],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.children = children
        self.log = log
        self.clock = clock
        self.stopping = False

    def start_all(self) -> None:
        now = self.clock()
        for child in self.children:
            child.start(now)
            self.log(f"started {child.name} (pid {child.proc.pid if child.proc else '?'})")

    def tick(self) -> None:
        """Notice children that stopped and start those whose pause is over."""
        now = self.clock()
        for child in self.children:
            if child.proc is not None:
                code = child.proc.poll()
                if code is None:
                    continue
                delay = child.backoff(now - child.started_at)
                child.proc = None
                child.restart_at = now + delay
                self.log(
                    f"{child.name} stopped ({_exit_text(code)}); starting it again"
                    + (f" in {delay:.0f} s" if delay else "")
                )
            if child.proc is None and now >= child.restart_at and not self.stopping:
                child.start(now)
                child.restarts += 1
                self.log(
                    f"started {child.name} again (pid {child.proc.pid if child.proc else '?'})"
                )

    def stop_all(self, grace: float = STOP_GRACE) -> None:
        running = [c.proc for c in self.children if c.proc is not None and c.proc.poll() is None]
        for proc in running:
            proc.terminate()
        deadline = self.clock() + grace
        for proc in running:
            try:
                proc.wait(timeout=max(0.0, deadline - self.clock()))
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _exit_text(code: int) -> str:
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


class Command(BaseCommand):
    help = (
        "Serve TradeGuard on HOST:PORT with gunicorn, the task worker(s) and the deadline "
        "sweeper (run-due every 30 s), restarting any of them that stops. Ctrl-C stops all."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument(
            "--web-workers", type=int, default=int(os.environ.get("WEB_WORKERS", "2"))
        )
        parser.add_argument(
            "--task-workers", type=int, default=int(os.environ.get("TASK_WORKERS", "1"))
        )
        parser.add_argument(
            "--run-due-every",
            type=float,
            default=float(os.environ.get("RUN_DUE_EVERY", "30")),
            help="seconds between two runs of the deadline safety net",
        )

    def handle(self, *args: Any, **o: Any) -> None:
        host = o["host"]
        if settings.DEBUG and not is_loopback(host):
            raise CommandError(
                f"Refusing to serve on {host} with DEBUG on: debug pages show settings and "
                "the demo logins to anyone who can reach this address. Set DEBUG=false and "
                "SECRET_KEY (and ALLOWED_HOSTS), or serve on 127.0.0.1."
            )
        settle_base_url(host, o["port"])
        if not is_loopback(host):
            from tradeguard.common.demo import demo_logins_active

            published = demo_logins_active()
            if published:
                raise CommandError(
                    f"Refusing to serve on {host}: {len(published)} demo account(s) (e.g. "
                    f"{published[0]}) still sign in with the published demo password. "
                    "Deactivate them (admin → Users) or serve an empty database."
                )
        exe = [sys.executable, "-m", "tradeguard.cli"]
        gunicorn = [
            sys.executable,
            "-m",
            "gunicorn",
            "tradeguard.wsgi:application",
            "--bind",
            f"{host}:{o['port']}",
            "--workers",
            str(o["web_workers"]),
            "--threads",
            "4",
            "--timeout",
            "120",
            "--graceful-timeout",
            str(int(STOP_GRACE) - 5),
            "--access-logfile",
            "-",
            "--no-control-socket",  # one per machine by default: several servers would share it
        ]
        self._ensure_daily_collection()
        children = [Child("web server", gunicorn)]
        children += [
            # --no-reload: with DEBUG on, the worker would otherwise run under Django's
            # autoreloader, as a grandchild that SIGTERM from here never reaches
            # directly (the reloader kills it outright, in the middle of a task).
            Child(
                f"task worker {n}",
                [*exe, "worker", "--no-reload", "--worker-id", f"worker-{n}"],
                watches=True,
            )
            for n in range(o["task_workers"])
        ]
        children.append(
            Child(
                "deadline sweeper",
                [*exe, "run_due", "--every", str(o["run_due_every"])],
                watches=True,
            )
        )
        supervisor = Supervisor(children, self._log)

        def stop(signum: int, frame: object) -> None:
            supervisor.stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        supervisor.start_all()
        self.stdout.write(
            self.style.SUCCESS(f"TradeGuard is serving on http://{host}:{o['port']}/")
        )
        self.stdout.flush()
        try:
            while not supervisor.stopping:
                supervisor.tick()
                time.sleep(POLL)
        finally:
            self._log("stopping")
            supervisor.stop_all()
            self._log("stopped")

    def _ensure_daily_collection(self) -> None:
        from django.db import DatabaseError

        from tradeguard.common.db import retry_transient
        from tradeguard.common.tasks import task_results_prune_ensure
        from tradeguard.evidence.services import files_collect_ensure

        try:
            # the daily collection of unused files and the daily pruning of finished task
            # rows, fired by run-due
            retry_transient(files_collect_ensure, what="scheduling the daily file collection")
            retry_transient(task_results_prune_ensure, what="scheduling the daily task pruning")
        except DatabaseError as exc:
            self._log(
                f"could not schedule the daily file collection ({exc}); it is scheduled at the "
                "next start, or run `tradeguard files-collect` by hand"
            )

    def _log(self, message: str) -> None:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
        self.stderr.write(f"[{stamp} UTC] serve: {message}")
        self.stderr.flush()
