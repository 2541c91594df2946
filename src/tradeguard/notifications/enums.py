from enum import StrEnum

from django.db import models


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    DELIVERED = "delivered", "Delivered"
    RETRYING = "retrying", "Retrying"
    GAVE_UP = "gave_up", "Gave up"


class NotificationsErrorCode(StrEnum):
    INVALID_WEBHOOK_URL = "invalid_webhook_url"
    UNKNOWN_EVENT = "unknown_webhook_event"
