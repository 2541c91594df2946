from __future__ import annotations

from django_tasks import task

from tradeguard.common.timers import timer_fire


@task()
def fire_timer(timer_id: int) -> str:
    timer = timer_fire(timer_id)
    return "skipped" if timer is None else f"{timer.status}: {timer.outcome}"
