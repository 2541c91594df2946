"""Serve the web app (gunicorn + whitenoise) and the background worker together."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = (
        "Serve TradeGuard on HOST:PORT with gunicorn, one task worker and the deadline "
        "sweeper (run-due every 30 s). Stops all three on Ctrl-C."
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

    def handle(self, *args: Any, **o: Any) -> None:
        exe = [sys.executable, "-m", "tradeguard.cli"]
        gunicorn = [
            sys.executable,
            "-m",
            "gunicorn",
            "tradeguard.wsgi:application",
            "--bind",
            f"{o['host']}:{o['port']}",
            "--workers",
            str(o["web_workers"]),
            "--threads",
            "4",
            "--timeout",
            "120",
            "--access-logfile",
            "-",
        ]
        from tradeguard.common.tasks import task_results_prune_ensure
        from tradeguard.evidence.services import files_collect_ensure

        files_collect_ensure()  # the daily collection of unused files, fired by run-due
        task_results_prune_ensure()  # the daily pruning of finished task rows
        procs: list[subprocess.Popen[bytes]] = [subprocess.Popen(gunicorn)]
        for n in range(o["task_workers"]):
            procs.append(subprocess.Popen([*exe, "worker", "--worker-id", f"worker-{n}"]))
        procs.append(subprocess.Popen([*exe, "run_due", "--every", "30"]))
        self.stdout.write(
            self.style.SUCCESS(f"TradeGuard is serving on http://{o['host']}:{o['port']}/")
        )

        stopping = False

        def stop(signum: int, frame: object) -> None:
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        try:
            while not stopping:
                if any(p.poll() is not None for p in procs):
                    self.stderr.write("a process stopped; shutting down the others")
                    break
                time.sleep(0.5)
        finally:
            for p in procs:
                if p.poll() is None:
                    p.terminate()
            for p in procs:
                try:
                    p.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    p.kill()
