"""The one transition service and the moves built directly on it: escalate, withdraw,
start review, close. Every move is checked against `policy.TRANSITIONS`, stamps its
`<state>_at`, sets the deadlines of the new state, schedules their timers, writes an
event and tells the people concerned."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError
from tradeguard.common.events import event_record
from tradeguard.common.formatting import format_instant
from tradeguard.common.i18n.text import Text, join_list
from tradeguard.common.timers import timer_schedule
from tradeguard.disputes import policy
from tradeguard.disputes.enums import (
    AwardStatus,
    DisputesErrorCode,
    DisputeStatus,
    Party,
    ProposalStatus,
    ReturnStatus,
)
from tradeguard.disputes.models import Dispute
from tradeguard.disputes.services._common import lock, require_party, tell, webhook

S = DisputeStatus
E = DisputesErrorCode

STATUS_WORDS: dict[DisputeStatus, Any] = {
    S.NEGOTIATING: _("The supplier responded; the parties are negotiating."),
    S.ESCALATED: _("The case was escalated to the platform."),
    S.UNDER_REVIEW: _("The evidence window closed; an officer now reviews the case."),
    S.DECIDED: _("An officer decided the case."),
    S.APPEALED: _("The decision was appealed; a different officer reviews it."),
    S.SETTLED: _("The parties settled the case."),
    S.WITHDRAWN: _("The buyer withdrew the case."),
    S.CLOSED: _("The case is closed."),
}


def dispute_transition(
    *,
    actor: Any,
    dispute: Dispute,
    to: str,
    params: dict[str, Any] | None = None,
    actor_label: str = "",
) -> Dispute:
    """Move a (locked) dispute to `to`. Callers hold the lock inside a transaction."""
    target = DisputeStatus(to)
    old = DisputeStatus(dispute.status)
    if not policy.can_move(old, target):
        allowed = join_list(
            DisputeStatus(s).label.lower() for s in sorted(policy.TRANSITIONS[old])
        ) or _("none (the case is over)")
        raise ApplicationError(
            E.INVALID_TRANSITION,
            _(
                "A dispute that is %(label)s cannot become %(label2)s. Possible next states: %(allowed)s."
            )
            % {"label": old.label.lower(), "label2": target.label.lower(), "allowed": allowed},
            status=409,
        )
    now = clock.now()
    dispute.status = target
    setattr(dispute, policy.STATUS_STAMP[target], now)
    times: dict[str, Any] = {}
    if target == S.ESCALATED:
        dispute.evidence_due_at = policy.evidence_due(now)
        times["evidence_due_at"] = dispute.evidence_due_at
    elif target in (S.UNDER_REVIEW, S.APPEALED):
        dispute.decision_due_at = policy.decision_due(now)
        times["decision_due_at"] = dispute.decision_due_at
    elif target == S.DECIDED:
        dispute.appeal_due_at = now + policy.days("appeal_days")
        times["appeal_due_at"] = dispute.appeal_due_at
    if target in (S.SETTLED, S.WITHDRAWN, S.DECIDED, S.APPEALED):
        # Proposals end with negotiation.
        for proposal in dispute.proposals.filter(status=ProposalStatus.OPEN):
            proposal.status = ProposalStatus.SUPERSEDED
            proposal.answered_at = now
            proposal.save(update_fields=["status", "answered_at"])
    dispute.save()
    event_record(
        obj=dispute,
        type="dispute.status_changed",
        actor=actor,
        actor_label=actor_label,
        old={"status": old},
        new={"status": target, **times},
        params=params or {},
    )
    _schedule(dispute, target)
    _announce(dispute, target, actor)
    return dispute


def _schedule(dispute: Dispute, target: DisputeStatus) -> None:
    now = clock.now()
    if target == S.ESCALATED and dispute.evidence_due_at:
        for at in policy.reminders(
            dispute.evidence_due_at, policy.setting("evidence_reminder_hours"), now
        ):
            timer_schedule(kind="dispute.evidence_reminder", aggregate_id=dispute.pk, due_at=at)
        timer_schedule(
            kind="dispute.evidence_due", aggregate_id=dispute.pk, due_at=dispute.evidence_due_at
        )
    elif target in (S.UNDER_REVIEW, S.APPEALED) and dispute.decision_due_at:
        timer_schedule(
            kind="dispute.decision_overdue", aggregate_id=dispute.pk, due_at=dispute.decision_due_at
        )
    elif target == S.DECIDED and dispute.appeal_due_at:
        timer_schedule(
            kind="dispute.appeal_window_end", aggregate_id=dispute.pk, due_at=dispute.appeal_due_at
        )


def _announce(dispute: Dispute, target: DisputeStatus, actor: Any) -> None:
    """Tell everyone on the case but `actor` (who moved it, if a person)."""
    words = STATUS_WORDS.get(target, "")
    if target == S.ESCALATED:
        silent = (
            _(" The supplier never responded; the case is flagged “respondent silent”.")
            if dispute.respondent_silent
            else ""
        )
        body = Text(
            _(
                "%(words)s%(silent)s\nBoth parties may add and submit evidence until %(due)s. "
                "After that an officer reviews the case and aims to decide within "
                "%(days)s working days."
            ),
            words=words,
            silent=silent,
            due=dispute.evidence_due_at or "",
            days=policy.setting("decision_working_days"),
        )
        tell(
            dispute,
            [Party.BUYER, Party.SUPPLIER],
            kind="dispute.escalated",
            subject=_("escalated"),
            body=body,
            actor=actor,
        )
        webhook("dispute.escalated", dispute, respondent_silent=dispute.respondent_silent)
    elif target in (S.UNDER_REVIEW, S.APPEALED):
        body = Text(
            _("%(words)s\nDecision target: %(due)s."),
            words=words,
            due=dispute.decision_due_at or "",
        )
        tell(
            dispute,
            [Party.BUYER, Party.SUPPLIER, Party.PLATFORM],
            kind=f"dispute.{target}",
            subject=target.label,
            body=body,
            actor=actor,
        )
    elif target == S.SETTLED:
        webhook("dispute.settled", dispute)
    elif target == S.CLOSED:
        tell(
            dispute,
            [Party.BUYER, Party.SUPPLIER],
            kind="dispute.closed",
            subject=_("closed"),
            body=words,
            actor=actor,
        )
        webhook("dispute.closed", dispute)
    elif target == S.WITHDRAWN:
        tell(
            dispute,
            [Party.SUPPLIER],
            kind="dispute.withdrawn",
            subject=_("withdrawn by the buyer"),
            body=Text(
                _("%(words)s\nReason: %(reason)s"), words=words, reason=dispute.withdraw_reason
            )
            if dispute.withdraw_reason
            else words,
            actor=actor,
        )
    elif target == S.NEGOTIATING:
        pass  # the response itself (proposal, rejection, message) is announced by its service


def dispute_escalate(*, actor: Any, dispute: Dispute, reason: str = "") -> Dispute:
    """The buyer asks the platform to step in (from day 4), or the supplier does once it
    has responded."""
    with transaction.atomic():
        dispute = lock(dispute)
        party = require_party(actor, dispute, Party.BUYER, Party.SUPPLIER)
        now = clock.now()
        if dispute.status not in (S.AWAITING_RESPONSE, S.NEGOTIATING):
            raise ApplicationError(
                E.INVALID_TRANSITION,
                _(
                    "The case is %(lower)s; only cases awaiting a response or in negotiation can be escalated."
                )
                % {"lower": dispute.get_status_display().lower()},
                status=409,
            )
        if party == Party.BUYER and now < dispute.escalation_allowed_at:
            raise ApplicationError(
                E.ESCALATION_TOO_EARLY,
                _(
                    "The supplier has until %(response_due_at)s to respond. You may escalate from %(escalation_allowed_at)s; unsettled cases escalate by themselves on %(auto_escalate_at)s."
                )
                % {
                    "response_due_at": format_instant(dispute.response_due_at),
                    "escalation_allowed_at": format_instant(dispute.escalation_allowed_at),
                    "auto_escalate_at": format_instant(dispute.auto_escalate_at),
                },
                status=409,
            )
        if party == Party.SUPPLIER and dispute.status == S.AWAITING_RESPONSE:
            raise ApplicationError(
                E.INVALID_TRANSITION,
                _("Respond to the buyer's request first (accept, propose or reject with reasons)."),
                status=409,
            )
        dispute.escalated_by = party
        dispute.respondent_silent = dispute.supplier_responded_at is None
        return dispute_transition(
            actor=actor, dispute=dispute, to=S.ESCALATED, params={"by": party, "reason": reason}
        )


def dispute_withdraw(*, actor: Any, dispute: Dispute, reason: str = "") -> Dispute:
    """The buyer withdraws the case, any time before a decision."""
    with transaction.atomic():
        dispute = lock(dispute)
        require_party(actor, dispute, Party.BUYER)
        if dispute.status not in policy.OPEN_STATUSES:
            raise ApplicationError(
                E.INVALID_TRANSITION,
                _(
                    "A case can be withdrawn only before it is decided or settled; this one is %(lower)s."
                )
                % {"lower": dispute.get_status_display().lower()},
                status=409,
            )
        dispute.withdraw_reason = (reason or "").strip()
        return dispute_transition(
            actor=actor, dispute=dispute, to=S.WITHDRAWN, params={"reason": reason}
        )


def dispute_close_if_done(dispute: Dispute, *, actor: Any = None) -> Dispute:
    """Close a (locked) decided case once the appeal window has passed and nothing of
    the award is pending; award the supplier's loss points then (the decision is final)."""
    now = clock.now()
    if dispute.status != S.DECIDED or dispute.appeal_due_at is None or now < dispute.appeal_due_at:
        return dispute
    if dispute.award_status == AwardStatus.PENDING or dispute.return_status in (
        ReturnStatus.AWAITING_SHIPMENT,
        ReturnStatus.SHIPPED,
    ):
        return dispute
    from tradeguard.disputes.services.decisions import loss_points_award

    loss_points_award(dispute)
    return dispute_transition(
        actor=actor, dispute=dispute, to=S.CLOSED, actor_label="system" if actor is None else ""
    )
