from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from ninja import Field, FilterSchema, Schema

from tradeguard.common.i18n.schema import WrittenLanguage
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
from tradeguard.evidence.schemas import FileRead
from tradeguard.orders.enums import OrderKind

# Who must act next: a party, `both`, or "" when nobody has to (the case is over).
NextActionBy = Literal["buyer", "supplier", "platform", "both", ""]
# Who escalated: a party, `system` (the supplier stayed silent), or "" (not escalated).
EscalatedBy = Literal["buyer", "supplier", "system", ""]


class RequirementIn(Schema):
    source: RequirementSource = Field(description="Where the requirement is written")
    reference: str = Field(
        description="Where it is written: 'Clause 4.2', 'Drawing M-12 rev B', or the listing attribute's name"
    )
    text: str = Field(
        "",
        description="The requirement's text as written (filled from the listing for listing_attribute)",
    )


class DisputeCreate(Schema):
    order_id: int = Field(description="An order you are the buyer of")
    reason: DisputeReason = Field(
        description="What went wrong; `GET /disputes/eligibility` says whether it may be "
        "filed now and what evidence it needs"
    )
    requested_outcome: RequestedOutcome
    description: str = Field(min_length=1, max_length=20_000)
    claimed_amount: Decimal | None = Field(
        None, description="At most the covered amount; defaults to it", examples=["120.00"]
    )
    currency: str | None = Field(
        None,
        pattern=r"^[A-Z]{3}$",
        description="The order's currency (ISO 4217); defaults to it",
        examples=["USD"],
    )
    requirements: list[RequirementIn] = Field(
        default_factory=list,
        description="The written requirements the goods break (required for quality reasons)",
    )


class DisputeListParams(FilterSchema):
    status: DisputeStatus | None = None
    reason: DisputeReason | None = None
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
    reason: DisputeReason
    eligible: bool
    code: str = Field(description="`ok`, or the error code filing would answer now")
    message: str
    fields: dict[str, str] = Field(
        description="The `POST /disputes` fields at fault if filing would be refused"
    )
    window: WindowRead | None
    covered_amount: Decimal
    currency: str = Field(description="The order's currency (ISO 4217)")
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
    party: Party
    type: EvidenceType
    description: str
    language: WrittenLanguage
    status: EvidenceStatus
    sha256: str
    size: int
    mime_type: str
    original_name: str
    uploaded_by: str
    created_at: dt.datetime
    submitted_at: dt.datetime | None
    file: FileRead = Field(description="Fetch it with GET /api/v1/files/{file.id}")


class MessageCreate(Schema):
    body: str = Field(min_length=1, max_length=10_000)


class MessageRead(Schema):
    id: int
    party: Party
    author: str
    body: str
    language: WrittenLanguage
    created_at: dt.datetime


class ProposalCreate(Schema):
    kind: ProposalKind
    amount: Decimal | None = Field(
        None, description="Required for partial_refund: at most the covered amount"
    )
    note: str = Field("", max_length=5_000)


class ProposalReject(Schema):
    reason: str = Field(max_length=5_000)


class ProposalRead(Schema):
    id: int
    party: Party
    kind: ProposalKind
    amount: Decimal | None
    currency: str
    note: str
    language: WrittenLanguage
    is_initial_request: bool
    status: ProposalStatus
    created_at: dt.datetime
    answered_at: dt.datetime | None
    reject_reason: str


class FindingIn(Schema):
    text: str
    evidence_ids: list[int] = Field(default_factory=list)
    requirement_id: int | None = None
    requirement_text: str = ""


class DecisionCreate(Schema):
    outcome: DecisionOutcome
    refund_amount: Decimal | None = Field(
        None, description="Required for buyer_partial: at most the covered amount"
    )
    statement: str = Field(
        max_length=20_000, description="The statement of reasons both parties read"
    )
    findings: list[FindingIn] = Field(
        default_factory=list,
        description="Findings citing the case's submitted evidence (required for a decision "
        "for the buyer)",
    )


class FindingRead(Schema):
    position: int
    text: str
    requirement_id: int | None
    requirement_text: str
    evidence_ids: list[int]


class DecisionRead(Schema):
    id: int
    officer: str
    outcome: DecisionOutcome
    refund_amount: Decimal
    currency: str
    statement: str
    language: WrittenLanguage = Field(
        description="The language the officer wrote the "
        "statement and the findings in (null: not recorded); shown as written."
    )
    decided_at: dt.datetime
    on_appeal: bool
    findings: list[FindingRead]


class RefundRead(Schema):
    id: int
    amount: Decimal
    currency: str
    status: RefundEntryStatus
    source: str = Field(description="What ordered it: `decision:<id>` or `proposal:<id>`")
    created_at: dt.datetime
    paid_at: dt.datetime | None
    payment_reference: str


class ObligationRead(Schema):
    id: int
    kind: ObligationKind
    amount: Decimal | None
    currency: str
    status: ObligationStatus
    due_at: dt.datetime = Field(description="When the supplier must have carried it out")
    confirmed_at: dt.datetime | None
    reference: str
    buyer_confirm_due_at: dt.datetime | None
    fulfilled_at: dt.datetime | None


class AppealCreate(Schema):
    reason: str = Field(min_length=1, max_length=10_000)


class AppealRead(Schema):
    id: int
    party: Party
    reason: str
    language: WrittenLanguage
    status: AppealStatus
    filed_at: dt.datetime
    new_evidence_ids: list[int]


class EscalateBody(Schema):
    reason: str = Field("", max_length=5_000)


class WithdrawBody(Schema):
    reason: str = Field("", max_length=5_000)


class MarkPaid(Schema):
    payment_reference: str = Field("", max_length=200)


class ObligationConfirm(Schema):
    reference: str = Field(
        max_length=200, description="The payment reference or the replacement's tracking number"
    )


class ReturnShipment(Schema):
    carrier: str = Field(max_length=100)
    tracking_number: str = Field(max_length=100)


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
    order_kind: OrderKind
    buyer: OrgBrief
    supplier: OrgBrief
    reason: DisputeReason
    requested_outcome: RequestedOutcome
    status: DisputeStatus
    refund_status: RefundStatus
    award_status: AwardStatus
    respondent_silent: bool
    claimed_amount: Decimal
    covered_amount: Decimal
    currency: str
    opened_at: dt.datetime
    next_action_by: NextActionBy = Field(description="Whose move it is")
    next_action: str = Field(description="What that move is, for people")
    next_due_at: dt.datetime | None = Field(description="When that move is due")


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
    language: WrittenLanguage
    return_status: ReturnStatus
    escalated_by: EscalatedBy
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
    response_due_at: dt.datetime = Field(description="The supplier's answer is due")
    escalation_opens_at: dt.datetime = Field(
        description="From when the buyer may escalate (not a deadline: a window opening)"
    )
    auto_escalation_due_at: dt.datetime = Field(
        description="The case escalates by itself if the supplier has not answered by then"
    )
    evidence_due_at: dt.datetime | None = Field(description="Evidence window after escalation")
    decision_due_at: dt.datetime | None = Field(description="The officer's decision target")
    award_due_at: dt.datetime | None = Field(description="The supplier must carry out the award")
    return_due_at: dt.datetime | None = Field(description="The buyer must ship the goods back")
    appeal_due_at: dt.datetime | None = Field(
        description="Last moment to appeal the decision (once per party)"
    )
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
