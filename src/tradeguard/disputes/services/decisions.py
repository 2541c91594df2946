"""Officers' decisions (with findings tied to evidence) and appeals."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError, invalid
from tradeguard.common.events import event_record
from tradeguard.common.formatting import format_date, format_instant
from tradeguard.common.i18n.text import Money, Text, join_and, join_list, written_in
from tradeguard.common.money import format_money, parse_amount
from tradeguard.disputes import policy
from tradeguard.disputes.enums import (
    AppealStatus,
    DecisionOutcome,
    DisputesErrorCode,
    DisputeStatus,
    EvidenceStatus,
    ObligationStatus,
    Party,
    ProposalKind,
    RefundEntryStatus,
    ReturnStatus,
)
from tradeguard.disputes.models import (
    Appeal,
    CitedRequirement,
    Decision,
    Dispute,
    EvidenceItem,
    Finding,
)
from tradeguard.disputes.services._common import (
    lock,
    over_cap,
    require_officer,
    require_party,
    tell,
    webhook,
)
from tradeguard.disputes.services.lifecycle import dispute_transition

E = DisputesErrorCode
S = DisputeStatus
O = DecisionOutcome  # noqa: E741 - short alias of the outcome enum


@dataclass(frozen=True, slots=True)
class FindingInput:
    text: str
    evidence_ids: Sequence[int] = field(default_factory=tuple)
    requirement_id: int | None = None
    requirement_text: str = ""


def _clean_findings(
    dispute: Dispute, findings: Sequence[FindingInput]
) -> list[tuple[FindingInput, list[EvidenceItem], CitedRequirement | None]]:
    if not findings:
        raise ApplicationError(
            E.FINDINGS_REQUIRED,
            _(
                "A decision needs at least one finding: what you hold, the evidence items it rests "
                "on and the requirement it applies. No findings, no decision."
            ),
            fields={"findings": _("Add at least one finding citing evidence and a requirement.")},
        )
    submitted = {e.pk: e for e in dispute.evidence.filter(status=EvidenceStatus.SUBMITTED)}
    requirements = {r.pk: r for r in dispute.requirements.all()}
    cleaned = []
    for i, f in enumerate(findings):
        prefix = f"findings.{i}"
        if not (f.text or "").strip():
            raise invalid(f"{prefix}.text", _("Write what the finding holds."))
        if not f.evidence_ids:
            raise ApplicationError(
                E.FINDING_EVIDENCE_INVALID,
                _("Each finding must cite the submitted evidence items it rests on."),
                fields={
                    f"{prefix}.evidence_ids": _(
                        "Cite at least one submitted evidence item of this case."
                    )
                },
            )
        bad = [eid for eid in f.evidence_ids if eid not in submitted]
        if bad:
            raise ApplicationError(
                E.FINDING_EVIDENCE_INVALID,
                _("Evidence %(value)s is not submitted evidence of this case.")
                % {"value": ", ".join(f"#{b}" for b in bad)},
                fields={
                    f"{prefix}.evidence_ids": _(
                        "Cite submitted evidence items of this case only (drafts do not count)."
                    )
                },
            )
        requirement = None
        if f.requirement_id is not None:
            requirement = requirements.get(f.requirement_id)
            if requirement is None:
                raise invalid(
                    f"{prefix}.requirement_id",
                    _("Cite a requirement the buyer cited on this case."),
                )
        elif not (f.requirement_text or "").strip():
            raise invalid(
                f"{prefix}.requirement_text",
                _(
                    "Name the requirement the finding applies: a cited requirement, or the term it rests on "
                    "(e.g. 'delivery by the estimated date agreed in the contract')."
                ),
            )
        cleaned.append((f, [submitted[eid] for eid in f.evidence_ids], requirement))
    return cleaned


def _refund_amount(dispute: Dispute, outcome: str, refund_amount: Any) -> Decimal:
    cap = dispute.covered_amount if not dispute.offline else dispute.order.total
    if outcome == O.SUPPLIER:
        if refund_amount not in (None, "", 0, "0") and Decimal(str(refund_amount)) != 0:
            raise invalid(
                "refund_amount",
                _("A decision for the supplier awards no refund; leave it empty or 0."),
            )
        return Decimal(0)
    if refund_amount in (None, ""):
        if outcome == O.BUYER_PARTIAL:
            raise invalid("refund_amount", _("A partial award needs its amount."))
        return min(dispute.claimed_amount, cap) if dispute.claimed_amount else cap
    amount = parse_amount(refund_amount, dispute.currency, field="refund_amount")
    if amount > cap:
        raise ApplicationError(
            E.REFUND_EXCEEDS_COVERED,
            over_cap(dispute, amount, cap),
            fields={
                "refund_amount": _("Award at most %(cap)s.")
                % {"cap": format_money(cap, dispute.currency)}
            },
        )
    return amount


def _require_offline_basics(dispute: Dispute, outcome: str) -> None:
    if not dispute.offline or outcome == O.SUPPLIER:
        return
    types = set(
        dispute.evidence.filter(status=EvidenceStatus.SUBMITTED).values_list("type", flat=True)
    )
    missing = [
        label
        for key, label in (
            ("sales_contract", _("sales contract")),
            ("transaction_record", _("proof of payment")),
        )
        if key not in types
    ]
    if missing:
        raise ApplicationError(
            E.REQUIRED_EVIDENCE_MISSING,
            _("An offline order can be decided for the buyer only on a submitted %(missing)s.")
            % {"missing": join_and(missing)},
            fields={"outcome": _("Missing: %(missing)s.") % {"missing": join_list(missing)}},
        )


def decision_make(
    *,
    actor: Any,
    dispute: Dispute,
    outcome: str,
    statement: str,
    findings: Sequence[FindingInput],
    refund_amount: Any = None,
) -> Decision:
    """Decide a case under review (or an appeal) with a statement of reasons and findings."""
    require_officer(actor)
    if outcome not in O.values:
        raise invalid("outcome", _("Choose one of: %(values)s.") % {"values": ", ".join(O.values)})
    statement = (statement or "").strip()
    if len(statement) < 20:
        raise invalid(
            "statement",
            _("Write the statement of reasons both parties will read (at least 20 characters)."),
        )
    with transaction.atomic():
        dispute = lock(dispute)
        if dispute.status not in (S.UNDER_REVIEW, S.APPEALED):
            message = (
                _(
                    "Only cases under review or appealed can be decided; this one is "
                    "%(lower)s. The evidence window ends %(due)s."
                )
                if dispute.status == S.ESCALATED and dispute.evidence_due_at
                else _("Only cases under review or appealed can be decided; this one is %(lower)s.")
            )
            raise ApplicationError(
                E.INVALID_TRANSITION,
                message
                % {
                    "lower": dispute.get_status_display().lower(),
                    "due": format_instant(dispute.evidence_due_at),
                },
                status=409,
            )
        appeal = None
        if dispute.status == S.APPEALED:
            appeal = (
                dispute.appeals.filter(status=AppealStatus.PENDING)
                .select_related("appealed_decision")
                .first()
            )
            if appeal is not None and appeal.appealed_decision.officer_id == actor.pk:
                raise ApplicationError(
                    E.SAME_OFFICER,
                    _(
                        "An appeal is reviewed by a different officer than the one who made the decision."
                    ),
                    status=403,
                )
        cleaned = _clean_findings(dispute, findings)
        amount = _refund_amount(dispute, outcome, refund_amount)
        _require_offline_basics(dispute, outcome)
        now = clock.now()
        decision = Decision.objects.create(
            dispute=dispute,
            officer=actor,
            outcome=outcome,
            refund_amount=amount,
            currency=dispute.currency,
            statement=statement,
            language=written_in(actor, " ".join([statement, *(f.text for f in findings)])),
            decided_at=now,
            appeal=appeal,
        )
        for position, (f, items, requirement) in enumerate(cleaned, start=1):
            finding = Finding.objects.create(
                decision=decision,
                position=position,
                text=f.text.strip(),
                requirement=requirement,
                requirement_text=(f.requirement_text or "").strip()
                or (requirement.text if requirement else ""),
            )
            finding.evidence.set(items)
        if appeal is not None:
            appeal.status = AppealStatus.DECIDED
            appeal.save(update_fields=["status"])
            _undo_previous_award(dispute, actor)
        event_record(
            obj=dispute,
            type="dispute.decided",
            actor=actor,
            new={"outcome": outcome, "refund_amount": amount},
            params={
                "decision": decision.pk,
                "findings": len(cleaned),
                "appeal": appeal.pk if appeal else None,
            },
        )
        dispute_transition(
            actor=actor, dispute=dispute, to=S.DECIDED, params={"decision": decision.pk}
        )
        _carry_out_decision(dispute, decision, actor)
        findings_text = "\n".join(
            f"{i}. {f.text.strip()}" for i, (f, _x, _y) in enumerate(cleaned, start=1)
        )
        body = Text(
            _(
                "%(outcome)s%(amount)s.\n\nStatement of reasons:\n%(statement)s\n\n"
                "Findings:\n%(findings)s\n\nEither party may appeal once, with evidence added "
                "after this decision, until %(appeal_due)s."
            ),
            outcome=decision.get_outcome_display,
            amount=Text(_(": %(money)s"), money=Money(amount, dispute.currency)) if amount else "",
            statement=statement,
            findings=findings_text,
            appeal_due=dispute.appeal_due_at or "",
        )
        if appeal is not None:
            body = Text(_("Decision on appeal. %(decision)s"), decision=body)
        tell(
            dispute,
            [Party.BUYER, Party.SUPPLIER],
            kind="dispute.decided",
            subject=_("decided"),
            body=body,
            actor=actor,
        )
        webhook(
            "dispute.decided",
            dispute,
            outcome=outcome,
            refund_amount=str(amount),
            currency=dispute.currency,
        )
    return decision


def _undo_previous_award(dispute: Dispute, actor: Any) -> None:
    """An appeal decision replaces the award: what was not carried out yet is cancelled;
    what was paid counts towards the new award."""
    for refund in dispute.refunds.select_for_update().filter(status=RefundEntryStatus.PENDING):
        refund.status = RefundEntryStatus.CANCELLED
        refund.save(update_fields=["status"])
    for obligation in dispute.obligations.select_for_update().filter(
        status__in=[ObligationStatus.PENDING, ObligationStatus.CONFIRMED]
    ):
        obligation.status = ObligationStatus.CANCELLED
        obligation.save(update_fields=["status"])
    if dispute.return_status in (ReturnStatus.AWAITING_SHIPMENT,):
        dispute.return_status = ReturnStatus.NONE
    dispute.save()
    event_record(obj=dispute, type="dispute.award_replaced", actor=actor)


def _carry_out_decision(dispute: Dispute, decision: Decision, actor: Any) -> None:
    from tradeguard.disputes.services.awards import _refresh, carry_out

    if decision.outcome == O.SUPPLIER:
        _refresh(dispute)
        return
    already = sum(
        (r.amount for r in dispute.refunds.filter(status=RefundEntryStatus.PAID)), Decimal(0)
    ) + sum(
        (
            o.amount or Decimal(0)
            for o in dispute.obligations.filter(status=ObligationStatus.FULFILLED, kind="pay_buyer")
        ),
        Decimal(0),
    )
    remaining = max(decision.refund_amount - already, Decimal(0))
    kind = (
        ProposalKind.RETURN_AND_REFUND
        if decision.outcome == O.RETURN_AND_REFUND
        else ProposalKind.PARTIAL_REFUND
    )
    if kind == ProposalKind.RETURN_AND_REFUND and dispute.return_status == ReturnStatus.DELIVERED:
        kind = ProposalKind.PARTIAL_REFUND  # the goods are already back
    carry_out(
        dispute=dispute, kind=kind, amount=remaining, source=f"decision:{decision.pk}", actor=actor
    )


def loss_points_award(dispute: Dispute) -> None:
    """When a decision for the buyer becomes final: the supplier's loss points."""
    from tradeguard.sanctions.policy import dispute_loss_points
    from tradeguard.sanctions.services import points_award

    decision = dispute.decisions.order_by("-decided_at", "-id").first()
    if decision is None or decision.outcome == O.SUPPLIER:
        return
    points_award(
        supplier=dispute.supplier,
        points=dispute_loss_points(dispute.reason),
        reason_code="dispute_lost",
        reason_params={
            "dispute": dispute.pk,
            "reason": dispute.reason,
            "outcome": decision.outcome,
        },
        source_type="dispute",
        source_id=dispute.pk,
        actor=None,
        idempotency_key=f"dispute:{dispute.pk}:loss",
    )
    if not dispute.on_public_record:
        dispute.on_public_record = True
        dispute.save(update_fields=["on_public_record", "updated_at"])


def appeal_file(*, actor: Any, dispute: Dispute, reason: str) -> Appeal:
    """Appeal once per party, within the appeal window, on evidence added after the decision."""
    with transaction.atomic():
        dispute = lock(dispute)
        party = require_party(actor, dispute, Party.BUYER, Party.SUPPLIER)
        decision = dispute.decisions.order_by("-decided_at", "-id").first()
        now = clock.now()
        if (
            decision is not None
            and dispute.appeal_due_at is not None
            and now > dispute.appeal_due_at
            and dispute.status in (S.DECIDED, S.CLOSED)
        ):
            # After the window the case closes by itself: say why, with the date, rather
            # than "the case is closed".
            raise ApplicationError(
                E.APPEAL_WINDOW_CLOSED,
                _(
                    "The appeal window closed on %(due)s, %(days)s days after the "
                    "decision of %(decided)s; the decision is final and can no longer be "
                    "appealed."
                )
                % {
                    "due": format_instant(dispute.appeal_due_at),
                    "days": policy.setting("appeal_days"),
                    "decided": format_date(decision.decided_at),
                },
            )
        if dispute.status != S.DECIDED or decision is None:
            raise ApplicationError(
                E.INVALID_TRANSITION,
                _("Only a decided case can be appealed; this one is %(status)s.")
                % {"status": dispute.get_status_display().lower()},
                status=409,
            )
        if dispute.appeals.filter(party=party).exists():
            raise ApplicationError(
                E.APPEAL_ALREADY_USED,
                _("The %(party)s has already appealed this case; each party may appeal once.")
                % {"party": Party(party).label.lower()},
                status=409,
            )
        reason = (reason or "").strip()
        if len(reason) < 20:
            raise invalid(
                "reason",
                _(
                    "Explain what the decision got wrong and what the new evidence shows (at least 20 characters)."
                ),
            )
        new = list(
            dispute.evidence.filter(
                party=party, status=EvidenceStatus.SUBMITTED, submitted_at__gt=decision.decided_at
            )
        )
        if not new:
            raise ApplicationError(
                E.APPEAL_NEEDS_NEW_EVIDENCE,
                _(
                    "An appeal must rest on evidence added after the decision. Upload and submit the new "
                    "evidence on the case page first, then appeal."
                ),
                fields={
                    "evidence": _("Submit at least one evidence item after %(decided_at)s.")
                    % {"decided_at": format_instant(decision.decided_at)}
                },
            )
        appeal = Appeal.objects.create(
            dispute=dispute,
            party=party,
            filed_by=actor,
            reason=reason,
            language=written_in(actor, reason),
            appealed_decision=decision,
            filed_at=now,
        )
        appeal.new_evidence.set(new)
        event_record(
            obj=dispute,
            type="dispute.appealed",
            actor=actor,
            params={
                "appeal": appeal.pk,
                "party": party,
                "new_evidence": [e.pk for e in new],
                "reason": reason,
            },
        )
        dispute_transition(
            actor=actor, dispute=dispute, to=S.APPEALED, params={"appeal": appeal.pk}
        )
    return appeal
