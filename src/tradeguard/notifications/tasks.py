from __future__ import annotations

from django_tasks import task

from tradeguard.notifications.services import notification_email


@task()
def send_notification_email(notification_id: int) -> bool:
    return notification_email(notification_id)
