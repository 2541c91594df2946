"""What each viewer of a case can do now, and what opens later, from one function.

The case page's banner ("Your move"), its Actions card, the dashboard's "your move"
marks and counts, and the list's "whose move" column all read `case_moves`, so they
cannot disagree. Each move names the service it calls; the services still decide (a
move shown here is an invitation, never a permission).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from tradeguard.disputes import policy
from tradeguard.disputes.enums import (
    DisputeStatus,
    ObligationStatus,
    Party,
    ProposalStatus,
    RefundEntryStatus,
    ReturnStatus,
)
from tradeguard.disputes.policy import NextAction

S = DisputeStatus


@dataclass(frozen=True, slots=True)
class Move:
    """One thing the viewer can do on the case.

    `key` names the form on the case page (its anchor) and the action it posts;
    `available` is False for moves that open later (`opens_at`) or that wait for
    something the viewer must do first (`blocked_by`). `primary` moves are the ones that
    answer "your move"; the others are always possible extras (a message, a withdrawal).
    `confirm` is the question an irreversible move asks, stating its consequence."""

    key: str
    label: str
    hint: str = ""
    available: bool = True
    primary: bool = False
    opens_at: dt.datetime | None = None
    closes_at: dt.datetime | None = None
    blocked_by: str = ""
    confirm: str = ""
    url_name: str = ""
    style: str = "secondary"  # primary / secondary / danger


@dataclass(frozen=True, slots=True)
class CaseMoves:
    party: str  # the viewer's side: buyer / supplier / platform / "" (not on the case)
    action: NextAction  # whose move it is on the case, for everyone
    moves: tuple[Move, ...] = field(default_factory=tuple)

    @property
    def available(self) -> list[Move]:
        return [m for m in self.moves if m.available]

    @property
    def coming(self) -> list[Move]:
        return [m for m in self.moves if not m.available]

    @property
    def my_move(self) -> bool:
        """The case waits for the viewer: it is the viewer's side's move and the viewer
        has a primary move it can make now."""
        mine = bool(self.party) and self.action.party in (self.party, "both")
        return mine and any(m.primary and m.available for m in self.moves)

    def get(self, key: str) -> Move | None:
        return next((m for m in self.moves if m.key == key), None)

    def can(self, key: str) -> bool:
        move = self.get(key)
        return move is not None and move.available


def _open_proposals(dispute: Any) -> list[Any]:
    return [p for p in dispute.proposals.all() if p.status == ProposalStatus.OPEN]


def case_moves(dispute: Any, party: str | None, now: dt.datetime) -> CaseMoves:
    """Every move `party` (buyer / supplier / platform, or None for someone not on the
    case) can make on `dispute` at `now`, and the ones that open later with their date.

    `dispute` should have proposals, obligations, refunds and appeals prefetched when
    this runs for many cases."""
    from tradeguard.disputes.selectors import next_action

    action = next_action(dispute)
    party = str(party or "")
    if party == Party.BUYER:
        moves = _buyer_moves(dispute, now)
    elif party == Party.SUPPLIER:
        moves = _supplier_moves(dispute, now)
    elif party == Party.PLATFORM:
        moves = _platform_moves(dispute, now)
    else:
        moves = []
    return CaseMoves(party=party, action=action, moves=tuple(moves))


def _proposal_moves(dispute: Any, party: str) -> list[Move]:
    """Answer the other side's open proposal (primary), or propose."""
    if dispute.status not in policy.PROPOSAL_STATUSES:
        return []
    moves: list[Move] = []
    theirs = [p for p in _open_proposals(dispute) if p.party != party]
    if theirs:
        moves.append(
            Move(
                "answer_proposal",
                _("Accept or reject the proposal"),
                _("Accepting settles the case on its terms; rejecting keeps it open."),
                primary=True,
                style="primary",
            )
        )
    moves.append(
        Move(
            "propose",
            _("Make a proposal") if party == Party.BUYER else _("Propose something else"),
            _("A full or partial refund, a replacement, a repair or a return."),
            primary=dispute.status == S.NEGOTIATING and not _open_proposals(dispute),
        )
    )
    return moves


def _evidence_move(dispute: Any) -> list[Move]:
    if dispute.status not in policy.EVIDENCE_OPEN_STATUSES or dispute.status == S.UNDER_REVIEW:
        return []
    closes = dispute.evidence_due_at if dispute.status == S.ESCALATED else None
    return [
        Move(
            "evidence",
            _("Add evidence"),
            _("Photos, reports, contracts: submitted evidence is what the officer decides on.")
            if dispute.status != S.DECIDED
            else _("New evidence is what an appeal rests on."),
            primary=dispute.status == S.ESCALATED,
            closes_at=closes,
            style="primary" if dispute.status == S.ESCALATED else "secondary",
        )
    ]


def _message_move(dispute: Any) -> list[Move]:
    if dispute.status in policy.FINAL_STATUSES:
        return []
    return [Move("message", _("Write a message"), _("Both parties and the officer read it."))]


def _appeal_move(dispute: Any, party: str, now: dt.datetime) -> list[Move]:
    if dispute.status != S.DECIDED or dispute.appeal_due_at is None:
        return []
    if any(a.party == party for a in dispute.appeals.all()):
        return []
    if now > dispute.appeal_due_at:
        return []
    return [
        Move(
            "appeal",
            _("Appeal the decision"),
            _(
                "Once per party, with evidence submitted after the decision; a different "
                "officer decides."
            ),
            closes_at=dispute.appeal_due_at,
            confirm=str(
                _(
                    "Appeal this decision? Each party may appeal only once, and the case "
                    "goes back to a different officer."
                )
            ),
        )
    ]


def _buyer_moves(dispute: Any, now: dt.datetime) -> list[Move]:
    st = dispute.status
    moves: list[Move] = []
    moves += _proposal_moves(dispute, Party.BUYER)
    if st in (S.AWAITING_RESPONSE, S.NEGOTIATING):
        opens = dispute.escalation_allowed_at
        moves.append(
            Move(
                "escalate",
                _("Escalate to the platform"),
                _(
                    "An officer steps in: both sides get an evidence window, then the "
                    "officer decides. Negotiation ends."
                ),
                available=now >= opens,
                primary=st == S.NEGOTIATING and not _open_proposals(dispute),
                opens_at=opens if now < opens else None,
                confirm=str(
                    _(
                        "Escalate this case to the platform? Negotiation ends and an officer "
                        "decides on the evidence both sides submit."
                    )
                ),
                style="primary",
            )
        )
    moves += _evidence_move(dispute)
    moves += _appeal_move(dispute, Party.BUYER, now)
    if dispute.return_status == ReturnStatus.AWAITING_SHIPMENT and st in (S.DECIDED, S.SETTLED):
        moves.append(
            Move(
                "return_ship",
                _("Ship the goods back"),
                _("Enter the carrier and tracking number; the refund follows delivery."),
                primary=True,
                closes_at=dispute.return_due_at,
                style="primary",
            )
        )
    if any(o.status == ObligationStatus.CONFIRMED for o in dispute.obligations.all()):
        moves.append(
            Move(
                "obligation_receipt",
                _("Confirm you received it"),
                _("The supplier says it carried out the award."),
                primary=True,
                style="primary",
            )
        )
    moves += _message_move(dispute)
    if st in policy.OPEN_STATUSES:
        moves.append(
            Move(
                "withdraw",
                _("Withdraw the dispute"),
                _("Any time before a decision. The case closes for good."),
                confirm=str(
                    _(
                        "Withdraw this dispute? The case closes for good: no officer will "
                        "decide it, and you cannot reopen it."
                    )
                ),
                style="danger",
            )
        )
    return moves


def _supplier_moves(dispute: Any, now: dt.datetime) -> list[Move]:
    st = dispute.status
    moves: list[Move] = []
    if st == S.AWAITING_RESPONSE:
        moves.append(
            Move(
                "respond",
                _("Respond to the dispute"),
                _("Accept the request, propose something else, or reject it with reasons."),
                primary=True,
                closes_at=dispute.response_due_at,
                url_name="disputes:respond",
                style="primary",
            )
        )
    moves += _proposal_moves(dispute, Party.SUPPLIER)
    if st == S.NEGOTIATING:
        moves.append(
            Move(
                "escalate",
                _("Escalate to the platform"),
                _("An officer steps in and decides on the evidence both sides submit."),
                confirm=str(
                    _(
                        "Escalate this case to the platform? Negotiation ends and an officer "
                        "decides on the evidence both sides submit."
                    )
                ),
            )
        )
    moves += _evidence_move(dispute)
    moves += _appeal_move(dispute, Party.SUPPLIER, now)
    if any(o.status == ObligationStatus.PENDING for o in dispute.obligations.all()):
        moves.append(
            Move(
                "obligation_confirm",
                _("Carry out the award"),
                _("Do what the decision or settlement says, then confirm it with a reference."),
                primary=True,
                closes_at=dispute.award_due_at,
                style="primary",
            )
        )
    if dispute.return_status == ReturnStatus.SHIPPED:
        moves.append(
            Move(
                "return_delivered",
                _("Confirm the returned goods arrived"),
                primary=True,
                style="primary",
            )
        )
    moves += _message_move(dispute)
    return moves


def _platform_moves(dispute: Any, now: dt.datetime) -> list[Move]:
    st = dispute.status
    moves: list[Move] = []
    if st in (S.UNDER_REVIEW, S.APPEALED):
        moves.append(
            Move(
                "decide",
                _("Decide this case"),
                _("Outcome, amount, a statement of reasons and findings tied to evidence."),
                primary=True,
                closes_at=dispute.decision_due_at,
                url_name="disputes:decide",
                style="primary",
            )
        )
    elif st == S.ESCALATED:
        moves.append(
            Move(
                "decide",
                _("Decide this case"),
                _("Opens when the evidence window closes."),
                available=False,
                opens_at=dispute.evidence_due_at,
                url_name="disputes:decide",
            )
        )
    if any(r.status == RefundEntryStatus.PENDING for r in dispute.refunds.all()):
        moves.append(
            Move(
                "mark_paid",
                _("Record the refund payment"),
                _("Enter the payment reference once the money has left."),
                primary=True,
                style="primary",
            )
        )
    if dispute.return_status == ReturnStatus.SHIPPED:
        moves.append(Move("return_delivered", _("Confirm the returned goods arrived")))
    moves += _message_move(dispute)
    return moves


# Labels of the sides, for "Waiting for …" and the list's "whose move" column.
WAITING_FOR = {
    Party.BUYER: pgettext_lazy("waiting for", "the buyer"),
    Party.SUPPLIER: pgettext_lazy("waiting for", "the supplier"),
    Party.PLATFORM: pgettext_lazy("waiting for", "an officer"),
    "both": pgettext_lazy("waiting for", "both parties"),
}

# The list's "whose move" column.
WHOSE_MOVE = {
    Party.BUYER: pgettext_lazy("whose move", "Buyer"),
    Party.SUPPLIER: pgettext_lazy("whose move", "Supplier"),
    Party.PLATFORM: pgettext_lazy("whose move", "Officer"),
    "both": pgettext_lazy("whose move", "Both parties"),
    "": pgettext_lazy("whose move", "Nobody"),
}


def whose_move_label(moves: CaseMoves) -> Any:
    """'Yours' when the case waits for the viewer, else whom it waits for."""
    if moves.my_move:
        return pgettext_lazy("whose move", "Yours")
    return WHOSE_MOVE.get(moves.action.party, WHOSE_MOVE[""])
