"""Tasks of the common app: firing a deadline timer, a no-op for health checks and
the worker benchmark, and the daily pruning of finished task rows (a timer chain that
`tradeguard serve` starts, like the file collection)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django_tasks import task

from tradeguard.common import clock
from tradeguard.common.timers import (
    timer_ensure,
    timer_fire_retrying,
    timer_handler,
    timer_schedule,
)


@task()
def fire_timer(timer_id: int) -> str:
    timer = timer_fire_retrying(timer_id)
    return "skipped" if timer is None else f"{timer.status}: {timer.outcome}"


@task()
def ping(value: int = 0) -> int:
    """Does nothing: a health check of the queue and `benchmarks/scale/background.py`."""
    return value


TIMER_PRUNE = "common.task_results_prune"
PRUNE_AT = dt.time(4, 0)
# Finished (successful or failed) task rows are kept this long for inspection.
TASK_RESULTS_KEEP = dt.timedelta(days=int(getattr(settings, "TRADEGUARD_TASK_RESULTS_DAYS", 7)))


def task_results_prune(now: dt.datetime | None = None) -> int:
    """Delete finished rows of the database task backend older than TASK_RESULTS_KEEP
    (the queue's index covers ready rows only, but the table should not grow for ever).
    Returns how many went; 0 with another backend."""
    from django.apps import apps

    if not apps.is_installed("django_tasks_db"):
        return 0
    from django_tasks_db.models import DBTaskResult

    cutoff = (now or clock.now()) - TASK_RESULTS_KEEP
    deleted, _ = DBTaskResult.objects.finished().filter(finished_at__lt=cutoff).delete()
    return int(deleted)


def task_results_prune_ensure() -> None:
    """Keep one daily pruning scheduled (`tradeguard serve` calls it)."""
    timer_ensure(kind=TIMER_PRUNE, due_at=clock.tomorrow_at(clock.now(), PRUNE_AT))


@timer_handler(TIMER_PRUNE)
def _prune_daily(_: int = 0) -> str:
    removed = task_results_prune()
    timer_schedule(
        kind=TIMER_PRUNE, aggregate_id=0, due_at=clock.tomorrow_at(clock.now(), PRUNE_AT)
    )
    return f"removed {removed} finished task row(s)"
