from __future__ import annotations

from django.db import models

from tradeguard.common.models import BaseModel
from tradeguard.signals.enums import SignalKind, SignalStatus


class ScamSignal(BaseModel):
    """One known scam pattern with its evidence: either a message a supplier's side
    wrote and the span of it that matched (`evidence`, `evidence_start`/`_end` index the
    message's body), or an event on the order (`event`: e.g. a payment recorded outside
    the designated account after one into it); and the rule and rule-set version."""

    kind = models.CharField(max_length=24, choices=SignalKind.choices)
    status = models.CharField(
        max_length=12, choices=SignalStatus.choices, default=SignalStatus.OPEN
    )
    order = models.ForeignKey("orders.Order", on_delete=models.CASCADE, related_name="scam_signals")
    dispute = models.ForeignKey(
        "disputes.Dispute",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="scam_signals",
    )
    message = models.ForeignKey(
        "disputes.Message",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="scam_signals",
    )
    # For a signal found in an event rather than a message: the event row (the
    # order's payment, as recorded); `evidence` is then empty and the page describes it.
    event = models.ForeignKey(
        "common.Event", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    supplier = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="scam_signals"
    )
    rule = models.CharField(max_length=60)
    rules_version = models.CharField(max_length=20)
    evidence = models.TextField(blank=True)
    evidence_start = models.PositiveIntegerField()
    evidence_end = models.PositiveIntegerField()
    # Whether the buyer had paid when the message was written (the detector's context).
    order_paid = models.BooleanField()
    detected_at = models.DateTimeField()
    # An officer's review: confirmed (the supplier is sanctioned) or dismissed.
    reviewed_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_note = models.TextField(blank=True)

    class Meta:
        ordering = ["detected_at", "id"]
        indexes = [
            models.Index(fields=["dispute", "status"]),
            models.Index(fields=["supplier", "status"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=SignalKind.values), name="scam_signal_kind_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=SignalStatus.values),
                name="scam_signal_status_valid",
            ),
            models.UniqueConstraint(
                fields=["message", "kind"], name="scam_signal_one_kind_per_message"
            ),
            models.UniqueConstraint(
                fields=["event", "kind"], name="scam_signal_one_kind_per_event"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on order {self.order_id}"
