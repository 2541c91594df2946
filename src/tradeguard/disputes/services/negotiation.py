"""Messages and proposals: the parties settle between themselves before (and while)
the platform looks at the case."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError, invalid, not_found
from tradeguard.common.events import event_record
from tradeguard.common.i18n.text import Money, Text, written_in
from tradeguard.common.money import format_money, parse_amount
from tradeguard.disputes import policy
from tradeguard.disputes.enums import (
    DisputesErrorCode,
    DisputeStatus,
    Party,
    ProposalKind,
    ProposalStatus,
)
from tradeguard.disputes.models import Dispute, Message, Proposal
from tradeguard.disputes.services._common import lock, others, over_cap, require_party, tell
from tradeguard.disputes.services.lifecycle import dispute_transition
from tradeguard.signals.services import signals_check_message

E = DisputesErrorCode
S = DisputeStatus


def mark_supplier_response(actor: Any, dispute: Dispute) -> None:
    """The supplier's first move: stamp it and leave 'awaiting response' (locked dispute)."""
    if dispute.supplier_responded_at is None:
        dispute.supplier_responded_at = clock.now()
        dispute.save(update_fields=["supplier_responded_at", "updated_at"])
    if dispute.status == S.AWAITING_RESPONSE:
        dispute_transition(actor=actor, dispute=dispute, to=S.NEGOTIATING)


def message_post(*, actor: Any, dispute: Dispute, body: str) -> Message:
    with transaction.atomic():
        dispute = lock(dispute)
        party = require_party(actor, dispute)
        body = (body or "").strip()
        if not body:
            raise invalid("body", _("Write a message."))
        if len(body) > 10_000:
            raise invalid(
                "body", _("Keep a message under 10,000 characters; attach long texts as evidence.")
            )
        if dispute.status in policy.FINAL_STATUSES:
            raise ApplicationError(
                E.INVALID_TRANSITION,
                _("The case is %(lower)s; messages are closed.")
                % {"lower": dispute.get_status_display().lower()},
                status=409,
            )
        message = Message.objects.create(
            dispute=dispute,
            party=party,
            author=actor,
            body=body,
            language=written_in(actor, body),
            created_at=clock.now(),
        )
        event_record(
            obj=dispute,
            type="dispute.message",
            actor=actor,
            params={"message": message.pk, "party": party},
        )
        signals_check_message(message=message)
        if party == Party.SUPPLIER:
            mark_supplier_response(actor, dispute)
        tell(
            dispute,
            others(party) if party != Party.PLATFORM else [Party.BUYER, Party.SUPPLIER],
            kind="dispute.message",
            subject=Text(
                _("message from the %(side)s"), side=lambda: str(Party(party).label).lower()
            ),
            body=body[:2000],
            actor=actor,
        )
    return message


def _side(party: str) -> Any:
    """'buyer' / 'supplier' in the reader's language, for a sentence."""
    return lambda: str(Party(party).label).lower()


def _proposal_words(proposal: Proposal) -> Text:
    """'partial refund of US$150.00', 'replacement': what a proposal offers."""
    kind = lambda: str(proposal.get_kind_display()).lower()  # noqa: E731 - read when rendered
    if proposal.amount is None:
        return Text("%(kind)s", kind=kind)
    return Text(
        _("%(kind)s of %(amount)s"),
        kind=kind,
        amount=Money(proposal.amount, proposal.currency),
    )


def _proposal_amount(dispute: Dispute, kind: str, amount: Any) -> Any:
    if kind == ProposalKind.REPLACEMENT:
        return None
    cap = dispute.covered_amount if not dispute.offline else dispute.order.total
    if kind == ProposalKind.FULL_REFUND:
        return dispute.claimed_amount if amount in (None, "") else _capped(dispute, amount, cap)
    if amount in (None, ""):
        if kind == ProposalKind.RETURN_AND_REFUND:
            return dispute.claimed_amount
        raise invalid("amount", _("A partial refund needs an amount."))
    return _capped(dispute, amount, cap)


def _capped(dispute: Dispute, amount: Any, cap: Any) -> Any:
    value = parse_amount(amount, dispute.currency, field="amount")
    if value > cap:
        raise ApplicationError(
            E.CLAIM_EXCEEDS_COVERED,
            over_cap(dispute, value, cap),
            fields={
                "amount": _("Propose at most %(cap)s.")
                % {"cap": format_money(cap, dispute.currency)}
            },
        )
    return value


def proposal_make(
    *, actor: Any, dispute: Dispute, kind: str, amount: Any = None, note: str = ""
) -> Proposal:
    """Propose a settlement (or counter-propose). It replaces the proposer's own open one."""
    with transaction.atomic():
        dispute = lock(dispute)
        party = require_party(actor, dispute, Party.BUYER, Party.SUPPLIER)
        if kind not in ProposalKind.values:
            raise invalid(
                "kind", _("Choose one of: %(values)s.") % {"values": ", ".join(ProposalKind.values)}
            )
        if dispute.status not in policy.PROPOSAL_STATUSES:
            raise ApplicationError(
                E.INVALID_TRANSITION,
                _("The case is %(lower)s; proposals are possible only before a decision.")
                % {"lower": dispute.get_status_display().lower()},
                status=409,
            )
        value = _proposal_amount(dispute, kind, amount)
        now = clock.now()
        dispute.proposals.filter(party=party, status=ProposalStatus.OPEN).update(
            status=ProposalStatus.SUPERSEDED, answered_at=now
        )
        proposal = Proposal.objects.create(
            dispute=dispute,
            party=party,
            proposed_by=actor,
            kind=kind,
            amount=value,
            currency=dispute.currency,
            note=(note or "").strip(),
            language=written_in(actor, note) if (note or "").strip() else "",
            created_at=now,
        )
        event_record(
            obj=dispute,
            type="dispute.proposal_made",
            actor=actor,
            params={
                "proposal": proposal.pk,
                "party": party,
                "kind": kind,
                "amount": value,
                "note": proposal.note,
            },
        )
        if party == Party.SUPPLIER:
            mark_supplier_response(actor, dispute)
        what = _proposal_words(proposal)
        tell(
            dispute,
            others(party),
            kind="dispute.proposal",
            subject=Text(_("the %(side)s proposes %(what)s"), side=_side(party), what=what),
            body=Text(
                _(
                    "The %(side)s proposes %(what)s.\n\n%(note)s\n\nAccept it to settle the "
                    "case, reject it, or make a counter-proposal."
                )
                if proposal.note
                else _(
                    "The %(side)s proposes %(what)s.\n\nAccept it to settle the case, reject "
                    "it, or make a counter-proposal."
                ),
                side=_side(party),
                what=what,
                note=proposal.note,
            ),
            actor=actor,
        )
    return proposal


def _open_proposal(dispute: Dispute, proposal_id: int) -> Proposal:
    proposal = Proposal.objects.select_for_update().filter(pk=proposal_id, dispute=dispute).first()
    if proposal is None:
        raise not_found(_("proposal"))
    if proposal.status != ProposalStatus.OPEN:
        raise ApplicationError(
            E.PROPOSAL_NOT_OPEN,
            _("Proposal #%(pk)s is %(status)s; only open proposals can be answered.")
            % {"pk": proposal.pk, "status": ProposalStatus(proposal.status).label.lower()},
            status=409,
        )
    return proposal


def proposal_accept(*, actor: Any, dispute: Dispute, proposal_id: int) -> Proposal:
    """The other party accepts: the case is settled and carried out at once."""
    from tradeguard.disputes.services.awards import carry_out

    with transaction.atomic():
        dispute = lock(dispute)
        party = require_party(actor, dispute, Party.BUYER, Party.SUPPLIER)
        proposal = _open_proposal(dispute, proposal_id)
        if proposal.party == party:
            raise ApplicationError(
                E.OWN_PROPOSAL,
                _("You cannot accept your own proposal; the other party must."),
                status=403,
            )
        if dispute.status not in policy.PROPOSAL_STATUSES:
            raise ApplicationError(
                E.INVALID_TRANSITION,
                _("Proposals can be accepted only before a decision."),
                status=409,
            )
        now = clock.now()
        proposal.status = ProposalStatus.ACCEPTED
        proposal.answered_at = now
        proposal.answered_by = actor
        proposal.save(update_fields=["status", "answered_at", "answered_by"])
        if party == Party.SUPPLIER and dispute.supplier_responded_at is None:
            dispute.supplier_responded_at = now
        event_record(
            obj=dispute,
            type="dispute.proposal_accepted",
            actor=actor,
            params={
                "proposal": proposal.pk,
                "kind": proposal.kind,
                "amount": proposal.amount,
                "by": party,
            },
        )
        dispute_transition(
            actor=actor, dispute=dispute, to=S.SETTLED, params={"proposal": proposal.pk}
        )
        carry_out(
            dispute=dispute,
            kind=proposal.kind,
            amount=proposal.amount,
            source=f"proposal:{proposal.pk}",
            actor=actor,
        )
        what = _proposal_words(proposal)
        tell(
            dispute,
            [Party.BUYER, Party.SUPPLIER],
            kind="dispute.settled",
            subject=_("settled"),
            body=Text(
                _(
                    "The %(side)s accepted the %(proposer)s's proposal: %(what)s. The case is "
                    "settled; the case page shows what happens next and by when."
                ),
                side=_side(party),
                proposer=_side(proposal.party),
                what=what,
            ),
            actor=actor,
        )
    return proposal


def proposal_reject(*, actor: Any, dispute: Dispute, proposal_id: int, reason: str) -> Proposal:
    """Reject with reasons. The supplier rejecting the buyer's request is a response."""
    with transaction.atomic():
        dispute = lock(dispute)
        party = require_party(actor, dispute, Party.BUYER, Party.SUPPLIER)
        proposal = _open_proposal(dispute, proposal_id)
        if proposal.party == party:
            raise ApplicationError(
                E.OWN_PROPOSAL,
                _("You cannot reject your own proposal; make a new one instead."),
                status=403,
            )
        reason = (reason or "").strip()
        if len(reason) < 10:
            raise invalid(
                "reason",
                _(
                    "Give your reasons (at least 10 characters); the other party and the officer will read them."
                ),
            )
        proposal.status = ProposalStatus.REJECTED
        proposal.answered_at = clock.now()
        proposal.answered_by = actor
        proposal.reject_reason = reason
        proposal.save(update_fields=["status", "answered_at", "answered_by", "reject_reason"])
        event_record(
            obj=dispute,
            type="dispute.proposal_rejected",
            actor=actor,
            params={"proposal": proposal.pk, "by": party, "reason": reason},
        )
        if party == Party.SUPPLIER:
            mark_supplier_response(actor, dispute)
        tell(
            dispute,
            others(party),
            kind="dispute.proposal_rejected",
            subject=Text(_("the %(side)s rejected a proposal"), side=_side(party)),
            body=Text(
                _(
                    "The %(side)s rejected the proposal (%(what)s): %(reason)s\n\nYou may make "
                    "a new proposal or escalate the case to the platform."
                )
                if party == Party.SUPPLIER
                else _(
                    "The %(side)s rejected the proposal (%(what)s): %(reason)s\n\nYou may make "
                    "a new proposal."
                ),
                side=_side(party),
                what=_proposal_words(proposal),
                reason=reason,
            ),
            actor=actor,
        )
    return proposal
