"""Background work at scale (issue 15): the task worker's throughput with one and two
processes, what a claim costs with a year of pending deadlines, and how fast
`run-due` fires timers.

    DATABASE_URL=postgres://tradeguard:tradeguard@127.0.0.1:5432/tg_scale_scratch \\
        .venv/bin/python benchmarks/scale/background.py

Use a scratch database seeded by seed.py (--disputes 1000 is enough): it adds timers
and tasks and fires reminders. Prints a markdown table and writes
benchmarks/scale/background.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _setup() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tradeguard.settings")
    os.environ["TASK_BACKEND"] = "database"
    os.environ.setdefault("DEBUG", "false")
    os.environ.setdefault("SECRET_KEY", "scale-benchmark-not-secret")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()


def _ready_rows(n: int, *, run_after: dt.datetime | None = None) -> list[Any]:
    """`n` ready rows of the ping task, as `ping.enqueue()` writes them (in bulk)."""
    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult, get_date_max

    now = timezone.now()
    return [
        DBTaskResult(
            id=uuid.uuid4(),
            status="READY",
            enqueued_at=now,
            args_kwargs={"args": [i], "kwargs": {}},
            priority=0,
            task_path="tradeguard.common.tasks.ping",
            queue_name="default",
            backend_name="default",
            run_after=run_after or get_date_max(),
            exception_class_path="",
            traceback="",
        )
        for i in range(n)
    ]


def _drain(workers: int, tasks: int, command: list[str]) -> dict[str, float]:
    """Queue `tasks` pings, start `workers` worker processes in batch mode and let them
    empty the queue. Returns tasks per second over the whole drain (first claim to last
    result) and over the window in which every worker was running (the latest first
    claim to the earliest last result): workers import Django for about two seconds
    each, competing for the cores, so the first one starts alone and the last one ends
    alone, and on a short drain that edge weighs on the whole-drain rate."""
    from django.db.models import Count, Max, Min
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.filter(task_path="tradeguard.common.tasks.ping").delete()
    DBTaskResult.objects.bulk_create(_ready_rows(tasks), batch_size=2000)
    env = dict(os.environ)
    procs = [
        subprocess.Popen(
            [*command, "--worker-id", f"bench-{i}"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for i in range(workers)
    ]
    for proc in procs:
        proc.wait()
    done = DBTaskResult.objects.filter(
        task_path="tradeguard.common.tasks.ping", status="SUCCESSFUL"
    )
    ran = done.aggregate(n=Count("id"), first=Min("started_at"), last=Max("finished_at"))
    if ran["n"] != tasks:
        raise SystemExit(f"only {ran['n']} of {tasks} tasks ran")
    spans = [
        done.filter(worker_ids__contains=[f"bench-{i}"]).aggregate(
            first=Min("started_at"), last=Max("finished_at")
        )
        for i in range(workers)
    ]
    if any(span["first"] is None for span in spans):
        raise SystemExit("a worker ran no task: make --tasks larger")
    start, end = max(s["first"] for s in spans), min(s["last"] for s in spans)
    in_window = done.filter(finished_at__gte=start, finished_at__lte=end).count()
    return {
        "whole": tasks / (ran["last"] - ran["first"]).total_seconds(),
        "all_running": in_window / (end - start).total_seconds(),
    }


def _startup(command: list[str]) -> float:
    """Seconds a worker needs to start and find an empty queue (subtracted)."""
    start = time.perf_counter()
    subprocess.run(
        [*command, "--worker-id", "bench-empty"],
        env=dict(os.environ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )
    return time.perf_counter() - start


def _claim_ms(far_future: int) -> float:
    """The worker's claim query with `far_future` deferred tasks in the queue (what the
    old design left there: one per pending deadline) and one task ready to run."""
    from django.db import connection, transaction
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.all().delete()
    future = dt.datetime.now(dt.UTC) + dt.timedelta(days=10)
    if far_future:
        DBTaskResult.objects.bulk_create(_ready_rows(far_future, run_after=future), batch_size=5000)
    DBTaskResult.objects.bulk_create(_ready_rows(1))
    with connection.cursor() as cursor:
        cursor.execute('ANALYZE "django_tasks_database_dbtaskresult"')
    timings = []
    for _ in range(20):
        start = time.perf_counter()
        with transaction.atomic():
            found = DBTaskResult.objects.ready().filter(backend_name="default").get_locked()
        timings.append((time.perf_counter() - start) * 1000)
        assert found is not None
    DBTaskResult.objects.all().delete()
    timings.sort()
    return timings[len(timings) // 2]


def _run_due_rate(kind: str, aggregate_ids: list[int]) -> float:
    from tradeguard.common import clock
    from tradeguard.common.models import Timer
    from tradeguard.common.timers import run_due

    now = clock.now()
    due = now - dt.timedelta(minutes=5)
    Timer.objects.bulk_create(
        [Timer(kind=kind, aggregate_id=pk, due_at=due, queued_at=due) for pk in aggregate_ids],
        ignore_conflicts=True,
    )
    start = time.perf_counter()
    fired = run_due(now)
    elapsed = time.perf_counter() - start
    return len(fired) / elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, default=10_000, help="ping tasks per worker")
    parser.add_argument(
        "--repeat", type=int, default=3, help="one- and two-worker drains; the median counts"
    )
    parser.add_argument("--timers", type=int, default=1500, help="timers per run-due run")
    parser.add_argument("--pending", type=int, default=65_000, help="far-future tasks")
    parser.add_argument(
        "--worker",
        default="db_worker",
        help="the worker command: db_worker (django-tasks-db) or worker (TradeGuard's)",
    )
    parser.add_argument("--json", default=str(ROOT / "benchmarks" / "scale" / "background.json"))
    args = parser.parse_args(argv)
    _setup()
    from tradeguard.common.timers import timer_handler
    from tradeguard.disputes.enums import DisputeStatus
    from tradeguard.disputes.models import Dispute

    results: dict[str, Any] = {"worker_command": args.worker}
    results["claim_ms_without_far_future_tasks"] = round(_claim_ms(0), 2)
    results["claim_ms_with_far_future_tasks"] = round(_claim_ms(args.pending), 2)
    command = [
        str(ROOT / ".venv" / "bin" / "tradeguard"),
        args.worker,
        "--batch",
        "--no-startup-delay",
        "--interval",
        "0",
        "--no-reload",
        "--verbosity",
        "0",
    ]
    startup = _startup(command)
    results["worker_startup_s"] = round(startup, 2)
    _drain(1, 2000, command)  # warm-up: caches, and the table's first dead rows
    runs = []
    for _ in range(args.repeat):
        one = _drain(1, args.tasks, command)
        two = _drain(2, 2 * args.tasks, command)
        runs.append((two["all_running"] / one["all_running"], one, two))
    ratio, one, two = sorted(runs, key=lambda run: run[0])[len(runs) // 2]  # the median run
    results["tasks_per_s_one_worker"] = round(one["all_running"], 1)
    results["tasks_per_s_two_workers"] = round(two["all_running"], 1)
    results["two_over_one"] = round(ratio, 2)
    results["two_over_one_each_run"] = ", ".join(f"{run[0]:.2f}" for run in runs)
    results["two_over_one_whole_drain"] = round(two["whole"] / one["whole"], 2)

    @timer_handler("bench.noop")
    def _noop(aggregate_id: int) -> str:
        return "noop"

    results["run_due_timers_per_s_noop"] = round(
        _run_due_rate("bench.noop", list(range(1, args.timers + 1))), 1
    )
    # A real handler: the supplier's response reminder (re-reads the case, writes an
    # event, notifies the supplier's members and queues their e-mails).
    waiting = list(
        Dispute.objects.filter(status=DisputeStatus.AWAITING_RESPONSE).values_list("pk", flat=True)[
            : args.timers
        ]
    )
    results["run_due_disputes"] = len(waiting)
    results["run_due_timers_per_s_response_reminder"] = round(
        _run_due_rate("dispute.response_reminder", waiting), 1
    )
    lines = ["| measure | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in results.items()]
    print("\n".join(lines))
    Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
