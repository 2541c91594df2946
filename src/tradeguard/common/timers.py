"""Deadlines as data: a Timer row per (kind, object, due time), a registered handler
per kind, and `run_due` to run everything due up to an instant. Handlers re-read
state and return a short outcome; they must be idempotent.

A timer becomes a task only shortly before it falls due: the sweeper (`run-due
--every`, which `tradeguard serve` runs) queues a `fire_timer` task for every timer
due within `LOOKAHEAD` that is not queued yet, and one scheduled that close is queued
when it is written. So the task queue never holds a far-future task per pending
deadline (65k a year at 100k disputes), and a worker's claim costs the same whatever
the number of pending deadlines. The sweeper also fires directly whatever is still
pending `SAFETY_GRACE` after its due time (workers down, a lost task)."""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable

from django.conf import settings
from django.db import transaction
from django.db.models import Q

from tradeguard.common import clock
from tradeguard.common.db import retry_transient
from tradeguard.common.enums import TimerStatus
from tradeguard.common.models import Timer

log = logging.getLogger(__name__)

TimerHandler = Callable[[int], str]
_HANDLERS: dict[str, TimerHandler] = {}

# A handler that keeps scheduling timers already due would loop forever; stop there.
MAX_TIMERS_PER_RUN = 1_000_000
# How far ahead the sweeper queues timers as tasks: more than its interval (30 s in
# `serve`), so every timer is queued before it falls due.
LOOKAHEAD = dt.timedelta(seconds=int(getattr(settings, "TRADEGUARD_TIMER_LOOKAHEAD", 120)))
# A queued timer still pending this long after its due time lost its task (a worker
# crashed, the queue was flushed): the sweeper queues it again and fires it itself.
SAFETY_GRACE = dt.timedelta(seconds=int(getattr(settings, "TRADEGUARD_TIMER_GRACE", 60)))
SWEEP_BATCH = 2000


def timer_handler(kind: str) -> Callable[[TimerHandler], TimerHandler]:
    """Register `fn(aggregate_id) -> outcome` as the handler for timers of `kind`."""

    def register(fn: TimerHandler) -> TimerHandler:
        if kind in _HANDLERS and _HANDLERS[kind] is not fn:
            raise RuntimeError(f"timer kind {kind!r} registered twice")
        _HANDLERS[kind] = fn
        return fn

    return register


def registered_kinds() -> list[str]:
    return sorted(_HANDLERS)


def timer_schedule(*, kind: str, aggregate_id: int, due_at: dt.datetime) -> Timer:
    """Create (once) the timer. One due within LOOKAHEAD is queued as a task after
    commit; later ones are queued by the sweeper when their time comes near."""
    if kind not in _HANDLERS:
        raise RuntimeError(f"no handler registered for timer kind {kind!r}")
    due_at = due_at.astimezone(dt.UTC)
    now = clock.now()
    soon = due_at <= now + LOOKAHEAD and defers()
    timer, created = Timer.objects.get_or_create(
        kind=kind,
        aggregate_id=aggregate_id,
        due_at=due_at,
        defaults={"queued_at": now if soon else None},
    )
    if created and soon:
        transaction.on_commit(lambda: _enqueue([(timer.pk, timer.due_at)]))
    return timer


def timer_ensure(*, kind: str, due_at: dt.datetime, future_only: bool = False) -> None:
    """Schedule a `kind` timer (aggregate 0) at `due_at` unless one is pending already
    (with `future_only`, pending and not yet due): the first link of a chain of
    recurring runs whose handler schedules the next."""
    pending = Timer.objects.filter(kind=kind, status=TimerStatus.PENDING)
    if future_only:
        pending = pending.filter(due_at__gt=clock.now())
    if not pending.exists():
        timer_schedule(kind=kind, aggregate_id=0, due_at=due_at)


def defers() -> bool:
    """Whether the task backend runs tasks later (the database or Redis queue); with
    the immediate backend (tests) `run-due` fires every timer."""
    from tradeguard.common.tasks import fire_timer

    return bool(fire_timer.get_backend().supports_defer)


def _enqueue(timers: list[tuple[int, dt.datetime]]) -> None:
    from tradeguard.common.tasks import fire_timer

    now = clock.now()
    for timer_id, due_at in timers:
        try:
            task = fire_timer.using(run_after=due_at) if due_at > now else fire_timer
            task.enqueue(timer_id)
        except Exception:  # the row stays pending: the sweeper fires it after SAFETY_GRACE
            log.exception("could not enqueue timer %s", timer_id)


def timers_sweep(now: dt.datetime | None = None) -> int:
    """Queue a `fire_timer` task for every pending timer due within LOOKAHEAD that has
    none (or whose task is overdue by SAFETY_GRACE); returns how many were queued.
    Reads the (status, due_at) index up to the horizon only."""
    if not defers():
        return 0
    now = now or clock.now()
    lost = Q(queued_at__lt=now - SAFETY_GRACE, due_at__lt=now - SAFETY_GRACE)
    with transaction.atomic():
        due = list(
            Timer.objects.select_for_update(skip_locked=True)
            .filter(status=TimerStatus.PENDING, due_at__lte=now + LOOKAHEAD)
            .filter(Q(queued_at__isnull=True) | lost)
            .order_by("due_at", "id")
            .values_list("id", "due_at")[:SWEEP_BATCH]
        )
        if due:
            Timer.objects.filter(pk__in=[pk for pk, _ in due]).update(queued_at=now)
            transaction.on_commit(lambda: _enqueue(due))
    return len(due)


class _HandlerFailed(Exception):
    pass


def timer_fire(timer_id: int) -> Timer | None:
    """Fire one timer if it is pending and due; returns it, or None if nothing ran.

    One transaction: lock the row, run the handler, record the outcome. A handler that
    raises leaves nothing behind; the timer is then marked failed in a second one."""
    try:
        with transaction.atomic():
            timer = Timer.objects.select_for_update().filter(pk=timer_id).first()
            if timer is None or timer.status != TimerStatus.PENDING or timer.due_at > clock.now():
                return None
            handler = _HANDLERS.get(timer.kind)
            if handler is None:
                timer.status = TimerStatus.FAILED
                timer.outcome = "no handler registered"
            else:
                try:
                    timer.outcome = (handler(timer.aggregate_id) or "done")[:200]
                except Exception as exc:
                    raise _HandlerFailed(timer.kind) from exc
                timer.status = TimerStatus.DONE
            timer.fired_at = clock.now()
            timer.save(update_fields=["status", "outcome", "fired_at"])
            return timer
    except _HandlerFailed as failed:
        cause = failed.__cause__
        log.exception("timer %s (%s) failed", timer_id, failed.args[0], exc_info=cause)
        outcome = f"{type(cause).__name__}: {cause}"[:200]
        with transaction.atomic():
            Timer.objects.filter(pk=timer_id, status=TimerStatus.PENDING).update(
                status=TimerStatus.FAILED, outcome=outcome, fired_at=clock.now()
            )
        return Timer.objects.filter(pk=timer_id).first()


def timer_fire_retrying(timer_id: int) -> Timer | None:
    """`timer_fire`, run again after a pause when the database is busy (many deadlines
    falling due at once, e.g. after downtime, beside a busy web server and worker)."""
    return retry_transient(lambda: timer_fire(timer_id), what=f"firing timer {timer_id}")


def run_due(
    as_of: dt.datetime,
    *,
    progress: Callable[[Timer], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> list[Timer]:
    """Run every pending timer due at or before `as_of`, earliest first, including
    timers that handlers schedule within the window.

    Each handler runs as of its timer's due time (or the real time, if later): so a
    simulated run into the future plays deadlines out in order, with the times they
    would have had, while recovery after downtime stamps what happens now.

    Timers fire RUN_DUE_BATCH to a transaction (one commit, not one per timer); if a
    handler raises, that batch is rolled back and fired again one timer at a time, so
    only the failing timer is marked failed."""
    fired: list[Timer] = []
    limit = as_of.astimezone(dt.UTC)
    while len(fired) < MAX_TIMERS_PER_RUN:
        due = list(
            Timer.objects.filter(status=TimerStatus.PENDING, due_at__lte=limit)
            .order_by("due_at", "id")
            .values_list("id", "due_at")[:500]
        )
        if not due:
            break
        for start in range(0, len(due), RUN_DUE_BATCH):
            if stop is not None and stop():
                return fired  # asked to stop: the rest stay pending for the next run
            batch = due[start : start + RUN_DUE_BATCH]
            fired_batch = retry_transient(
                functools.partial(_fire_batch, batch), what=f"firing {len(batch)} timers"
            )
            for timer in fired_batch:
                fired.append(timer)
                if progress:
                    progress(timer)
    return fired


RUN_DUE_BATCH = 25


def _fire_batch(batch: list[tuple[int, dt.datetime]]) -> list[Timer]:
    try:
        with transaction.atomic():
            locked = {
                t.pk: t
                for t in Timer.objects.select_for_update(skip_locked=True).filter(
                    pk__in=[pk for pk, _ in batch], status=TimerStatus.PENDING
                )
            }
            done: list[Timer] = []
            for timer_id, due_at in batch:
                timer = locked.get(timer_id)
                if timer is None:  # fired meanwhile, or a worker is firing it now
                    continue
                with clock.running_as_of(due_at):
                    handler = _HANDLERS.get(timer.kind)
                    if handler is None:
                        timer.status = TimerStatus.FAILED
                        timer.outcome = "no handler registered"
                    else:
                        try:
                            timer.outcome = (handler(timer.aggregate_id) or "done")[:200]
                        except Exception as exc:
                            raise _HandlerFailed(timer.kind) from exc
                        timer.status = TimerStatus.DONE
                    timer.fired_at = clock.now()
                done.append(timer)
            Timer.objects.bulk_update(done, ["status", "outcome", "fired_at"])
            return done
    except _HandlerFailed:
        one_by_one = []
        for timer_id, due_at in batch:
            with clock.running_as_of(due_at):
                timer = timer_fire_retrying(timer_id)
            if timer is not None:
                one_by_one.append(timer)
        return one_by_one
