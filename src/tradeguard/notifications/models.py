from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import translation

from tradeguard.notifications.enums import DeliveryStatus


class Notification(models.Model):
    """One message to one user: shown in the in-app inbox and sent by email."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=64)
    # In the recipient's language when it was sent (what the email said).
    subject = models.CharField(max_length=300)
    body = models.TextField()
    # The same message in TradeGuard's other languages, rendered when it was sent (in
    # the recipient's time zone): {"zh-hans": {"subject": ..., "body": ...}}. The inbox
    # and the API show the reader's current language, so a supplier who switches to
    # Chinese reads earlier messages in Chinese too. Empty on messages sent before it
    # was kept, which show as they were sent.
    texts = models.JSONField(default=dict, blank=True)
    link = models.CharField(max_length=500, blank=True)
    # What it is about (the inbox groups by it): a model label and id, e.g.
    # ("disputes.dispute", 6); empty for a message about nothing in particular.
    topic = models.CharField(max_length=64, blank=True, default="")
    topic_id = models.PositiveBigIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(db_index=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["recipient", "read_at"]),
            models.Index(fields=["recipient", "topic", "topic_id"]),
            # The inbox, newest first; its unread view.
            models.Index(fields=["recipient", "-created_at", "-id"], name="notification_inbox_idx"),
            models.Index(
                fields=["recipient", "-created_at", "-id"],
                condition=models.Q(read_at__isnull=True),
                name="notification_unread_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} to {self.recipient_id}: {self.subject}"

    def _shown(self, field: str) -> str:
        language = (translation.get_language() or "").lower()
        kept = (self.texts or {}).get(language) or {}
        return str(kept.get(field) or getattr(self, field))

    @property
    def shown_subject(self) -> str:
        """The subject in the reader's language (the active one)."""
        return self._shown("subject")

    @property
    def shown_body(self) -> str:
        """The body in the reader's language (the active one)."""
        return self._shown("body")


class WebhookEndpoint(models.Model):
    """A marketplace URL that receives signed event notifications."""

    url = models.URLField(max_length=500)
    secret = models.CharField(max_length=100)
    events = models.JSONField(default=list, blank=True, help_text="Event names; empty = all.")
    description = models.CharField(max_length=200, blank=True)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.url

    def wants(self, event: str) -> bool:
        return not self.events or event in self.events


class WebhookDelivery(models.Model):
    endpoint = models.ForeignKey(
        WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.CharField(max_length=64)
    delivery_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    payload = models.JSONField()
    status = models.CharField(
        max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(db_index=True)
    # A replay sends the same event and payload again as a new delivery.
    replay_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="replays"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=DeliveryStatus.values),
                name="webhook_delivery_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.event} → {self.endpoint_id} [{self.status}]"
