from __future__ import annotations

from typing import Any

from django.db import models

from tradeguard.common.models import BaseModel, DocumentAcceptance, acceptance_constraints
from tradeguard.specs.enums import (
    AcceptanceParty,
    AttachmentStatus,
    ClauseKind,
    InspectionKind,
    InspectionLevel,
    InspectionStatus,
    ReportStatus,
    Severity,
    Verdict,
)


class Specification(BaseModel):
    """A buyer's product specification; its content lives in numbered versions."""

    buyer = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="specifications"
    )
    product_name = models.CharField(max_length=200)
    reference = models.CharField(max_length=100, blank=True, help_text="Buyer's SKU or code.")
    created_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["product_name", "id"]
        indexes = [models.Index(fields=["buyer", "product_name"])]

    def __str__(self) -> str:
        return self.product_name

    @property
    def latest_version(self) -> SpecVersion | None:
        return self.versions.order_by("-number").first()


class SpecVersion(BaseModel):
    """An immutable version: its canonical JSON and SHA-256 are what parties accept."""

    specification = models.ForeignKey(
        Specification, on_delete=models.CASCADE, related_name="versions"
    )
    number = models.PositiveIntegerField()
    notes = models.CharField(max_length=500, blank=True)
    canonical = models.TextField(help_text="Canonical JSON of the version (sorted keys).")
    sha256 = models.CharField(max_length=64)
    created_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["specification_id", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["specification", "number"], name="specversion_unique_number"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.specification} v{self.number}"

    @property
    def document(self) -> dict[str, Any]:
        import json

        data: dict[str, Any] = json.loads(self.canonical)
        return data

    @property
    def clause_dicts(self) -> list[dict[str, Any]]:
        return list(self.document["clauses"])


class Clause(models.Model):
    """One clause of a version; `clause_id` ("3.2") is stable across versions."""

    version = models.ForeignKey(SpecVersion, on_delete=models.CASCADE, related_name="clauses")
    position = models.PositiveSmallIntegerField()
    clause_id = models.CharField(max_length=20)
    text = models.TextField()
    kind = models.CharField(max_length=16, choices=ClauseKind.choices)
    severity = models.CharField(max_length=10, choices=Severity.choices)
    target = models.JSONField(null=True, blank=True)

    class Meta:
        ordering = ["version_id", "position"]
        constraints = [
            models.UniqueConstraint(fields=["version", "clause_id"], name="clause_unique_id"),
            models.CheckConstraint(
                condition=models.Q(kind__in=ClauseKind.values), name="clause_kind_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(severity__in=Severity.values), name="clause_severity_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.clause_id} {self.text[:40]}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "clause_id": self.clause_id,
            "text": self.text,
            "kind": self.kind,
            "severity": self.severity,
            "target": self.target,
        }


class OrderSpec(BaseModel):
    """A spec version attached to an order. Binding once buyer and supplier accepted
    it; a later version proposed for the order replaces it only once both accept."""

    order = models.ForeignKey("orders.Order", on_delete=models.CASCADE, related_name="specs")
    version = models.ForeignKey(SpecVersion, on_delete=models.PROTECT, related_name="orders")
    status = models.CharField(
        max_length=12, choices=AttachmentStatus.choices, default=AttachmentStatus.PROPOSED
    )
    attached_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    binding_at = models.DateTimeField(null=True, blank=True)
    superseded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=AttachmentStatus.values),
                name="orderspec_status_valid",
            ),
            models.UniqueConstraint(
                fields=["order"],
                condition=models.Q(status="binding"),
                name="orderspec_one_binding",
            ),
            models.UniqueConstraint(
                fields=["order"],
                condition=models.Q(status="proposed"),
                name="orderspec_one_proposed",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.version} on order {self.order_id} ({self.status})"


class SpecAcceptance(DocumentAcceptance):
    """Who accepted which exact content (SHA-256 of the canonical version), and when."""

    attachment = models.ForeignKey(OrderSpec, on_delete=models.CASCADE, related_name="acceptances")
    party = models.CharField(max_length=10, choices=AcceptanceParty.choices)

    class Meta(DocumentAcceptance.Meta):
        constraints = acceptance_constraints(
            document="attachment", parties=AcceptanceParty.values, prefix="acceptance"
        )

    def __str__(self) -> str:
        return f"{self.party} accepted {self.attachment_id} at {self.accepted_at:%Y-%m-%d}"


class OrderQualitySettings(BaseModel):
    """Per-order AQL settings (defaults: level II, critical 0 allowed, major 2.5, minor
    4.0) and the authority's approval of reduced inspection."""

    order = models.OneToOneField(
        "orders.Order", on_delete=models.CASCADE, related_name="quality_settings"
    )
    level = models.CharField(max_length=4, choices=InspectionLevel.choices, default="II")
    aql_critical = models.CharField(
        max_length=6, blank=True, help_text="Blank: none allowed (Ac 0 on the major sample)."
    )
    aql_major = models.CharField(max_length=6, default="2.5")
    aql_minor = models.CharField(max_length=6, default="4.0")
    reduced_approved = models.BooleanField(default=False)
    updated_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    def __str__(self) -> str:
        return f"AQL settings for order {self.order_id}"


class ApprovedSamplePhoto(BaseModel):
    """A photo of the golden sample the buyer approved (dispute evidence)."""

    order = models.ForeignKey(
        "orders.Order", on_delete=models.CASCADE, related_name="approved_sample_photos"
    )
    file = models.ForeignKey("evidence.StoredFile", on_delete=models.PROTECT, related_name="+")
    caption = models.CharField(max_length=300, blank=True)
    uploaded_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"Approved sample photo for order {self.order_id}"


class Inspection(BaseModel):
    order = models.ForeignKey("orders.Order", on_delete=models.PROTECT, related_name="inspections")
    kind = models.CharField(max_length=20, choices=InspectionKind.choices)
    status = models.CharField(
        max_length=10, choices=InspectionStatus.choices, default=InspectionStatus.BOOKED
    )
    inspector_org = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="inspections"
    )
    spec_version = models.ForeignKey(
        SpecVersion, null=True, blank=True, on_delete=models.PROTECT, related_name="inspections"
    )
    scheduled_for = models.DateField(null=True, blank=True)
    # The plan settings at booking: level, AQL and inspection (normal/tightened/reduced)
    # per defect class, from the order's settings and the switching state.
    plan = models.JSONField(default=dict)
    booked_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    reported_at = models.DateTimeField(null=True, blank=True)
    signed_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["inspector_org", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=InspectionStatus.values),
                name="inspection_status_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=InspectionKind.values), name="inspection_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk} for order {self.order_id}"


class InspectionReport(BaseModel):
    """One version of an inspection's report. Signed versions are immutable; a
    correction is a new version (`number` + 1)."""

    inspection = models.ForeignKey(Inspection, on_delete=models.CASCADE, related_name="reports")
    number = models.PositiveIntegerField()
    status = models.CharField(
        max_length=8, choices=ReportStatus.choices, default=ReportStatus.DRAFT
    )
    content = models.JSONField(default=dict)
    verdict = models.JSONField(default=dict, blank=True, help_text="Computed at signing.")
    overall = models.CharField(max_length=8, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    correction_reason = models.CharField(max_length=500, blank=True)
    created_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    signed_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    signed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["inspection_id", "number"]
        constraints = [
            models.UniqueConstraint(fields=["inspection", "number"], name="report_unique_number"),
            models.UniqueConstraint(
                fields=["inspection"],
                condition=models.Q(status="draft"),
                name="report_one_draft",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=ReportStatus.values), name="report_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"Report v{self.number} of inspection {self.inspection_id}"

    @property
    def overall_label(self) -> str:
        """ "Pass" / "Fail" / "Pending" (the verdict's label), "" before one exists."""
        return str(Verdict(self.overall).label) if self.overall in Verdict.values else ""


class InspectionPhoto(BaseModel):
    inspection = models.ForeignKey(Inspection, on_delete=models.CASCADE, related_name="photos")
    file = models.ForeignKey("evidence.StoredFile", on_delete=models.PROTECT, related_name="+")
    caption = models.CharField(max_length=300, blank=True)
    uploaded_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"Photo {self.pk} of inspection {self.inspection_id}"
