from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.award_status import AwardStatus
from ..models.dispute_read_escalated_by import DisputeReadEscalatedBy
from ..models.dispute_read_next_action_by import DisputeReadNextActionBy
from ..models.dispute_reason import DisputeReason
from ..models.dispute_status import DisputeStatus
from ..models.language import Language
from ..models.order_kind import OrderKind
from ..models.refund_status import RefundStatus
from ..models.requested_outcome import RequestedOutcome
from ..models.return_status import ReturnStatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.appeal_read import AppealRead
  from ..models.case_strength_read import CaseStrengthRead
  from ..models.checklist_item_read import ChecklistItemRead
  from ..models.decision_read import DecisionRead
  from ..models.dispute_clause_finding_read import DisputeClauseFindingRead
  from ..models.dispute_inspection_report_read import DisputeInspectionReportRead
  from ..models.dispute_read_evidence_limits import DisputeReadEvidenceLimits
  from ..models.dispute_recommendation_read import DisputeRecommendationRead
  from ..models.evidence_read import EvidenceRead
  from ..models.message_read import MessageRead
  from ..models.obligation_read import ObligationRead
  from ..models.org_brief import OrgBrief
  from ..models.proposal_read import ProposalRead
  from ..models.refund_read import RefundRead
  from ..models.requirement_read import RequirementRead
  from ..models.timeline_entry import TimelineEntry





T = TypeVar("T", bound="DisputeRead")



@_attrs_define
class DisputeRead:
    """ 
        Attributes:
            id (int):
            order_id (int):
            order_reference (str):
            order_kind (OrderKind):
            buyer (OrgBrief):
            supplier (OrgBrief):
            reason (DisputeReason):
            requested_outcome (RequestedOutcome):
            status (DisputeStatus):
            refund_status (RefundStatus):
            award_status (AwardStatus):
            respondent_silent (bool):
            claimed_amount (str):
            covered_amount (str):
            currency (str):
            opened_at (datetime.datetime):
            next_action_by (DisputeReadNextActionBy): Whose move it is
            next_action (str): What that move is, for people
            next_due_at (datetime.datetime | None): When that move is due
            description (str):
            language (Language | None): The language its author wrote it in (null: not recorded). The text is shown as
                written, never translated.
            return_status (ReturnStatus):
            escalated_by (DisputeReadEscalatedBy):
            withdraw_reason (str):
            on_public_record (bool):
            window_closes_at (datetime.datetime | None):
            supplier_responded_at (datetime.datetime | None):
            escalated_at (datetime.datetime | None):
            under_review_at (datetime.datetime | None):
            decided_at (datetime.datetime | None):
            settled_at (datetime.datetime | None):
            withdrawn_at (datetime.datetime | None):
            closed_at (datetime.datetime | None):
            response_due_at (datetime.datetime): The supplier's answer is due
            escalation_opens_at (datetime.datetime): From when the buyer may escalate (not a deadline: a window opening)
            auto_escalation_due_at (datetime.datetime): The case escalates by itself if the supplier has not answered by
                then
            evidence_due_at (datetime.datetime | None): Evidence window after escalation
            decision_due_at (datetime.datetime | None): The officer's decision target
            award_due_at (datetime.datetime | None): The supplier must carry out the award
            return_due_at (datetime.datetime | None): The buyer must ship the goods back
            appeal_due_at (datetime.datetime | None): Last moment to appeal the decision (once per party)
            return_carrier (str):
            return_tracking_number (str):
            requirements (list[RequirementRead]):
            checklist (list[ChecklistItemRead]):
            case_strength (CaseStrengthRead):
            evidence (list[EvidenceRead]):
            proposals (list[ProposalRead]):
            messages (list[MessageRead]):
            decision (DecisionRead | None):
            decisions (list[DecisionRead]):
            refunds (list[RefundRead]):
            obligations (list[ObligationRead]):
            appeals (list[AppealRead]):
            timeline (list[TimelineEntry]):
            evidence_limits (DisputeReadEvidenceLimits):
            evidence_summary (list[DisputeClauseFindingRead] | Unset): Per cited spec clause, what the order's signed
                inspection reports prove (empty unless the case cites spec clauses and the order has signed reports)
            recommendation (DisputeRecommendationRead | None | Unset):
            inspection_reports (list[DisputeInspectionReportRead] | Unset): The latest signed report of each inspection of
                the order; `evidence_id` once a party added it to the case (POST /disputes/{id}/evidence/inspection-reports)
     """

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
    claimed_amount: str
    covered_amount: str
    currency: str
    opened_at: datetime.datetime
    next_action_by: DisputeReadNextActionBy
    next_action: str
    next_due_at: datetime.datetime | None
    description: str
    language: Language | None
    return_status: ReturnStatus
    escalated_by: DisputeReadEscalatedBy
    withdraw_reason: str
    on_public_record: bool
    window_closes_at: datetime.datetime | None
    supplier_responded_at: datetime.datetime | None
    escalated_at: datetime.datetime | None
    under_review_at: datetime.datetime | None
    decided_at: datetime.datetime | None
    settled_at: datetime.datetime | None
    withdrawn_at: datetime.datetime | None
    closed_at: datetime.datetime | None
    response_due_at: datetime.datetime
    escalation_opens_at: datetime.datetime
    auto_escalation_due_at: datetime.datetime
    evidence_due_at: datetime.datetime | None
    decision_due_at: datetime.datetime | None
    award_due_at: datetime.datetime | None
    return_due_at: datetime.datetime | None
    appeal_due_at: datetime.datetime | None
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
    evidence_limits: DisputeReadEvidenceLimits
    evidence_summary: list[DisputeClauseFindingRead] | Unset = UNSET
    recommendation: DisputeRecommendationRead | None | Unset = UNSET
    inspection_reports: list[DisputeInspectionReportRead] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.appeal_read import AppealRead # noqa: PLC0415
        from ..models.case_strength_read import CaseStrengthRead # noqa: PLC0415
        from ..models.checklist_item_read import ChecklistItemRead # noqa: PLC0415
        from ..models.decision_read import DecisionRead # noqa: PLC0415
        from ..models.dispute_clause_finding_read import DisputeClauseFindingRead # noqa: PLC0415
        from ..models.dispute_inspection_report_read import DisputeInspectionReportRead # noqa: PLC0415
        from ..models.dispute_read_evidence_limits import DisputeReadEvidenceLimits # noqa: PLC0415
        from ..models.dispute_recommendation_read import DisputeRecommendationRead # noqa: PLC0415
        from ..models.evidence_read import EvidenceRead # noqa: PLC0415
        from ..models.message_read import MessageRead # noqa: PLC0415
        from ..models.obligation_read import ObligationRead # noqa: PLC0415
        from ..models.org_brief import OrgBrief # noqa: PLC0415
        from ..models.proposal_read import ProposalRead # noqa: PLC0415
        from ..models.refund_read import RefundRead # noqa: PLC0415
        from ..models.requirement_read import RequirementRead # noqa: PLC0415
        from ..models.timeline_entry import TimelineEntry # noqa: PLC0415
        id = self.id

        order_id = self.order_id

        order_reference = self.order_reference

        order_kind = self.order_kind.value

        buyer = self.buyer.to_dict()

        supplier = self.supplier.to_dict()

        reason = self.reason.value

        requested_outcome = self.requested_outcome.value

        status = self.status.value

        refund_status = self.refund_status.value

        award_status = self.award_status.value

        respondent_silent = self.respondent_silent

        claimed_amount = self.claimed_amount

        covered_amount = self.covered_amount

        currency = self.currency

        opened_at = self.opened_at.isoformat()

        next_action_by = self.next_action_by.value

        next_action = self.next_action

        next_due_at: None | str
        if isinstance(self.next_due_at, datetime.datetime):
            next_due_at = self.next_due_at.isoformat()
        else:
            next_due_at = self.next_due_at

        description = self.description

        language: None | str
        if isinstance(self.language, Language):
            language = self.language.value
        else:
            language = self.language

        return_status = self.return_status.value

        escalated_by = self.escalated_by.value

        withdraw_reason = self.withdraw_reason

        on_public_record = self.on_public_record

        window_closes_at: None | str
        if isinstance(self.window_closes_at, datetime.datetime):
            window_closes_at = self.window_closes_at.isoformat()
        else:
            window_closes_at = self.window_closes_at

        supplier_responded_at: None | str
        if isinstance(self.supplier_responded_at, datetime.datetime):
            supplier_responded_at = self.supplier_responded_at.isoformat()
        else:
            supplier_responded_at = self.supplier_responded_at

        escalated_at: None | str
        if isinstance(self.escalated_at, datetime.datetime):
            escalated_at = self.escalated_at.isoformat()
        else:
            escalated_at = self.escalated_at

        under_review_at: None | str
        if isinstance(self.under_review_at, datetime.datetime):
            under_review_at = self.under_review_at.isoformat()
        else:
            under_review_at = self.under_review_at

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        settled_at: None | str
        if isinstance(self.settled_at, datetime.datetime):
            settled_at = self.settled_at.isoformat()
        else:
            settled_at = self.settled_at

        withdrawn_at: None | str
        if isinstance(self.withdrawn_at, datetime.datetime):
            withdrawn_at = self.withdrawn_at.isoformat()
        else:
            withdrawn_at = self.withdrawn_at

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        response_due_at = self.response_due_at.isoformat()

        escalation_opens_at = self.escalation_opens_at.isoformat()

        auto_escalation_due_at = self.auto_escalation_due_at.isoformat()

        evidence_due_at: None | str
        if isinstance(self.evidence_due_at, datetime.datetime):
            evidence_due_at = self.evidence_due_at.isoformat()
        else:
            evidence_due_at = self.evidence_due_at

        decision_due_at: None | str
        if isinstance(self.decision_due_at, datetime.datetime):
            decision_due_at = self.decision_due_at.isoformat()
        else:
            decision_due_at = self.decision_due_at

        award_due_at: None | str
        if isinstance(self.award_due_at, datetime.datetime):
            award_due_at = self.award_due_at.isoformat()
        else:
            award_due_at = self.award_due_at

        return_due_at: None | str
        if isinstance(self.return_due_at, datetime.datetime):
            return_due_at = self.return_due_at.isoformat()
        else:
            return_due_at = self.return_due_at

        appeal_due_at: None | str
        if isinstance(self.appeal_due_at, datetime.datetime):
            appeal_due_at = self.appeal_due_at.isoformat()
        else:
            appeal_due_at = self.appeal_due_at

        return_carrier = self.return_carrier

        return_tracking_number = self.return_tracking_number

        requirements = []
        for requirements_item_data in self.requirements:
            requirements_item = requirements_item_data.to_dict()
            requirements.append(requirements_item)



        checklist = []
        for checklist_item_data in self.checklist:
            checklist_item = checklist_item_data.to_dict()
            checklist.append(checklist_item)



        case_strength = self.case_strength.to_dict()

        evidence = []
        for evidence_item_data in self.evidence:
            evidence_item = evidence_item_data.to_dict()
            evidence.append(evidence_item)



        proposals = []
        for proposals_item_data in self.proposals:
            proposals_item = proposals_item_data.to_dict()
            proposals.append(proposals_item)



        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)



        decision: dict[str, Any] | None
        if isinstance(self.decision, DecisionRead):
            decision = self.decision.to_dict()
        else:
            decision = self.decision

        decisions = []
        for decisions_item_data in self.decisions:
            decisions_item = decisions_item_data.to_dict()
            decisions.append(decisions_item)



        refunds = []
        for refunds_item_data in self.refunds:
            refunds_item = refunds_item_data.to_dict()
            refunds.append(refunds_item)



        obligations = []
        for obligations_item_data in self.obligations:
            obligations_item = obligations_item_data.to_dict()
            obligations.append(obligations_item)



        appeals = []
        for appeals_item_data in self.appeals:
            appeals_item = appeals_item_data.to_dict()
            appeals.append(appeals_item)



        timeline = []
        for timeline_item_data in self.timeline:
            timeline_item = timeline_item_data.to_dict()
            timeline.append(timeline_item)



        evidence_limits = self.evidence_limits.to_dict()

        evidence_summary: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evidence_summary, Unset):
            evidence_summary = []
            for evidence_summary_item_data in self.evidence_summary:
                evidence_summary_item = evidence_summary_item_data.to_dict()
                evidence_summary.append(evidence_summary_item)



        recommendation: dict[str, Any] | None | Unset
        if isinstance(self.recommendation, Unset):
            recommendation = UNSET
        elif isinstance(self.recommendation, DisputeRecommendationRead):
            recommendation = self.recommendation.to_dict()
        else:
            recommendation = self.recommendation

        inspection_reports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inspection_reports, Unset):
            inspection_reports = []
            for inspection_reports_item_data in self.inspection_reports:
                inspection_reports_item = inspection_reports_item_data.to_dict()
                inspection_reports.append(inspection_reports_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "order_id": order_id,
            "order_reference": order_reference,
            "order_kind": order_kind,
            "buyer": buyer,
            "supplier": supplier,
            "reason": reason,
            "requested_outcome": requested_outcome,
            "status": status,
            "refund_status": refund_status,
            "award_status": award_status,
            "respondent_silent": respondent_silent,
            "claimed_amount": claimed_amount,
            "covered_amount": covered_amount,
            "currency": currency,
            "opened_at": opened_at,
            "next_action_by": next_action_by,
            "next_action": next_action,
            "next_due_at": next_due_at,
            "description": description,
            "language": language,
            "return_status": return_status,
            "escalated_by": escalated_by,
            "withdraw_reason": withdraw_reason,
            "on_public_record": on_public_record,
            "window_closes_at": window_closes_at,
            "supplier_responded_at": supplier_responded_at,
            "escalated_at": escalated_at,
            "under_review_at": under_review_at,
            "decided_at": decided_at,
            "settled_at": settled_at,
            "withdrawn_at": withdrawn_at,
            "closed_at": closed_at,
            "response_due_at": response_due_at,
            "escalation_opens_at": escalation_opens_at,
            "auto_escalation_due_at": auto_escalation_due_at,
            "evidence_due_at": evidence_due_at,
            "decision_due_at": decision_due_at,
            "award_due_at": award_due_at,
            "return_due_at": return_due_at,
            "appeal_due_at": appeal_due_at,
            "return_carrier": return_carrier,
            "return_tracking_number": return_tracking_number,
            "requirements": requirements,
            "checklist": checklist,
            "case_strength": case_strength,
            "evidence": evidence,
            "proposals": proposals,
            "messages": messages,
            "decision": decision,
            "decisions": decisions,
            "refunds": refunds,
            "obligations": obligations,
            "appeals": appeals,
            "timeline": timeline,
            "evidence_limits": evidence_limits,
        })
        if evidence_summary is not UNSET:
            field_dict["evidence_summary"] = evidence_summary
        if recommendation is not UNSET:
            field_dict["recommendation"] = recommendation
        if inspection_reports is not UNSET:
            field_dict["inspection_reports"] = inspection_reports

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.appeal_read import AppealRead # noqa: PLC0415
        from ..models.case_strength_read import CaseStrengthRead # noqa: PLC0415
        from ..models.checklist_item_read import ChecklistItemRead # noqa: PLC0415
        from ..models.decision_read import DecisionRead # noqa: PLC0415
        from ..models.dispute_clause_finding_read import DisputeClauseFindingRead # noqa: PLC0415
        from ..models.dispute_inspection_report_read import DisputeInspectionReportRead # noqa: PLC0415
        from ..models.dispute_read_evidence_limits import DisputeReadEvidenceLimits # noqa: PLC0415
        from ..models.dispute_recommendation_read import DisputeRecommendationRead # noqa: PLC0415
        from ..models.evidence_read import EvidenceRead # noqa: PLC0415
        from ..models.message_read import MessageRead # noqa: PLC0415
        from ..models.obligation_read import ObligationRead # noqa: PLC0415
        from ..models.org_brief import OrgBrief # noqa: PLC0415
        from ..models.proposal_read import ProposalRead # noqa: PLC0415
        from ..models.refund_read import RefundRead # noqa: PLC0415
        from ..models.requirement_read import RequirementRead # noqa: PLC0415
        from ..models.timeline_entry import TimelineEntry # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        order_id = d.pop("order_id")

        order_reference = d.pop("order_reference")

        order_kind = OrderKind(d.pop("order_kind"))




        buyer = OrgBrief.from_dict(d.pop("buyer"))




        supplier = OrgBrief.from_dict(d.pop("supplier"))




        reason = DisputeReason(d.pop("reason"))




        requested_outcome = RequestedOutcome(d.pop("requested_outcome"))




        status = DisputeStatus(d.pop("status"))




        refund_status = RefundStatus(d.pop("refund_status"))




        award_status = AwardStatus(d.pop("award_status"))




        respondent_silent = d.pop("respondent_silent")

        claimed_amount = d.pop("claimed_amount")

        covered_amount = d.pop("covered_amount")

        currency = d.pop("currency")

        opened_at = datetime.datetime.fromisoformat(d.pop("opened_at"))




        next_action_by = DisputeReadNextActionBy(d.pop("next_action_by"))




        next_action = d.pop("next_action")

        def _parse_next_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_due_at_type_0 = datetime.datetime.fromisoformat(data)



                return next_due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_due_at = _parse_next_due_at(d.pop("next_due_at"))


        description = d.pop("description")

        def _parse_language(data: object) -> Language | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = Language(data)



                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Language | None, data)

        language = _parse_language(d.pop("language"))


        return_status = ReturnStatus(d.pop("return_status"))




        escalated_by = DisputeReadEscalatedBy(d.pop("escalated_by"))




        withdraw_reason = d.pop("withdraw_reason")

        on_public_record = d.pop("on_public_record")

        def _parse_window_closes_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                window_closes_at_type_0 = datetime.datetime.fromisoformat(data)



                return window_closes_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        window_closes_at = _parse_window_closes_at(d.pop("window_closes_at"))


        def _parse_supplier_responded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                supplier_responded_at_type_0 = datetime.datetime.fromisoformat(data)



                return supplier_responded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        supplier_responded_at = _parse_supplier_responded_at(d.pop("supplier_responded_at"))


        def _parse_escalated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                escalated_at_type_0 = datetime.datetime.fromisoformat(data)



                return escalated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        escalated_at = _parse_escalated_at(d.pop("escalated_at"))


        def _parse_under_review_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                under_review_at_type_0 = datetime.datetime.fromisoformat(data)



                return under_review_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        under_review_at = _parse_under_review_at(d.pop("under_review_at"))


        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)



                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))


        def _parse_settled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                settled_at_type_0 = datetime.datetime.fromisoformat(data)



                return settled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        settled_at = _parse_settled_at(d.pop("settled_at"))


        def _parse_withdrawn_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                withdrawn_at_type_0 = datetime.datetime.fromisoformat(data)



                return withdrawn_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        withdrawn_at = _parse_withdrawn_at(d.pop("withdrawn_at"))


        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)



                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))


        response_due_at = datetime.datetime.fromisoformat(d.pop("response_due_at"))




        escalation_opens_at = datetime.datetime.fromisoformat(d.pop("escalation_opens_at"))




        auto_escalation_due_at = datetime.datetime.fromisoformat(d.pop("auto_escalation_due_at"))




        def _parse_evidence_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                evidence_due_at_type_0 = datetime.datetime.fromisoformat(data)



                return evidence_due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        evidence_due_at = _parse_evidence_due_at(d.pop("evidence_due_at"))


        def _parse_decision_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_due_at_type_0 = datetime.datetime.fromisoformat(data)



                return decision_due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decision_due_at = _parse_decision_due_at(d.pop("decision_due_at"))


        def _parse_award_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                award_due_at_type_0 = datetime.datetime.fromisoformat(data)



                return award_due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        award_due_at = _parse_award_due_at(d.pop("award_due_at"))


        def _parse_return_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return_due_at_type_0 = datetime.datetime.fromisoformat(data)



                return return_due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        return_due_at = _parse_return_due_at(d.pop("return_due_at"))


        def _parse_appeal_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                appeal_due_at_type_0 = datetime.datetime.fromisoformat(data)



                return appeal_due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        appeal_due_at = _parse_appeal_due_at(d.pop("appeal_due_at"))


        return_carrier = d.pop("return_carrier")

        return_tracking_number = d.pop("return_tracking_number")

        requirements = []
        _requirements = d.pop("requirements")
        for requirements_item_data in (_requirements):
            requirements_item = RequirementRead.from_dict(requirements_item_data)



            requirements.append(requirements_item)


        checklist = []
        _checklist = d.pop("checklist")
        for checklist_item_data in (_checklist):
            checklist_item = ChecklistItemRead.from_dict(checklist_item_data)



            checklist.append(checklist_item)


        case_strength = CaseStrengthRead.from_dict(d.pop("case_strength"))




        evidence = []
        _evidence = d.pop("evidence")
        for evidence_item_data in (_evidence):
            evidence_item = EvidenceRead.from_dict(evidence_item_data)



            evidence.append(evidence_item)


        proposals = []
        _proposals = d.pop("proposals")
        for proposals_item_data in (_proposals):
            proposals_item = ProposalRead.from_dict(proposals_item_data)



            proposals.append(proposals_item)


        messages = []
        _messages = d.pop("messages")
        for messages_item_data in (_messages):
            messages_item = MessageRead.from_dict(messages_item_data)



            messages.append(messages_item)


        def _parse_decision(data: object) -> DecisionRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                decision_type_0 = DecisionRead.from_dict(data)



                return decision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DecisionRead | None, data)

        decision = _parse_decision(d.pop("decision"))


        decisions = []
        _decisions = d.pop("decisions")
        for decisions_item_data in (_decisions):
            decisions_item = DecisionRead.from_dict(decisions_item_data)



            decisions.append(decisions_item)


        refunds = []
        _refunds = d.pop("refunds")
        for refunds_item_data in (_refunds):
            refunds_item = RefundRead.from_dict(refunds_item_data)



            refunds.append(refunds_item)


        obligations = []
        _obligations = d.pop("obligations")
        for obligations_item_data in (_obligations):
            obligations_item = ObligationRead.from_dict(obligations_item_data)



            obligations.append(obligations_item)


        appeals = []
        _appeals = d.pop("appeals")
        for appeals_item_data in (_appeals):
            appeals_item = AppealRead.from_dict(appeals_item_data)



            appeals.append(appeals_item)


        timeline = []
        _timeline = d.pop("timeline")
        for timeline_item_data in (_timeline):
            timeline_item = TimelineEntry.from_dict(timeline_item_data)



            timeline.append(timeline_item)


        evidence_limits = DisputeReadEvidenceLimits.from_dict(d.pop("evidence_limits"))




        _evidence_summary = d.pop("evidence_summary", UNSET)
        evidence_summary: list[DisputeClauseFindingRead] | Unset = UNSET
        if _evidence_summary is not UNSET:
            evidence_summary = []
            for evidence_summary_item_data in _evidence_summary:
                evidence_summary_item = DisputeClauseFindingRead.from_dict(evidence_summary_item_data)



                evidence_summary.append(evidence_summary_item)


        def _parse_recommendation(data: object) -> DisputeRecommendationRead | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recommendation_type_0 = DisputeRecommendationRead.from_dict(data)



                return recommendation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DisputeRecommendationRead | None | Unset, data)

        recommendation = _parse_recommendation(d.pop("recommendation", UNSET))


        _inspection_reports = d.pop("inspection_reports", UNSET)
        inspection_reports: list[DisputeInspectionReportRead] | Unset = UNSET
        if _inspection_reports is not UNSET:
            inspection_reports = []
            for inspection_reports_item_data in _inspection_reports:
                inspection_reports_item = DisputeInspectionReportRead.from_dict(inspection_reports_item_data)



                inspection_reports.append(inspection_reports_item)


        dispute_read = cls(
            id=id,
            order_id=order_id,
            order_reference=order_reference,
            order_kind=order_kind,
            buyer=buyer,
            supplier=supplier,
            reason=reason,
            requested_outcome=requested_outcome,
            status=status,
            refund_status=refund_status,
            award_status=award_status,
            respondent_silent=respondent_silent,
            claimed_amount=claimed_amount,
            covered_amount=covered_amount,
            currency=currency,
            opened_at=opened_at,
            next_action_by=next_action_by,
            next_action=next_action,
            next_due_at=next_due_at,
            description=description,
            language=language,
            return_status=return_status,
            escalated_by=escalated_by,
            withdraw_reason=withdraw_reason,
            on_public_record=on_public_record,
            window_closes_at=window_closes_at,
            supplier_responded_at=supplier_responded_at,
            escalated_at=escalated_at,
            under_review_at=under_review_at,
            decided_at=decided_at,
            settled_at=settled_at,
            withdrawn_at=withdrawn_at,
            closed_at=closed_at,
            response_due_at=response_due_at,
            escalation_opens_at=escalation_opens_at,
            auto_escalation_due_at=auto_escalation_due_at,
            evidence_due_at=evidence_due_at,
            decision_due_at=decision_due_at,
            award_due_at=award_due_at,
            return_due_at=return_due_at,
            appeal_due_at=appeal_due_at,
            return_carrier=return_carrier,
            return_tracking_number=return_tracking_number,
            requirements=requirements,
            checklist=checklist,
            case_strength=case_strength,
            evidence=evidence,
            proposals=proposals,
            messages=messages,
            decision=decision,
            decisions=decisions,
            refunds=refunds,
            obligations=obligations,
            appeals=appeals,
            timeline=timeline,
            evidence_limits=evidence_limits,
            evidence_summary=evidence_summary,
            recommendation=recommendation,
            inspection_reports=inspection_reports,
        )


        dispute_read.additional_properties = d
        return dispute_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
