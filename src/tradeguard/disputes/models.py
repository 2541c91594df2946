from __future__ import annotations

from typing import Any

from django.db import models

from tradeguard.common.models import AppendOnlyError, BaseModel, language_field
from tradeguard.common.money import money_field
from tradeguard.disputes.enums import (
    AppealStatus,
    AwardStatus,
    DecisionOutcome,
    DisputeReason,
    DisputeStatus,
    EvidenceStatus,
    EvidenceType,
    ObligationKind,
    ObligationStatus,
    Party,
    ProposalKind,
    ProposalStatus,
    RefundEntryStatus,
    RefundStatus,
    RequestedOutcome,
    RequirementSource,
    ReturnStatus,
)
from tradeguard.disputes.policy import ACTIVE_STATUSES


def _valid(field: str, choices: type[models.TextChoices], name: str) -> models.CheckConstraint:
    return models.CheckConstraint(condition=models.Q(**{f"{field}__in": choices.values}), name=name)


class Dispute(BaseModel):
    """A buyer's case against a supplier about one order."""

    order = models.ForeignKey("orders.Order", on_delete=models.PROTECT, related_name="disputes")
    # Copied from the order so that visibility filters need no join.
    buyer = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="disputes_as_buyer"
    )
    supplier = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="disputes_as_supplier"
    )
    order_kind = models.CharField(max_length=20)
    opened_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    reason = models.CharField(max_length=24, choices=DisputeReason.choices)
    requested_outcome = models.CharField(max_length=20, choices=RequestedOutcome.choices)
    description = models.TextField()
    # The language the buyer wrote the description in (and the initial request's note).
    language = language_field()
    currency = models.CharField(max_length=3)
    claimed_amount = money_field()
    covered_amount = money_field()
    # When the filing window of this reason closed / closes (shown on the case).
    window_closes_at = models.DateTimeField(null=True, blank=True)
    idempotency_key = models.CharField(max_length=200, blank=True)

    status = models.CharField(
        max_length=20, choices=DisputeStatus.choices, default=DisputeStatus.AWAITING_RESPONSE
    )
    refund_status = models.CharField(
        max_length=10, choices=RefundStatus.choices, default=RefundStatus.NONE
    )
    award_status = models.CharField(
        max_length=10, choices=AwardStatus.choices, default=AwardStatus.NONE
    )
    return_status = models.CharField(
        max_length=20, choices=ReturnStatus.choices, default=ReturnStatus.NONE
    )
    respondent_silent = models.BooleanField(default=False)
    escalated_by = models.CharField(max_length=10, blank=True)  # buyer / supplier / system
    withdraw_reason = models.TextField(blank=True)
    on_public_record = models.BooleanField(default=False)
    # Open and confirmed scam signals on the case, or on its order while no case held
    # them (`signals.selectors.signal_count`), kept by the signals services so that the
    # officers' queue sorts by it through an index (`dispute_signal_queue_idx`).
    signal_count = models.PositiveIntegerField(default=0, editable=False)

    # When it entered each status.
    opened_at = models.DateTimeField()
    supplier_responded_at = models.DateTimeField(null=True, blank=True)
    negotiating_at = models.DateTimeField(null=True, blank=True)
    escalated_at = models.DateTimeField(null=True, blank=True)
    under_review_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    appealed_at = models.DateTimeField(null=True, blank=True)
    settled_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    # Deadlines (absolute); each has a timer.
    response_due_at = models.DateTimeField()
    escalation_allowed_at = models.DateTimeField()
    auto_escalate_at = models.DateTimeField()
    evidence_due_at = models.DateTimeField(null=True, blank=True)
    decision_due_at = models.DateTimeField(null=True, blank=True)
    award_due_at = models.DateTimeField(null=True, blank=True)
    return_due_at = models.DateTimeField(null=True, blank=True)
    appeal_due_at = models.DateTimeField(null=True, blank=True)

    # Return shipment (return-and-refund).
    return_carrier = models.CharField(max_length=100, blank=True)
    return_tracking_number = models.CharField(max_length=100, blank=True)
    return_shipped_at = models.DateTimeField(null=True, blank=True)
    return_delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-opened_at", "-id"]
        indexes = [
            models.Index(fields=["buyer", "status"]),
            models.Index(fields=["supplier", "status"]),
            models.Index(fields=["status", "decision_due_at"]),
            # Lists, newest first: everyone's, a buyer's, a supplier's, by status.
            models.Index(fields=["-opened_at", "-id"], name="dispute_newest_idx"),
            models.Index(fields=["buyer", "-opened_at", "-id"], name="dispute_buyer_newest_idx"),
            models.Index(
                fields=["supplier", "-opened_at", "-id"], name="dispute_supplier_newest_idx"
            ),
            models.Index(fields=["status", "-opened_at", "-id"], name="dispute_status_newest_idx"),
            # The officer queue (selectors.officer_queue): most urgent first.
            models.Index(
                fields=["decision_due_at", "evidence_due_at", "id"],
                condition=models.Q(status__in=["under_review", "appealed", "escalated"]),
                name="dispute_officer_queue_idx",
            ),
            # The escalated part of that queue in the same order (the dashboard lists it
            # apart; in the index above it comes after every case to decide).
            models.Index(
                fields=["decision_due_at", "evidence_due_at", "id"],
                condition=models.Q(status="escalated"),
                name="dispute_escalated_queue_idx",
            ),
            # The same queue, the cases with the most scam signals first.
            models.Index(
                fields=["-signal_count", "decision_due_at", "evidence_due_at", "id"],
                condition=models.Q(status__in=["under_review", "appealed", "escalated"]),
                name="dispute_signal_queue_idx",
            ),
        ]
        constraints = [
            _valid("status", DisputeStatus, "dispute_status_valid"),
            _valid("refund_status", RefundStatus, "dispute_refund_status_valid"),
            _valid("award_status", AwardStatus, "dispute_award_status_valid"),
            _valid("return_status", ReturnStatus, "dispute_return_status_valid"),
            _valid("reason", DisputeReason, "dispute_reason_valid"),
            _valid("requested_outcome", RequestedOutcome, "dispute_outcome_valid"),
            models.CheckConstraint(
                condition=models.Q(claimed_amount__gte=0), name="dispute_claim_not_negative"
            ),
            # One case per order and reason until it is over.
            models.UniqueConstraint(
                fields=["order", "reason"],
                condition=models.Q(status__in=sorted(ACTIVE_STATUSES)),
                name="dispute_one_active_per_order_reason",
            ),
            models.UniqueConstraint(
                fields=["buyer", "idempotency_key"],
                condition=~models.Q(idempotency_key=""),
                name="dispute_unique_idempotency_key",
            ),
        ]

    def save(self, *args: Any, **kwargs: Any) -> None:
        """A whole-row save of an existing case leaves `signal_count` alone: only the
        signals services write it (with an UPDATE that may have run after this
        instance was read, in the same transaction)."""
        if not self._state.adding and not args and kwargs.get("update_fields") is None:
            kwargs["update_fields"] = [
                f.name
                for f in self._meta.concrete_fields
                if not f.primary_key and f.name != "signal_count"
            ]
        super().save(*args, **kwargs)

    def __str__(self) -> str:
        return f"Dispute #{self.pk} ({self.reason}) on order {self.order_id}"

    @property
    def offline(self) -> bool:
        return self.order_kind == "offline"


class CitedRequirement(models.Model):
    """A written requirement the buyer says the goods fail, with its text."""

    dispute = models.ForeignKey(Dispute, on_delete=models.CASCADE, related_name="requirements")
    source = models.CharField(max_length=20, choices=RequirementSource.choices)
    reference = models.CharField(max_length=200)  # "Clause 4.2", "Drawing M-12 rev B", "Material"
    text = models.TextField()

    class Meta:
        ordering = ["id"]
        constraints = [_valid("source", RequirementSource, "requirement_source_valid")]

    def __str__(self) -> str:
        return f"{self.get_source_display()} {self.reference}: {self.text[:60]}"


class EvidenceItem(BaseModel):
    """A typed file in a case: a draft its side may still drop, immutable once submitted."""

    dispute = models.ForeignKey(Dispute, on_delete=models.CASCADE, related_name="evidence")
    party = models.CharField(max_length=10, choices=Party.choices)
    uploaded_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    type = models.CharField(max_length=24, choices=EvidenceType.choices)
    description = models.CharField(max_length=500, blank=True)
    language = language_field()
    file = models.ForeignKey("evidence.StoredFile", on_delete=models.PROTECT, related_name="+")
    status = models.CharField(
        max_length=10, choices=EvidenceStatus.choices, default=EvidenceStatus.DRAFT
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    # Set when the item is a signed inspection report of the order added from the
    # specs app (services.evidence_attach_report): one item per report and case.
    inspection_report = models.ForeignKey(
        "specs.InspectionReport",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            _valid("type", EvidenceType, "evidence_type_valid"),
            _valid("status", EvidenceStatus, "evidence_status_valid"),
            _valid("party", Party, "evidence_party_valid"),
            models.UniqueConstraint(
                fields=["dispute", "inspection_report"],
                condition=models.Q(inspection_report__isnull=False),
                name="evidence_one_item_per_report",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_type_display()} #{self.pk} of dispute {self.dispute_id}"

    @property
    def sha256(self) -> str:
        return self.file.sha256


class Message(models.Model):
    dispute = models.ForeignKey(Dispute, on_delete=models.CASCADE, related_name="messages")
    party = models.CharField(max_length=10, choices=Party.choices)
    author = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    body = models.TextField()
    language = language_field()
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"message #{self.pk} on dispute {self.dispute_id}"


class Proposal(models.Model):
    """A way to settle: the buyer's original request is the first one."""

    dispute = models.ForeignKey(Dispute, on_delete=models.CASCADE, related_name="proposals")
    party = models.CharField(max_length=10, choices=Party.choices)
    proposed_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=20, choices=ProposalKind.choices)
    amount = money_field(null=True, blank=True)
    currency = models.CharField(max_length=3)
    note = models.TextField(blank=True)
    language = language_field()
    is_initial_request = models.BooleanField(default=False)
    status = models.CharField(
        max_length=10, choices=ProposalStatus.choices, default=ProposalStatus.OPEN
    )
    created_at = models.DateTimeField()
    answered_at = models.DateTimeField(null=True, blank=True)
    answered_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reject_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            _valid("kind", ProposalKind, "proposal_kind_valid"),
            _valid("status", ProposalStatus, "proposal_status_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} proposal #{self.pk}"

    @property
    def shown_note(self) -> str:
        """The note as people read it: what its author wrote, as written; for the buyer's
        request recorded at filing (which nobody wrote a note for), a label in the
        reader's language. Cases filed before this stored the label in English."""
        if self.is_initial_request and self.note in ("", LEGACY_INITIAL_NOTE):
            from django.utils.translation import gettext

            return gettext("The buyer's request when filing.")
        return self.note


# What filing once stored as the note of the buyer's initial request.
LEGACY_INITIAL_NOTE = "The buyer's request when filing."


class Decision(models.Model):
    """An officer's decision, with its statement of reasons and findings."""

    dispute = models.ForeignKey(Dispute, on_delete=models.CASCADE, related_name="decisions")
    officer = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    outcome = models.CharField(max_length=20, choices=DecisionOutcome.choices)
    refund_amount = money_field()
    currency = models.CharField(max_length=3)
    statement = models.TextField()
    # The language the officer wrote the statement of reasons and the findings in.
    language = language_field()
    decided_at = models.DateTimeField()
    appeal = models.OneToOneField(
        "disputes.Appeal", null=True, blank=True, on_delete=models.PROTECT, related_name="decision"
    )

    class Meta:
        ordering = ["decided_at", "id"]
        constraints = [
            _valid("outcome", DecisionOutcome, "decision_outcome_valid"),
            models.CheckConstraint(
                condition=models.Q(refund_amount__gte=0), name="decision_refund_not_negative"
            ),
        ]

    def __str__(self) -> str:
        return f"Decision #{self.pk} on dispute {self.dispute_id}: {self.outcome}"

    @property
    def favours_buyer(self) -> bool:
        return self.outcome != DecisionOutcome.SUPPLIER


class Finding(models.Model):
    """One finding: what the officer holds, on which evidence, against which requirement."""

    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="findings")
    position = models.PositiveSmallIntegerField()
    text = models.TextField()
    requirement = models.ForeignKey(
        CitedRequirement, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    requirement_text = models.TextField(blank=True)
    evidence = models.ManyToManyField(EvidenceItem, related_name="findings")

    class Meta:
        ordering = ["decision_id", "position"]

    def __str__(self) -> str:
        return f"finding {self.position} of decision {self.decision_id}"


class RefundEntry(models.Model):
    """Append-only refund ledger row: the platform pays the buyer. Only its status moves
    (pending -> paid, or pending -> cancelled when an appeal replaces the award)."""

    dispute = models.ForeignKey(Dispute, on_delete=models.PROTECT, related_name="refunds")
    amount = money_field()
    currency = models.CharField(max_length=3)
    status = models.CharField(
        max_length=10, choices=RefundEntryStatus.choices, default=RefundEntryStatus.PENDING
    )
    idempotency_key = models.CharField(max_length=200, unique=True)
    source = models.CharField(max_length=40)  # "decision:12", "proposal:7"
    created_at = models.DateTimeField()
    paid_at = models.DateTimeField(null=True, blank=True)
    paid_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    payment_reference = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            _valid("status", RefundEntryStatus, "refund_entry_status_valid"),
            models.CheckConstraint(condition=models.Q(amount__gt=0), name="refund_amount_positive"),
        ]

    def __str__(self) -> str:
        return f"refund #{self.pk} {self.amount} {self.currency} ({self.status})"

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError("Refund entries are append-only.")


class SupplierObligation(models.Model):
    """What the supplier owes after a decision or an agreement, and by when."""

    dispute = models.ForeignKey(Dispute, on_delete=models.PROTECT, related_name="obligations")
    kind = models.CharField(max_length=20, choices=ObligationKind.choices)
    amount = money_field(null=True, blank=True)
    currency = models.CharField(max_length=3)
    source = models.CharField(max_length=40)
    due_at = models.DateTimeField()
    status = models.CharField(
        max_length=10, choices=ObligationStatus.choices, default=ObligationStatus.PENDING
    )
    created_at = models.DateTimeField()
    confirmed_at = models.DateTimeField(null=True, blank=True)
    confirmed_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reference = models.CharField(max_length=200, blank=True)
    buyer_confirm_due_at = models.DateTimeField(null=True, blank=True)
    fulfilled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            _valid("kind", ObligationKind, "obligation_kind_valid"),
            _valid("status", ObligationStatus, "obligation_status_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} due {self.due_at:%Y-%m-%d}"


class Appeal(models.Model):
    dispute = models.ForeignKey(Dispute, on_delete=models.CASCADE, related_name="appeals")
    party = models.CharField(max_length=10, choices=Party.choices)
    filed_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    reason = models.TextField()
    language = language_field()
    appealed_decision = models.ForeignKey(Decision, on_delete=models.PROTECT, related_name="+")
    new_evidence = models.ManyToManyField(EvidenceItem, related_name="+")
    status = models.CharField(
        max_length=10, choices=AppealStatus.choices, default=AppealStatus.PENDING
    )
    filed_at = models.DateTimeField()

    class Meta:
        ordering = ["filed_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["dispute", "party"], name="appeal_once_per_party"),
            _valid("status", AppealStatus, "appeal_status_valid"),
        ]

    def __str__(self) -> str:
        return f"appeal by the {self.party} on dispute {self.dispute_id}"
