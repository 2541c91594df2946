from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.core.management.base import CommandError

from tradeguard.common import clock
from tradeguard.common.enums import TimerStatus
from tradeguard.common.models import Timer
from tradeguard.common.timers import run_due, timer_handler, timer_schedule

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
