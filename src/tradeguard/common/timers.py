"""Deadlines as data: a Timer row per (kind, object, due time), a registered handler
per kind, a deferred task per timer, and `run_due` to run everything due up to an
instant. Handlers re-read state and return a short outcome; they must be idempotent."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from django.db import transaction

from tradeguard.common import clock
from tradeguard.common.db import retry_transient
from tradeguard.common.enums import TimerStatus
from tradeguard.common.models import Timer

log = logging.getLogger(__name__)

TimerHandler = Callable[[int], str]
_HANDLERS: dict[str, TimerHandler] = {}

# A handler that keeps scheduling timers already due would loop forever; stop there.
MAX_TIMERS_PER_RUN = 1_000_000


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
    """Create (once) the timer and, after commit, a deferred task that fires it."""
    if kind not in _HANDLERS:
        raise RuntimeError(f"no handler registered for timer kind {kind!r}")
    timer, created = Timer.objects.get_or_create(
        kind=kind, aggregate_id=aggregate_id, due_at=due_at.astimezone(dt.UTC)
    )
    if created:
        transaction.on_commit(lambda: _enqueue(timer))
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


def _enqueue(timer: Timer) -> None:
    from tradeguard.common.tasks import fire_timer

    backend = fire_timer.get_backend()
    if not backend.supports_defer:
        return  # e.g. the immediate backend in tests: `run-due` fires it instead.
    try:
        fire_timer.using(run_after=timer.due_at).enqueue(timer.pk)
    except Exception:  # the timer row stays pending; run-due will still fire it
        log.exception("could not enqueue timer %s", timer.pk)


def timer_fire(timer_id: int) -> Timer | None:
    """Fire one timer if it is pending and due; returns it, or None if nothing ran."""
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
                with transaction.atomic():
                    timer.outcome = (handler(timer.aggregate_id) or "done")[:200]
                timer.status = TimerStatus.DONE
            except Exception as exc:
                log.exception("timer %s (%s) failed", timer.pk, timer.kind)
                timer.status = TimerStatus.FAILED
                timer.outcome = f"{type(exc).__name__}: {exc}"[:200]
        timer.fired_at = clock.now()
        timer.save(update_fields=["status", "outcome", "fired_at"])
        return timer


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
    would have had, while recovery after downtime stamps what happens now."""
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
        for timer_id, due_at in due:
            if stop is not None and stop():
                return fired  # asked to stop: the rest stay pending for the next run
            with clock.running_as_of(due_at):
                timer = timer_fire_retrying(timer_id)
            if timer is not None:
                fired.append(timer)
                if progress:
                    progress(timer)
    return fired
