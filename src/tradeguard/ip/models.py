from __future__ import annotations

from django.db import models
from django.db.models import Q

from tradeguard.common.models import BaseModel, SignedStatements, language_field
from tradeguard.ip.enums import (
    AppealStatus,
    AuthorizationStatus,
    ComplaintReason,
    ComplaintStatus,
    ItemStatus,
    RecordImageKind,
    RecordKind,
    RecordStatus,
    RejectionReason,
    RemovalKind,
    SorDecision,
)


class AgentAuthorization(BaseModel):
    """An agent organization may act for a principal only with a letter of
    authorization an officer has approved, until `valid_until`."""

    agent = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="ip_principals"
    )
    principal = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="ip_agents"
    )
    letter = models.ForeignKey("evidence.StoredFile", on_delete=models.PROTECT, related_name="+")
    valid_until = models.DateField()
    status = models.CharField(
        max_length=10, choices=AuthorizationStatus.choices, default=AuthorizationStatus.PENDING
    )
    submitted_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    reviewed_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=AuthorizationStatus.values),
                name="ip_authorization_status_valid",
            ),
            models.CheckConstraint(
                condition=~Q(agent=models.F("principal")), name="ip_authorization_not_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.agent_id} for {self.principal_id} until {self.valid_until}"


class IpRecord(BaseModel):
    """A right the holder proves once: trademark, design or utility patent, copyright."""

    owner = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="ip_records"
    )
    filed_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    filed_by_org = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="+"
    )
    kind = models.CharField(max_length=16, choices=RecordKind.choices)
    status = models.CharField(
        max_length=10, choices=RecordStatus.choices, default=RecordStatus.PENDING
    )
    title = models.CharField(max_length=300, help_text="Mark, design, invention or work title.")
    registration_number = models.CharField(max_length=100, blank=True)
    jurisdiction = models.CharField(
        max_length=100, blank=True, help_text="Office or country, e.g. EUIPO, CNIPA, US."
    )
    classes = models.JSONField(default=list, blank=True, help_text="Nice classes (trademarks).")
    word_mark = models.CharField(max_length=200, blank=True)
    valid_until = models.DateField(null=True, blank=True)
    registered = models.BooleanField(default=True)
    certificate = models.ForeignKey(
        "evidence.StoredFile", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    document_language = models.CharField(max_length=8, default="en")
    translation = models.ForeignKey(
        "evidence.StoredFile", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    # Unregistered copyright: a signed claim statement stands in for a certificate.
    claim_statement = models.TextField(blank=True)
    claim_signed_name = models.CharField(max_length=200, blank=True)
    claim_signed_at = models.DateTimeField(null=True, blank=True)
    review_due_at = models.DateTimeField()
    reviewed_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    rejection_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["owner", "status"]), models.Index(fields=["status"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=RecordStatus.values), name="ip_record_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=RecordKind.values), name="ip_record_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.registration_number or self.title}"


class IpRecordImage(BaseModel):
    record = models.ForeignKey(IpRecord, on_delete=models.CASCADE, related_name="images")
    file = models.ForeignKey("evidence.StoredFile", on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=10, choices=RecordImageKind.choices)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["record_id", "position", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=RecordImageKind.values), name="ip_record_image_kind_valid"
            ),
            models.UniqueConstraint(fields=["record", "file"], name="ip_record_image_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.position} of record {self.record_id}"


class Complaint(BaseModel, SignedStatements):
    rights_holder = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="ip_complaints"
    )
    filed_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    filed_by_org = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="+"
    )
    record = models.ForeignKey(IpRecord, on_delete=models.PROTECT, related_name="complaints")
    reason = models.CharField(max_length=20, choices=ComplaintReason.choices)
    explanation = models.TextField()
    # The language the filer wrote the explanation and the listing notes in.
    language = language_field()
    status = models.CharField(
        max_length=10, choices=ComplaintStatus.choices, default=ComplaintStatus.OPEN
    )
    statement_good_faith = models.BooleanField()
    statement_accuracy = models.BooleanField()
    statement_authority = models.BooleanField()
    signature_name = models.CharField(max_length=200)
    signed_at = models.DateTimeField()
    # Filed while the reporter held good-faith status: officers review it first.
    priority = models.BooleanField(default=False)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawal_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["rights_holder", "created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ComplaintStatus.values), name="ip_complaint_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(reason__in=ComplaintReason.values), name="ip_complaint_reason_valid"
            ),
            models.CheckConstraint(
                condition=Q(statement_good_faith=True)
                & Q(statement_accuracy=True)
                & Q(statement_authority=True),
                name="ip_complaint_statements_given",
            ),
        ]

    def __str__(self) -> str:
        return f"IP complaint #{self.pk} ({self.reason})"


class ComplaintItem(BaseModel):
    """One listing named in a complaint, on its own clock."""

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField()
    reference = models.CharField(max_length=500, help_text="As the rights holder gave it.")
    note = models.TextField(blank=True)
    listing = models.ForeignKey(
        "catalog.Listing", null=True, blank=True, on_delete=models.PROTECT, related_name="ip_items"
    )
    supplier = models.ForeignKey(
        "accounts.Organization",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="ip_items",
    )
    status = models.CharField(max_length=16, choices=ItemStatus.choices)
    rejection_reason = models.CharField(max_length=20, choices=RejectionReason.choices, blank=True)
    # Whether this item currently holds the listing removed.
    holds_removal = models.BooleanField(default=False)
    removal_kind = models.CharField(max_length=10, choices=RemovalKind.choices, blank=True)
    notified_at = models.DateTimeField(null=True, blank=True)
    respond_due_at = models.DateTimeField(null=True, blank=True)
    removed_at = models.DateTimeField(null=True, blank=True)
    counter_noticed_at = models.DateTimeField(null=True, blank=True)
    counter_due_at = models.DateTimeField(null=True, blank=True)
    under_review_at = models.DateTimeField(null=True, blank=True)
    appealed_at = models.DateTimeField(null=True, blank=True)
    court_action_at = models.DateTimeField(null=True, blank=True)
    court_action_reference = models.CharField(max_length=300, blank=True)
    first_action_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decision_reason = models.TextField(blank=True)
    decision_language = language_field()
    manifestly_unfounded = models.BooleanField(default=False)
    # The rights holder is a good-faith reporter now: its items are reviewed first. Kept
    # by the services (filing; services.reporters when the standing changes), so the
    # officers' queue is read in index order.
    priority = models.BooleanField(default=False)

    class Meta:
        ordering = ["complaint_id", "position", "id"]
        indexes = [
            models.Index(fields=["status"]),
            models.Index(fields=["supplier", "status"]),
            models.Index(fields=["listing", "status"]),
            # Officer queues (selectors.review_queue / appeal_queue).
            models.Index(
                fields=["-priority", "under_review_at", "id"],
                condition=Q(status="under_review"),
                name="ip_item_review_queue_idx",
            ),
            models.Index(
                fields=["appealed_at", "id"],
                condition=Q(status="appealed"),
                name="ip_item_appeal_queue_idx",
            ),
            # Dashboards: a supplier's notices to answer, a reporter's counter-notices.
            models.Index(
                fields=["supplier", "respond_due_at", "id"],
                condition=Q(status="notified"),
                name="ip_item_supplier_notified_idx",
            ),
            models.Index(
                fields=["counter_due_at", "id"],
                condition=Q(status="counter_noticed"),
                name="ip_item_countered_idx",
            ),
            # Items newest first: everyone's, a supplier's notices.
            models.Index(fields=["-created_at", "-id"], name="ip_item_newest"),
            models.Index(fields=["supplier", "-created_at", "-id"], name="ip_item_supplier_newest"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ItemStatus.values), name="ip_item_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(status=ItemStatus.REJECTED) | Q(listing__isnull=False),
                name="ip_item_listing_unless_rejected",
            ),
            models.CheckConstraint(
                condition=~Q(status=ItemStatus.REJECTED) | ~Q(rejection_reason=""),
                name="ip_item_rejected_has_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"item {self.position} of complaint {self.complaint_id} [{self.status}]"


class CounterNotice(BaseModel, SignedStatements):
    item = models.OneToOneField(
        ComplaintItem, on_delete=models.CASCADE, related_name="counter_notice"
    )
    filed_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    explanation = models.TextField()
    language = language_field()
    documents = models.ManyToManyField("evidence.StoredFile", related_name="+", blank=True)
    statement_perjury = models.BooleanField()
    consent_jurisdiction = models.BooleanField()
    signature_name = models.CharField(max_length=200)
    signed_at = models.DateTimeField()
    listing_was_removed = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(statement_perjury=True) & Q(consent_jurisdiction=True),
                name="ip_counter_statements_given",
            ),
        ]

    def __str__(self) -> str:
        return f"counter-notice on item {self.item_id}"


class StatementOfReasons(BaseModel):
    """EU DSA Art. 17: what was decided, the facts, the ground, whether automated, and
    how to seek redress; one per removal or restoration."""

    item = models.ForeignKey(ComplaintItem, on_delete=models.CASCADE, related_name="statements")
    supplier = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="+"
    )
    listing = models.ForeignKey("catalog.Listing", on_delete=models.PROTECT, related_name="+")
    decision = models.CharField(max_length=12, choices=SorDecision.choices)
    facts = models.TextField()
    ground = models.TextField()
    automated = models.BooleanField()
    redress = models.TextField()
    # The same statement in each language TradeGuard is written in ({"en": {"facts",
    # "ground", "redress"}, "zh-hans": {...}}); facts/ground/redress keep the English.
    # Empty on statements written before both languages were kept.
    texts = models.JSONField(blank=True, default=dict)
    decided_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    appeal_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(decision__in=SorDecision.values), name="ip_sor_decision_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.decision} of listing {self.listing_id}"

    @property
    def for_reader(self) -> dict[str, str]:
        """Facts, ground and redress in the active language (English when the statement
        has no text in that language)."""
        from django.utils.translation import get_language

        language = (get_language() or "en").lower()
        fallback = {"facts": self.facts, "ground": self.ground, "redress": self.redress}
        return (self.texts or {}).get(language) or fallback


class Appeal(BaseModel):
    item = models.OneToOneField(ComplaintItem, on_delete=models.CASCADE, related_name="appeal")
    statement = models.ForeignKey(
        StatementOfReasons, on_delete=models.PROTECT, related_name="appeals"
    )
    filed_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    explanation = models.TextField()
    language = language_field()
    documents = models.ManyToManyField("evidence.StoredFile", related_name="+", blank=True)
    status = models.CharField(
        max_length=10, choices=AppealStatus.choices, default=AppealStatus.OPEN
    )
    decided_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.TextField(blank=True)
    decision_language = language_field()

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=AppealStatus.values), name="ip_appeal_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"appeal on item {self.item_id} [{self.status}]"


class ComplaintDraft(BaseModel):
    """Unsaved complaint data another feature (image monitoring) prepares for a rights
    holder to review, complete, sign and file."""

    rights_holder = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="ip_complaint_drafts"
    )
    created_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    record = models.ForeignKey(
        IpRecord, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.CharField(
        max_length=20, choices=ComplaintReason.choices, default=ComplaintReason.IMAGE_COPY
    )
    listings = models.JSONField(default=list, help_text="Listing URLs, in order.")
    explanation = models.TextField(blank=True)
    source = models.CharField(max_length=40, blank=True)
    source_ref = models.JSONField(default=dict, blank=True)
    complaint = models.ForeignKey(
        Complaint, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"draft #{self.pk} ({len(self.listings)} listings)"


class ReporterStanding(BaseModel):
    """A rights holder's record as a reporter: accuracy over the window (checked daily),
    good-faith status, and warnings or suspensions for manifestly unfounded notices."""

    organization = models.OneToOneField(
        "accounts.Organization", on_delete=models.CASCADE, related_name="ip_standing"
    )
    outcomes = models.PositiveIntegerField(default=0)
    success_rate = models.FloatField(null=True, blank=True)
    counter_rate = models.FloatField(null=True, blank=True)
    checked_at = models.DateTimeField(null=True, blank=True)
    good_faith = models.BooleanField(default=False)
    good_faith_since = models.DateTimeField(null=True, blank=True)
    good_faith_lost_at = models.DateTimeField(null=True, blank=True)
    good_faith_blocked_until = models.DateTimeField(null=True, blank=True)
    warned_at = models.DateTimeField(null=True, blank=True)
    warning_reason = models.TextField(blank=True)
    suspended_at = models.DateTimeField(null=True, blank=True)
    suspended_until = models.DateTimeField(null=True, blank=True)
    suspension_reason = models.TextField(blank=True)

    def __str__(self) -> str:
        return f"reporter standing of {self.organization_id}"
