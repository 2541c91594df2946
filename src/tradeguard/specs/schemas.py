"""API shapes for specifications, AQL plans, inspections and readiness."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from ninja import Schema
from pydantic import Field

from tradeguard.evidence.schemas import FileRead
from tradeguard.specs.enums import (
    AcceptanceParty,
    AttachmentStatus,
    ClauseKind,
    InspectionKind,
    InspectionLevel,
    InspectionSeverity,
    InspectionStatus,
    ReportStatus,
    Severity,
)
from tradeguard.specs.models import (
    Inspection,
    InspectionPhoto,
    InspectionReport,
    OrderSpec,
    Specification,
    SpecVersion,
)

LevelLiteral = InspectionLevel
InspectionLiteral = InspectionSeverity
InspectionKindLiteral = InspectionKind
# The overall verdict of a report: "" until it can be computed.
OverallLiteral = Literal["pass", "fail", "pending", ""]


class AqlParams(Schema):
    lot_size: str = Field(description="Units in the lot (>= 1).", examples=["4000"])
    level: InspectionLevel = Field(default=InspectionLevel.II, description="Inspection level")
    aql: str = Field(
        description="0.065, 0.10, 0.15, 0.25, 0.40, 0.65, 1.0, 1.5, 2.5, 4.0, 6.5 or 10.",
        examples=["2.5"],
    )
    inspection: InspectionSeverity = Field(
        default=InspectionSeverity.NORMAL, description="Which table applies"
    )


class AqlPlanRead(Schema):
    code_letter: str
    sample_size: int
    accept: int
    reject: int
    inspection: InspectionSeverity
    lot_size: int
    hundred_percent: bool


class ClauseRead(Schema):
    clause_id: str
    text: str
    kind: ClauseKind
    severity: Severity
    target: dict[str, Any] | None
    target_text: str


class SpecCreate(Schema):
    product_name: str = Field(max_length=200)
    reference: str = Field(default="", max_length=100)
    notes: str = Field(default="", max_length=500)
    clauses: list[dict[str, Any]]


class SpecVersionCreate(Schema):
    notes: str = Field(default="", max_length=500)
    clauses: list[dict[str, Any]]


class SpecVersionRead(Schema):
    id: int
    specification_id: int
    number: int
    notes: str
    sha256: str
    created_at: dt.datetime
    created_by: str
    clauses: list[ClauseRead]


class SpecVersionBrief(Schema):
    id: int
    number: int
    sha256: str
    created_at: dt.datetime


class SpecRead(Schema):
    id: int
    buyer_id: int
    buyer: str
    product_name: str
    reference: str
    created_at: dt.datetime
    latest_version: int | None
    versions: list[SpecVersionBrief]


class DiffRow(Schema):
    clause_id: str
    change: str
    fields: list[str]
    old: dict[str, Any] | None
    new: dict[str, Any] | None


class DiffRead(Schema):
    specification_id: int
    from_version: int
    to_version: int
    rows: list[DiffRow]


class AttachCreate(Schema):
    version_id: int


class AcceptanceCreate(Schema):
    attachment_id: int
    sha256: str | None = Field(
        default=None, description="SHA-256 of the version you reviewed; refused if it differs."
    )


class AcceptanceRead(Schema):
    id: int
    attachment_id: int
    party: AcceptanceParty
    organization_id: int
    accepted_by: str
    accepted_at: dt.datetime
    sha256: str


class AttachmentRead(Schema):
    id: int
    order_id: int
    specification_id: int
    product_name: str
    version_id: int
    version: int
    sha256: str
    status: AttachmentStatus
    binding_at: dt.datetime | None
    created_at: dt.datetime
    acceptances: list[AcceptanceRead]
    waiting_for: list[AcceptanceParty]


class QualitySettingsRead(Schema):
    level: InspectionLevel
    aql_critical: str
    aql_major: str
    aql_minor: str
    reduced_approved: bool


class QualitySettingsUpdate(Schema):
    level: InspectionLevel | None = None
    aql_critical: str | None = Field(default=None, description="Blank or 0: none allowed.")
    aql_major: str | None = None
    aql_minor: str | None = None
    reduced_approved: bool | None = None


class ReadinessLinkRead(Schema):
    url: str
    label: str


class ReadinessItemRead(Schema):
    key: str
    label: str
    done: bool
    detail: str
    dispute_cost: str
    next_step: str = Field(
        description="The caller's next step in this item's state, or whom it waits for."
    )
    fix_url: str = Field(description="The first of `links` (empty when there is none).")
    fix_label: str
    links: list[ReadinessLinkRead]


class ReadinessRead(Schema):
    order_id: int
    ready: bool
    done: int
    total: int
    items: list[ReadinessItemRead]


class SpecClauseFindingRead(Schema):
    clause_id: str
    clause_text: str
    severity: str
    status: str
    proven_broken: bool
    lot_rejected: bool
    explanation: str
    measured: int
    out_of_tolerance: int
    report_id: int | None
    report_label: str
    report_url: str


class RecommendationRead(Schema):
    outcome: str
    amount: str
    currency: str
    explanation: str
    arithmetic: list[str]
    findings: list[SpecClauseFindingRead]


class InspectionCreate(Schema):
    order_id: int
    kind: InspectionKindLiteral
    inspector_org_id: int | None = Field(
        default=None, description="An inspection company; leave out to inspect yourself."
    )
    scheduled_for: dt.date | None = None


class InspectionCancel(Schema):
    reason: str = Field(default="", max_length=500)


class ReportSave(Schema):
    content: dict[str, Any]
    correction_reason: str = Field(default="", max_length=500)


class PhotoRead(Schema):
    id: int
    sha256: str
    caption: str
    mime_type: str
    file: FileRead


class ReportRead(Schema):
    id: int
    inspection_id: int
    number: int
    status: ReportStatus
    content: dict[str, Any]
    verdict: dict[str, Any]
    overall: OverallLiteral
    sha256: str
    correction_reason: str
    signed_by: str | None
    signed_at: dt.datetime | None


class InspectionRead(Schema):
    id: int
    order_id: int
    order_reference: str
    kind: InspectionKind
    status: InspectionStatus
    inspector_org_id: int
    inspector_org: str
    spec_version_id: int | None
    scheduled_for: dt.date | None
    plan: dict[str, Any]
    overall: OverallLiteral | None
    created_at: dt.datetime
    signed_at: dt.datetime | None


def clause_read(c: dict[str, Any]) -> dict[str, Any]:
    from tradeguard.specs.clauses import describe_target

    return {**c, "target_text": describe_target(c.get("target"))}


def version_read(v: SpecVersion) -> dict[str, Any]:
    return {
        "id": v.pk,
        "specification_id": v.specification_id,
        "number": v.number,
        "notes": v.notes,
        "sha256": v.sha256,
        "created_at": v.created_at,
        "created_by": v.created_by.email,
        "clauses": [clause_read(c) for c in v.clause_dicts],
    }


def spec_read(s: Specification) -> dict[str, Any]:
    versions = sorted(s.versions.all(), key=lambda v: v.number)
    return {
        "id": s.pk,
        "buyer_id": s.buyer_id,
        "buyer": s.buyer.name,
        "product_name": s.product_name,
        "reference": s.reference,
        "created_at": s.created_at,
        "latest_version": versions[-1].number if versions else None,
        "versions": [
            {"id": v.pk, "number": v.number, "sha256": v.sha256, "created_at": v.created_at}
            for v in versions
        ],
    }


def acceptance_read(a: Any) -> dict[str, Any]:
    return {
        "id": a.pk,
        "attachment_id": a.attachment_id,
        "party": a.party,
        "organization_id": a.organization_id,
        "accepted_by": a.accepted_by.email,
        "accepted_at": a.accepted_at,
        "sha256": a.sha256,
    }


def attachment_read(a: OrderSpec) -> dict[str, Any]:
    accepted = list(a.acceptances.all())
    parties = {x.party for x in accepted}
    return {
        "id": a.pk,
        "order_id": a.order_id,
        "specification_id": a.version.specification_id,
        "product_name": a.version.specification.product_name,
        "version_id": a.version_id,
        "version": a.version.number,
        "sha256": a.version.sha256,
        "status": a.status,
        "binding_at": a.binding_at,
        "created_at": a.created_at,
        "acceptances": [acceptance_read(x) for x in accepted],
        "waiting_for": [p for p in ("buyer", "supplier") if p not in parties]
        if a.status == "proposed"
        else [],
    }


def report_read(r: InspectionReport, verdict: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "id": r.pk,
        "inspection_id": r.inspection_id,
        "number": r.number,
        "status": r.status,
        "content": r.content,
        "verdict": verdict if verdict is not None else r.verdict,
        "overall": (verdict or {}).get("overall", r.overall) if verdict else r.overall,
        "sha256": r.sha256,
        "correction_reason": r.correction_reason,
        "signed_by": r.signed_by.email if r.signed_by else None,
        "signed_at": r.signed_at,
    }


def inspection_read(i: Inspection, overall: str | None = None) -> dict[str, Any]:
    return {
        "id": i.pk,
        "order_id": i.order_id,
        "order_reference": i.order.reference,
        "kind": i.kind,
        "status": i.status,
        "inspector_org_id": i.inspector_org_id,
        "inspector_org": i.inspector_org.name,
        "spec_version_id": i.spec_version_id,
        "scheduled_for": i.scheduled_for,
        "plan": i.plan,
        "overall": overall,
        "created_at": i.created_at,
        "signed_at": i.signed_at,
    }


def photo_read(p: InspectionPhoto | Any) -> dict[str, Any]:
    return {
        "id": p.pk,
        "sha256": p.file.sha256,
        "caption": p.caption,
        "mime_type": p.file.mime_type,
        "file": p.file,
    }
