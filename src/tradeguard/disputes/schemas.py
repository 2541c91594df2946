from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ninja import Field, FilterSchema, Schema

from tradeguard.evidence.schemas import FileRead


class RequirementIn(Schema):
    source: str = Field(description="spec_clause, contract_clause, drawing or listing_attribute")
    reference: str = Field(
        description="Where it is written: 'Clause 4.2', 'Drawing M-12 rev B', or the listing attribute's name"
    )
    text: str = Field(
        "",
        description="The requirement's text as written (filled from the listing for listing_attribute)",
    )


class DisputeCreate(Schema):
    order_id: int
    reason: str
    requested_outcome: str
    description: str
    claimed_amount: Decimal | None = Field(
        None, description="At most the covered amount; defaults to it"
    )
    currency: str | None = None
    requirements: list[RequirementIn] = Field(default_factory=list)


class DisputeListParams(FilterSchema):
    status: str | None = None
    reason: str | None = None
    order_id: int | None = None
    supplier_id: int | None = None
    buyer_id: int | None = None


class OrgBrief(Schema):
    id: int
    name: str


class WindowRead(Schema):
    opens_at: dt.datetime
    closes_at: dt.datetime
    basis: str


class EligibilityRead(Schema):
    order_id: int
    reason: str
    eligible: bool
    code: str
    message: str
    fields: dict[str, str]
    window: WindowRead | None
    covered_amount: Decimal
    currency: str
    offline: bool
    requires_requirement: bool
    requirement_guidance: str
    notes: list[str]
    not_covered: list[str]
    checklist: list[ChecklistItemRead]


class ChecklistItemRead(Schema):
    key: str
    label: str
    required: bool
    types: list[str]
    done: bool = False
    drafted: bool = False


class CaseStrengthRead(Schema):
    score: int
    label: str
    missing_required: list[str]


class RequirementRead(Schema):
    id: int
    source: str
    reference: str
    text: str


class DisputeInspectionReportRead(Schema):
    report_id: int
    inspection_id: int
    kind: str
    version: int
    signed_at: dt.datetime | None
    overall: str
    sha256: str
    evidence_id: int | None


class ReportAttachIn(Schema):
    report_id: int = Field(description="A signed report of the case's order (`inspection_reports`)")


class EvidenceRead(Schema):
    id: int
    party: str
    type: str
    description: str
    status: str
    sha256: str
    size: int
    mime_type: str
    original_name: str
    uploaded_by: str
    created_at: dt.datetime
    submitted_at: dt.datetime | None
    file: FileRead = Field(description="Fetch it with GET /api/v1/files/{file.id}")


class MessageCreate(Schema):
    body: str


class MessageRead(Schema):
    id: int
    party: str
    author: str
    body: str
    created_at: dt.datetime


class ProposalCreate(Schema):
    kind: str
    amount: Decimal | None = None
    note: str = ""


class ProposalReject(Schema):
    reason: str


class ProposalRead(Schema):
    id: int
    party: str
    kind: str
    amount: Decimal | None
    currency: str
    note: str
    is_initial_request: bool
    status: str
    created_at: dt.datetime
    answered_at: dt.datetime | None
    reject_reason: str


class FindingIn(Schema):
    text: str
    evidence_ids: list[int] = Field(default_factory=list)
    requirement_id: int | None = None
    requirement_text: str = ""


class DecisionCreate(Schema):
    outcome: str
    refund_amount: Decimal | None = None
    statement: str
    findings: list[FindingIn] = Field(default_factory=list)


class FindingRead(Schema):
    position: int
    text: str
    requirement_id: int | None
    requirement_text: str
    evidence_ids: list[int]


class DecisionRead(Schema):
    id: int
    officer: str
    outcome: str
    refund_amount: Decimal
    currency: str
    statement: str
    decided_at: dt.datetime
    on_appeal: bool
    findings: list[FindingRead]


class RefundRead(Schema):
    id: int
    amount: Decimal
    currency: str
    status: str
    source: str
    created_at: dt.datetime
    paid_at: dt.datetime | None
    payment_reference: str


class ObligationRead(Schema):
    id: int
    kind: str
    amount: Decimal | None
    currency: str
    status: str
    due_at: dt.datetime
    confirmed_at: dt.datetime | None
    reference: str
    buyer_confirm_due_at: dt.datetime | None
    fulfilled_at: dt.datetime | None


class AppealCreate(Schema):
    reason: str


class AppealRead(Schema):
    id: int
    party: str
    reason: str
    status: str
    filed_at: dt.datetime
    new_evidence_ids: list[int]


class EscalateBody(Schema):
    reason: str = ""


class WithdrawBody(Schema):
    reason: str = ""


class MarkPaid(Schema):
    payment_reference: str = ""


class ObligationConfirm(Schema):
    reference: str


class ReturnShipment(Schema):
    carrier: str
    tracking_number: str


class TimelineEntry(Schema):
    at: dt.datetime
    type: str
    actor: str
    old: dict[str, object]
    new: dict[str, object]
    params: dict[str, object]


class DisputeSummary(Schema):
    id: int
    order_id: int
    order_reference: str
    order_kind: str
    buyer: OrgBrief
    supplier: OrgBrief
    reason: str
    requested_outcome: str
    status: str
    refund_status: str
    award_status: str
    respondent_silent: bool
    claimed_amount: Decimal
    covered_amount: Decimal
    currency: str
    opened_at: dt.datetime
    next_action_by: str
    next_action: str
    next_due_at: dt.datetime | None


class DisputeClauseFindingRead(Schema):
    """What the order's signed inspection reports prove about one cited spec clause."""

    clause_id: str
    clause_text: str
    severity: str
    status: str = Field(
        description="broken, defective_units, not_broken, inconclusive, no_evidence or unknown_clause"
    )
    proven_broken: bool
    lot_rejected: bool
    explanation: str = Field(
        description="e.g. 'clause 3.2 Bottle height 120 mm ± 2: 7 of 80 sampled units out of "
        "tolerance; major, Ac 5 → lot rejected (Pre-shipment inspection #4, report v1, ...)'"
    )
    measured: int
    out_of_tolerance: int
    report_id: int | None
    report_label: str
    report_url: str
    requirement_id: int | None = Field(
        None, description="The case's cited requirement this clause comes from"
    )


class DisputeRecommendationRead(Schema):
    """A recommended outcome from the signed inspection evidence, with its arithmetic.
    Never applied: only an officer's decision decides the case."""

    outcome: str = Field(
        description="full_refund_or_return, partial_refund, no_refund or insufficient_evidence"
    )
    amount: Decimal
    currency: str
    explanation: str
    arithmetic: list[str]
    suggested_outcome: str | None = Field(
        description="The decision outcome the officer's form is pre-filled with (or null)"
    )
    suggested_refund_amount: Decimal | None = Field(
        description="The refund the form is pre-filled with, at most the covered amount"
    )
    note: str = ""


class DisputeRead(DisputeSummary):
    description: str
    return_status: str
    escalated_by: str
    withdraw_reason: str
    on_public_record: bool
    window_closes_at: dt.datetime | None
    supplier_responded_at: dt.datetime | None
    escalated_at: dt.datetime | None
    under_review_at: dt.datetime | None
    decided_at: dt.datetime | None
    settled_at: dt.datetime | None
    withdrawn_at: dt.datetime | None
    closed_at: dt.datetime | None
    response_due_at: dt.datetime
    escalation_allowed_at: dt.datetime
    auto_escalate_at: dt.datetime
    evidence_due_at: dt.datetime | None
    decision_due_at: dt.datetime | None
    award_due_at: dt.datetime | None
    return_due_at: dt.datetime | None
    appeal_due_at: dt.datetime | None
    return_carrier: str
    return_tracking_number: str
    requirements: list[RequirementRead]
    checklist: list[ChecklistItemRead]
    case_strength: CaseStrengthRead
    evidence: list[EvidenceRead]
    proposals: list[ProposalRead]
    messages: list[MessageRead]
    decision: DecisionRead | None
    decisions: list[DecisionRead]
    refunds: list[RefundRead]
    obligations: list[ObligationRead]
    appeals: list[AppealRead]
    timeline: list[TimelineEntry]
    evidence_limits: dict[str, int]
    evidence_summary: list[DisputeClauseFindingRead] = Field(
        default_factory=list,
        description="Per cited spec clause, what the order's signed inspection reports prove "
        "(empty unless the case cites spec clauses and the order has signed reports)",
    )
    recommendation: DisputeRecommendationRead | None = None
    inspection_reports: list[DisputeInspectionReportRead] = Field(
        default_factory=list,
        description="The latest signed report of each inspection of the order; "
        "`evidence_id` once a party added it to the case (POST "
        "/disputes/{id}/evidence/inspection-reports)",
    )


EligibilityRead.model_rebuild()
