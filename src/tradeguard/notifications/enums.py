from enum import StrEnum

from django.db import models
from django.utils.translation import gettext_lazy as _


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    DELIVERED = "delivered", _("Delivered")
    RETRYING = "retrying", _("Retrying")
    GAVE_UP = "gave_up", _("Gave up")


class NotificationsErrorCode(StrEnum):
    INVALID_WEBHOOK_URL = "invalid_webhook_url"
    UNKNOWN_EVENT = "unknown_webhook_event"
