from __future__ import annotations

from django_tasks import task

from tradeguard.common.db import retry_transient
from tradeguard.notifications.services import notification_email


@task()
def send_notification_email(notification_id: int) -> bool:
    return retry_transient(
        lambda: notification_email(notification_id),
        what=f"emailing notification {notification_id}",
    )
