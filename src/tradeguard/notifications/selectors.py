from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from tradeguard.notifications.models import Notification, WebhookDelivery


def inbox(user: Any) -> QuerySet[Notification]:
    return Notification.objects.filter(recipient=user)


def unread_count(user: Any) -> int:
    if not getattr(user, "is_authenticated", False):
        return 0
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


def deliveries() -> QuerySet[WebhookDelivery]:
    return WebhookDelivery.objects.select_related("endpoint")
