from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from io import StringIO
from typing import Any

import pytest
import time_machine
from django.core.management import call_command
from django.core.management.base import CommandError

from tradeguard.common import clock
from tradeguard.common.enums import TimerStatus
from tradeguard.common.models import Timer
from tradeguard.common.timers import (
    LOOKAHEAD,
    SAFETY_GRACE,
    run_due,
    timer_handler,
    timer_schedule,
    timers_sweep,
)

pytestmark = pytest.mark.django_db
T0 = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
calls: list[tuple[int, dt.datetime]] = []


@timer_handler("test.record")
def _record(aggregate_id: int) -> str:
    calls.append((aggregate_id, clock.now()))
    return f"recorded {aggregate_id}"


@timer_handler("test.chain")
def _chain(aggregate_id: int) -> str:
    """Schedules the next link one day later, up to three links."""
    calls.append((aggregate_id, clock.now()))
    if aggregate_id < 3:
        timer_schedule(
            kind="test.chain",
            aggregate_id=aggregate_id + 1,
            due_at=clock.now() + dt.timedelta(days=1),
        )
    return "linked"


@timer_handler("test.boom")
def _boom(aggregate_id: int) -> str:
    raise RuntimeError("handler failed")


@pytest.fixture(autouse=True)
def _reset() -> Iterator[None]:
    """Every test here runs at T0: `run_due` plays a handler out as of its due time only
    while that is later than the (travelled) real time."""
    calls.clear()
    with time_machine.travel(T0, tick=False):
        yield


def test_fires_only_what_is_due_in_order_and_once() -> None:
    timer_schedule(kind="test.record", aggregate_id=2, due_at=T0 + dt.timedelta(hours=2))
    timer_schedule(kind="test.record", aggregate_id=1, due_at=T0 + dt.timedelta(hours=1))
    timer_schedule(kind="test.record", aggregate_id=3, due_at=T0 + dt.timedelta(days=5))
    fired = run_due(T0 + dt.timedelta(hours=3))
    assert [t.aggregate_id for t in fired] == [1, 2]
    # Each handler ran as of its own due time.
    assert calls == [(1, T0 + dt.timedelta(hours=1)), (2, T0 + dt.timedelta(hours=2))]
    assert run_due(T0 + dt.timedelta(hours=3)) == []  # idempotent
    assert Timer.objects.get(aggregate_id=3).status == TimerStatus.PENDING


def test_scheduling_twice_creates_one_timer() -> None:
    timer_schedule(kind="test.record", aggregate_id=1, due_at=T0)
    timer_schedule(kind="test.record", aggregate_id=1, due_at=T0)
    assert Timer.objects.count() == 1


def test_chains_scheduled_inside_the_window_play_out() -> None:
    timer_schedule(kind="test.chain", aggregate_id=1, due_at=T0)
    run_due(T0 + dt.timedelta(days=10))
    assert [c[0] for c in calls] == [1, 2, 3]
    assert calls[2][1] == T0 + dt.timedelta(days=2)


def test_a_failing_handler_is_recorded_and_does_not_stop_the_run() -> None:
    timer_schedule(kind="test.boom", aggregate_id=1, due_at=T0)
    timer_schedule(kind="test.record", aggregate_id=2, due_at=T0 + dt.timedelta(minutes=1))
    run_due(T0 + dt.timedelta(hours=1))
    failed = Timer.objects.get(kind="test.boom")
    assert failed.status == TimerStatus.FAILED
    assert "handler failed" in failed.outcome
    assert Timer.objects.get(kind="test.record").status == TimerStatus.DONE


def test_unknown_kind_is_a_programming_error() -> None:
    with pytest.raises(RuntimeError, match="no handler"):
        timer_schedule(kind="nope", aggregate_id=1, due_at=T0)


def test_run_due_command() -> None:
    timer_schedule(kind="test.record", aggregate_id=7, due_at=T0)
    out = StringIO()
    call_command("run_due", "--as-of", "2026-12-01T10:00:00Z", stdout=out, stderr=StringIO())
    assert "1 timer(s) fired" in out.getvalue()
    assert calls[0][0] == 7


@pytest.mark.parametrize("value", ["tomorrow", "2026-12-01T10:00:00"])
def test_run_due_rejects_bad_instants(value: str) -> None:
    with pytest.raises(CommandError, match="--as-of"):
        call_command("run_due", "--as-of", value)


# --- the sweeper: timers become tasks only shortly before they fall due -------------

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def db_queue(settings: Any) -> Any:
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = DB_TASKS
    return DBTaskResult.objects


def test_deadlines_far_ahead_put_nothing_in_the_task_queue(
    db_queue: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        for i in range(200):
            timer_schedule(
                kind="test.record", aggregate_id=i, due_at=T0 + dt.timedelta(hours=i + 1)
            )
    assert db_queue.count() == 0  # the old design queued 200 far-future tasks here
    assert timers_sweep(T0) == 0


def test_the_sweep_queues_what_falls_due_soon_once(
    db_queue: Any, django_capture_on_commit_callbacks: Any
) -> None:
    due = T0 + dt.timedelta(hours=3)
    timer_schedule(kind="test.record", aggregate_id=1, due_at=due)
    timer_schedule(kind="test.record", aggregate_id=2, due_at=due + dt.timedelta(days=2))
    with django_capture_on_commit_callbacks(execute=True):
        assert timers_sweep(due - LOOKAHEAD - dt.timedelta(seconds=1)) == 0
        assert timers_sweep(due - dt.timedelta(seconds=30)) == 1
        assert timers_sweep(due - dt.timedelta(seconds=10)) == 0  # queued already
    [task] = db_queue.all()
    assert task.args_kwargs["args"] == [Timer.objects.get(aggregate_id=1).pk]
    assert task.run_after == due  # the worker picks it up when it falls due


def test_a_deadline_due_soon_is_queued_when_it_is_written(
    db_queue: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        timer_schedule(kind="test.record", aggregate_id=1, due_at=T0 + dt.timedelta(seconds=30))
    assert db_queue.count() == 1
    assert Timer.objects.get(aggregate_id=1).queued_at == T0


def test_a_lost_task_is_queued_again_and_the_safety_net_fires_it(
    db_queue: Any, django_capture_on_commit_callbacks: Any
) -> None:
    timer = timer_schedule(kind="test.record", aggregate_id=5, due_at=T0)
    Timer.objects.filter(pk=timer.pk).update(queued_at=T0 - dt.timedelta(minutes=1))
    later = T0 + SAFETY_GRACE + dt.timedelta(seconds=1)
    with time_machine.travel(later, tick=False), django_capture_on_commit_callbacks(execute=True):
        assert timers_sweep(later) == 1  # its task never ran: queue it again
        fired = run_due(later - SAFETY_GRACE)  # what `run-due --every` does each tick
    assert [t.aggregate_id for t in fired] == [5]


def test_the_sweeper_command_queues_and_fires(db_queue: Any) -> None:
    timer_schedule(kind="test.record", aggregate_id=9, due_at=T0 - dt.timedelta(minutes=5))
    timer_schedule(kind="test.record", aggregate_id=10, due_at=T0 + dt.timedelta(seconds=90))
    Timer.objects.update(queued_at=None)  # e.g. written before the worker's queue existed
    out = StringIO()

    import threading

    import tradeguard.common.management.commands.run_due as command

    class OneRound(threading.Event):
        def wait(self, timeout: float | None = None) -> bool:
            raise KeyboardInterrupt  # stop after the first round

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(command.threading, "Event", OneRound)
        with pytest.raises(KeyboardInterrupt):
            call_command("run_due", "--every", "30", stdout=out, stderr=StringIO())
    # Both are queued for the workers; the one long overdue is also fired right here.
    assert "2 timer(s) queued, 1 fired" in out.getvalue()
    assert [c[0] for c in calls] == [9]


def test_finished_task_rows_are_pruned_after_a_week(db_queue: Any) -> None:
    from django_tasks_db.models import DBTaskResult

    from tradeguard.common.tasks import ping, task_results_prune

    for age_days in (8, 1):
        result = ping.enqueue(age_days)
        row = DBTaskResult.objects.get(pk=result.id)
        row.status = "SUCCESSFUL"
        row.finished_at = T0 - dt.timedelta(days=age_days)
        row.save()
    ping.enqueue(0)  # ready: never pruned
    assert task_results_prune(T0) == 1
    assert sorted(r.args_kwargs["args"][0] for r in DBTaskResult.objects.all()) == [0, 1]
