"""Background work through the same tasks API on both queues: the database backend
with `tradeguard worker`'s batch claims, and Redis with django-tasks' RQ backend.

The Redis half needs a server at REDIS_URL (default redis://127.0.0.1:6379/15; the
tests empty that database). It is skipped without one, except in CI (`.ci/run`
starts redis-server), where a missing server fails the run."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.core import mail

from tradeguard.accounts.tests.factories import buyer
from tradeguard.common import clock
from tradeguard.common.enums import TimerStatus
from tradeguard.common.models import Timer
from tradeguard.common.tasks import ping
from tradeguard.common.timers import timer_handler, timer_schedule, timers_sweep
from tradeguard.notifications.models import Notification
from tradeguard.notifications.services import notify

pytestmark = pytest.mark.django_db
REDIS_URL = os.environ.get("TRADEGUARD_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
fired: list[int] = []


@timer_handler("test.queue")
def _fired(aggregate_id: int) -> str:
    fired.append(aggregate_id)
    return "fired"


def _redis_answers() -> bool:
    try:
        import redis

        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except Exception:
        return False


@pytest.fixture(params=["database", "rq"])
def run_worker(
    request: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[], None]]:
    """Switch the task backend and return a function that works the queue empty."""
    fired.clear()
    if request.param == "database":
        settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
        from tradeguard.common.management.commands import worker as command
        from tradeguard.common.management.commands.worker import BatchWorker

        # In-process, inside the test's transaction: keep the connection open.
        monkeypatch.setattr(command, "close_old_connections", lambda: None)

        def work() -> None:
            BatchWorker(
                queue_names=["default"],
                interval=0,
                batch=True,
                backend_name="default",
                startup_delay=False,
                max_tasks=None,
                worker_id="test",
                excluded_queue_names=[],
            ).run()

        yield work
        return
    if not _redis_answers():
        if os.environ.get("CI") or "TRADEGUARD_TEST_REDIS_URL" in os.environ:
            # .ci/run names its Redis server: there a missing server fails, never skips.
            pytest.fail(f"these tests run on Redis, but nothing answers at {REDIS_URL}")
        pytest.skip(f"no Redis server at {REDIS_URL} (set TRADEGUARD_TEST_REDIS_URL)")
    import django_rq
    import redis
    from django_tasks_rq.backend import Job
    from rq.worker import SimpleWorker

    redis.Redis.from_url(REDIS_URL).flushdb()
    settings.RQ_QUEUES = {"default": {"URL": REDIS_URL}}
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend"}}

    def work() -> None:
        worker = django_rq.get_worker("default", worker_class=SimpleWorker, job_class=Job)
        worker.work(burst=True, with_scheduler=True)

    yield work
    redis.Redis.from_url(REDIS_URL).flushdb()


def test_a_task_runs_and_its_result_is_kept(run_worker: Callable[[], None]) -> None:
    result = ping.enqueue(7)
    run_worker()
    done = ping.get_result(result.id)
    assert done.status == "SUCCESSFUL"
    assert done.return_value == 7


def test_notification_emails_go_out_through_the_queue(
    run_worker: Callable[[], None], django_capture_on_commit_callbacks: Any
) -> None:
    someone = buyer()
    with django_capture_on_commit_callbacks(execute=True):
        notify(recipients=[someone], kind="dispute.reminder", subject="Respond", body="Soon.")
    assert mail.outbox == []  # queued, not sent inline
    run_worker()
    assert [m.to for m in mail.outbox] == [[someone.email]]
    assert Notification.objects.get(recipient=someone).emailed_at is not None


def test_a_deadline_falling_due_is_fired_by_a_worker(
    run_worker: Callable[[], None], django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        timer = timer_schedule(kind="test.queue", aggregate_id=3, due_at=clock.now())
    run_worker()
    timer.refresh_from_db()
    assert timer.status == TimerStatus.DONE
    assert fired == [3]


def test_the_sweeper_hands_unqueued_deadlines_to_the_workers(
    run_worker: Callable[[], None], django_capture_on_commit_callbacks: Any
) -> None:
    """Timers written before the queue existed (or whose task was lost) are queued by
    the sweep and fired by a worker, once."""
    now = clock.now()
    for n in (1, 2):
        timer_schedule(kind="test.queue", aggregate_id=n, due_at=now - dt.timedelta(seconds=n))
    later = timer_schedule(kind="test.queue", aggregate_id=9, due_at=now + dt.timedelta(days=3))
    Timer.objects.update(queued_at=None)
    with django_capture_on_commit_callbacks(execute=True):
        assert timers_sweep(now) == 2  # the one in three days stays a row
    run_worker()
    run_worker()
    assert sorted(fired) == [1, 2]
    later.refresh_from_db()
    assert later.status == TimerStatus.PENDING
    assert later.queued_at is None


def test_a_claim_marks_each_task_running_for_this_worker_and_keeps_its_history(
    settings: Any,
) -> None:
    """A claim takes ready tasks in one transaction; a task another worker had claimed
    before (then handed back) keeps that worker in its history after the new one."""
    from django_tasks_db.models import DBTaskResult

    from tradeguard.common.management.commands.worker import BatchWorker

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    fresh = [ping.enqueue(n).id for n in range(3)]
    handed_back = ping.enqueue(9).id
    DBTaskResult.objects.filter(pk=handed_back).update(worker_ids=["earlier"])
    worker = BatchWorker(
        claim=10,
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="this",
        excluded_queue_names=[],
    )
    claimed = []
    while batch := worker.claim():  # SQLite claims one at a time, PostgreSQL all four
        claimed += batch
    assert sorted(str(r.pk) for r in claimed) == sorted(str(pk) for pk in [*fresh, handed_back])
    rows = {str(r.pk): r for r in DBTaskResult.objects.all()}
    assert all(r.status == "RUNNING" and r.started_at is not None for r in rows.values())
    assert [rows[str(pk)].worker_ids for pk in fresh] == [["this"]] * 3
    assert rows[str(handed_back)].worker_ids == ["earlier", "this"]
