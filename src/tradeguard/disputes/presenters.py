"""Plain-data views of a case, shared by the API and the HTML pages."""

from __future__ import annotations

from typing import Any

from tradeguard.common.money import quantize
from tradeguard.disputes import policy, selectors
from tradeguard.disputes.models import (
    Appeal,
    Decision,
    Dispute,
    EvidenceItem,
    Message,
    Proposal,
    RefundEntry,
)


def m(amount: Any, currency: str) -> Any:
    """An amount with the currency's minor units (the column stores 4 places)."""
    return None if amount is None else quantize(amount, currency)


def summary(dispute: Dispute) -> dict[str, Any]:
    action = selectors.next_action(dispute)
    return {
        "id": dispute.pk,
        "order_id": dispute.order_id,
        "order_reference": dispute.order.reference,
        "order_kind": dispute.order_kind,
        "buyer": {"id": dispute.buyer_id, "name": dispute.buyer.name},
        "supplier": {"id": dispute.supplier_id, "name": dispute.supplier.name},
        "reason": dispute.reason,
        "requested_outcome": dispute.requested_outcome,
        "status": dispute.status,
        "refund_status": dispute.refund_status,
        "award_status": dispute.award_status,
        "respondent_silent": dispute.respondent_silent,
        "claimed_amount": m(dispute.claimed_amount, dispute.currency),
        "covered_amount": m(dispute.covered_amount, dispute.currency),
        "currency": dispute.currency,
        "opened_at": dispute.opened_at,
        "next_action_by": action.party,
        "next_action": action.text,
        "next_due_at": action.due_at,
    }


def checklist_rows(strength: policy.CaseStrength) -> list[dict[str, Any]]:
    return [
        {
            "key": line.item.key,
            "label": str(line.item.label),
            "required": line.item.required,
            "types": list(line.item.types),
            "done": line.done,
            "drafted": line.drafted,
        }
        for line in strength.lines
    ]


def decision_read(decision: Decision) -> dict[str, Any]:
    return {
        "id": decision.pk,
        "officer": decision.officer.display_name,
        "outcome": decision.outcome,
        "refund_amount": m(decision.refund_amount, decision.currency),
        "currency": decision.currency,
        "statement": decision.statement,
        "language": decision.language,
        "decided_at": decision.decided_at,
        "on_appeal": decision.appeal_id is not None,
        "findings": [
            {
                "position": f.position,
                "text": f.text,
                "requirement_id": f.requirement_id,
                "requirement_text": f.requirement_text,
                "evidence_ids": [e.pk for e in f.evidence.all()],
            }
            for f in decision.findings.all()
        ],
    }


def spec_evidence_read(dispute: Dispute) -> dict[str, Any]:
    """`evidence_summary` and `recommendation` of the case (see selectors.spec_evidence)."""
    found = selectors.spec_evidence(dispute)
    if found is None:
        return {"evidence_summary": [], "recommendation": None}
    rec = found.recommendation
    return {
        "evidence_summary": [
            {**f.as_dict(), "requirement_id": found.requirement_for(f)} for f in found.findings
        ],
        "recommendation": {
            "outcome": rec.outcome,
            "amount": m(rec.amount, rec.currency),
            "currency": rec.currency,
            "explanation": rec.explanation,
            "arithmetic": list(rec.arithmetic),
            "suggested_outcome": found.suggested.outcome,
            "suggested_refund_amount": m(found.suggested.refund_amount, dispute.currency),
            "note": found.suggested.note,
        },
    }


def order_reports_read(dispute: Dispute) -> list[dict[str, Any]]:
    return [
        {
            "report_id": r.report.pk,
            "inspection_id": r.inspection.pk,
            "kind": r.inspection.kind,
            "version": r.report.number,
            "signed_at": r.report.signed_at,
            "overall": r.report.overall,
            "sha256": r.report.sha256,
            "evidence_id": r.evidence_id,
        }
        for r in selectors.order_reports(dispute)
    ]


def evidence_read(e: EvidenceItem) -> dict[str, Any]:
    return {
        "id": e.pk,
        "party": e.party,
        "type": e.type,
        "description": e.description,
        "language": e.language,
        "status": e.status,
        "sha256": e.file.sha256,
        "size": e.file.size,
        "mime_type": e.file.mime_type,
        "original_name": e.file.original_name,
        "uploaded_by": e.uploaded_by.display_name,
        "created_at": e.created_at,
        "submitted_at": e.submitted_at,
        "file": e.file,
    }


def proposal_read(p: Proposal) -> dict[str, Any]:
    return {
        "id": p.pk,
        "party": p.party,
        "kind": p.kind,
        "amount": m(p.amount, p.currency),
        "currency": p.currency,
        "note": p.note,
        "language": p.language,
        "is_initial_request": p.is_initial_request,
        "status": p.status,
        "created_at": p.created_at,
        "answered_at": p.answered_at,
        "reject_reason": p.reject_reason,
    }


def message_read(msg: Message) -> dict[str, Any]:
    return {
        "id": msg.pk,
        "party": msg.party,
        "author": msg.author.display_name,
        "body": msg.body,
        "language": msg.language,
        "created_at": msg.created_at,
    }


def appeal_read(a: Appeal) -> dict[str, Any]:
    return {
        "id": a.pk,
        "party": a.party,
        "reason": a.reason,
        "language": a.language,
        "status": a.status,
        "filed_at": a.filed_at,
        "new_evidence_ids": [e.pk for e in a.new_evidence.all()],
    }


def refund_read(r: RefundEntry) -> dict[str, Any]:
    return {
        "id": r.pk,
        "amount": m(r.amount, r.currency),
        "currency": r.currency,
        "status": r.status,
        "source": r.source,
        "created_at": r.created_at,
        "paid_at": r.paid_at,
        "payment_reference": r.payment_reference,
    }


def detail(user: Any, dispute: Dispute) -> dict[str, Any]:
    evidence = list(selectors.evidence_visible(user, dispute))
    strength = selectors.case_strength(dispute, evidence)
    decisions = [decision_read(d) for d in dispute.decisions.all()]
    timeline = [
        {
            "at": e.created_at,
            "type": e.type,
            "actor": e.actor_label,
            "old": e.old,
            "new": e.new,
            "params": e.params,
        }
        for e in selectors.dispute_timeline(dispute, user)
    ]
    return {
        **summary(dispute),
        **{
            name: getattr(dispute, name)
            for name in (
                "description",
                "language",
                "return_status",
                "escalated_by",
                "withdraw_reason",
                "on_public_record",
                "window_closes_at",
                "supplier_responded_at",
                "escalated_at",
                "under_review_at",
                "decided_at",
                "settled_at",
                "withdrawn_at",
                "closed_at",
                "response_due_at",
                "evidence_due_at",
                "decision_due_at",
                "award_due_at",
                "return_due_at",
                "appeal_due_at",
                "return_carrier",
                "return_tracking_number",
            )
        },
        "escalation_opens_at": dispute.escalation_allowed_at,
        "auto_escalation_due_at": dispute.auto_escalate_at,
        "requirements": [
            {"id": r.pk, "source": r.source, "reference": r.reference, "text": r.text}
            for r in dispute.requirements.all()
        ],
        "checklist": checklist_rows(strength),
        "case_strength": {
            "score": strength.score,
            "label": strength.label,
            "missing_required": [str(m) for m in strength.missing_required],
        },
        "evidence": [evidence_read(e) for e in evidence],
        "proposals": [proposal_read(p) for p in dispute.proposals.all()],
        "messages": [message_read(msg) for msg in dispute.messages.all()],
        "decision": decisions[-1] if decisions else None,
        "decisions": decisions,
        "refunds": [refund_read(r) for r in dispute.refunds.all()],
        "obligations": [
            {
                "id": o.pk,
                "kind": o.kind,
                "amount": m(o.amount, o.currency),
                "currency": o.currency,
                "status": o.status,
                "due_at": o.due_at,
                "confirmed_at": o.confirmed_at,
                "reference": o.reference,
                "buyer_confirm_due_at": o.buyer_confirm_due_at,
                "fulfilled_at": o.fulfilled_at,
            }
            for o in dispute.obligations.all()
        ],
        "appeals": [appeal_read(a) for a in dispute.appeals.all()],
        "timeline": timeline,
        "evidence_limits": {
            "max_file_bytes": int(policy.setting("evidence_max_file_bytes")),
            "max_case_bytes": int(policy.setting("evidence_max_case_bytes")),
        },
        **spec_evidence_read(dispute),
        "inspection_reports": order_reports_read(dispute),
    }


def eligibility(order_id: int, order_kind: str, e: policy.Eligibility) -> dict[str, Any]:
    strength = (
        policy.case_strength(order_kind, e.reason, ())
        if e.reason in policy.REASON_CHECKLIST
        else None
    )
    return {
        "order_id": order_id,
        "reason": e.reason,
        "eligible": e.eligible,
        "code": e.code,
        "message": e.message,
        "fields": e.fields,
        "window": (
            {
                "opens_at": e.window.opens_at,
                "closes_at": e.window.closes_at,
                "basis": e.window.basis,
            }
            if e.window
            else None
        ),
        "covered_amount": m(e.covered_amount, e.currency) if e.currency else e.covered_amount,
        "currency": e.currency,
        "offline": e.offline,
        "requires_requirement": e.requires_requirement,
        "requirement_guidance": str(policy.REQUIREMENT_GUIDANCE) if e.requires_requirement else "",
        "notes": e.notes,
        "not_covered": [str(n) for n in e.not_covered],
        "checklist": checklist_rows(strength) if strength else [],
    }
