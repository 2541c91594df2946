from __future__ import annotations

import datetime as dt
import logging
import signal
import threading
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError, close_old_connections
from django.utils.dateparse import parse_datetime

from tradeguard.common import clock
from tradeguard.common.models import Timer
from tradeguard.common.timers import SAFETY_GRACE, defers, run_due, timers_sweep

log = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Run every deadline timer that is due up to an instant (default: now). With "
        "--every, keep sweeping: queue the timers falling due soon as tasks for the "
        "workers and fire whatever they have not fired a minute after its time."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--as-of", help="ISO 8601 datetime with offset, e.g. 2026-12-01T00:00:00Z"
        )
        parser.add_argument(
            "--every",
            type=float,
            default=0,
            help="Keep running as the deadline sweeper: check again every N seconds.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        as_of = self._parse(options["as_of"]) if options["as_of"] else None
        every = options["every"]
        stop = threading.Event()
        if every:
            # `tradeguard serve` stops its children with SIGTERM; Ctrl-C sends SIGINT.
            # Either ends the loop between rounds (a round in progress finishes its timer).
            for signum in (signal.SIGTERM, signal.SIGINT):
                signal.signal(signum, lambda *_: stop.set())
        while not stop.is_set():
            instant = as_of or clock.now()

            def progress(timer: Timer) -> None:
                self.stderr.write(f"  fired {timer}: {timer.outcome}")

            if not every:
                fired = run_due(instant, progress=progress)
                self.stdout.write(f"{len(fired)} timer(s) fired up to {instant.isoformat()}")
                return
            try:
                queued = timers_sweep(instant)
                # The safety net: workers fire queued timers on time; whatever is still
                # pending a grace period later (no worker, a lost task) is fired here.
                grace = SAFETY_GRACE if defers() else dt.timedelta(0)
                fired = run_due(instant - grace, progress=progress, stop=stop.is_set)
            except DatabaseError:
                # Retried with backoff already (common.db); the next round tries again.
                log.exception("run-due: this round failed; trying again in %s s", every)
                close_old_connections()
            else:
                if queued or fired:
                    self.stdout.write(
                        f"{queued} timer(s) queued, {len(fired)} fired at {instant.isoformat()}"
                    )
            stop.wait(every)

    @staticmethod
    def _parse(raw: str) -> dt.datetime:
        value = parse_datetime(raw)
        if value is None:
            raise CommandError(f"--as-of: {raw!r} is not an ISO 8601 datetime")
        if value.tzinfo is None:
            raise CommandError("--as-of: give a time zone offset, e.g. 2026-12-01T00:00:00Z")
        return value.astimezone(dt.UTC)
