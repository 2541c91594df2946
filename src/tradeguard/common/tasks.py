from __future__ import annotations

from django_tasks import task

from tradeguard.common.timers import timer_fire_retrying


@task()
def fire_timer(timer_id: int) -> str:
    timer = timer_fire_retrying(timer_id)
    return "skipped" if timer is None else f"{timer.status}: {timer.outcome}"
