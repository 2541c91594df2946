"""Nobody is told of their own move: for every kind of notification a person's action
creates, that person gets none, their colleagues and the other side do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import time_machine

from tradeguard.accounts.models import User
from tradeguard.accounts.tests.factories import UserFactory
from tradeguard.disputes import services as disputes
from tradeguard.disputes.models import Dispute
from tradeguard.disputes.tests.factories import (
    Cast,
    add_evidence,
    cast,
    delivered_order,
    file_dispute,
    findings_for,
    run_due_at,
)
from tradeguard.ip.models import ComplaintItem
from tradeguard.ip.services import complaint_withdraw, item_counter_notice, item_remove
from tradeguard.ip.tests import factories as ipf
from tradeguard.notifications.models import Notification

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _clock() -> Iterator[None]:
    with time_machine.travel(NOW, tick=False):
        yield


def colleague(user: User) -> User:
    return UserFactory(role=user.role, organization=user.organization)  # type: ignore[no-any-return]


def kinds(user: User, since: int) -> set[str]:
    return set(
        Notification.objects.filter(recipient=user, pk__gt=since).values_list("kind", flat=True)
    )


def last_id() -> int:
    return Notification.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


@dataclass
class Case:
    c: Cast
    buyer_mate: User
    supplier_mate: User
    dispute: Dispute


@pytest.fixture
def case() -> Case:
    c = cast()
    mates = colleague(c.buyer), colleague(c.supplier)
    dispute = file_dispute(c, delivered_order(c, NOW))
    return Case(c, *mates, dispute)


def _propose(k: Case, by: User) -> Any:
    return disputes.proposal_make(
        actor=by, dispute=k.dispute, kind="partial_refund", amount="200.00", note="Half."
    )


@dataclass(frozen=True)
class Move:
    name: str
    kind: str  # what the move announces
    actor: Callable[[Case], User]
    other: Callable[[Case], User]  # someone on the other side, who is told
    act: Callable[[Case], Any]
    # Moves told to both sides also reach the actor's colleagues.
    told_to_own_side: bool = False


MOVES = [
    Move(
        "evidence submitted",
        "dispute.evidence",
        lambda k: k.c.buyer,
        lambda k: k.c.supplier,
        lambda k: add_evidence(k.c.buyer, k.dispute),
    ),
    Move(
        "message",
        "dispute.message",
        lambda k: k.c.supplier,
        lambda k: k.c.buyer,
        lambda k: disputes.message_post(actor=k.c.supplier, dispute=k.dispute, body="Hello"),
    ),
    Move(
        "proposal",
        "dispute.proposal",
        lambda k: k.c.supplier,
        lambda k: k.c.buyer,
        lambda k: _propose(k, k.c.supplier),
    ),
    Move(
        "proposal rejected",
        "dispute.proposal_rejected",
        lambda k: k.c.buyer,
        lambda k: k.c.supplier,
        lambda k: disputes.proposal_reject(
            actor=k.c.buyer,
            dispute=k.dispute,
            proposal_id=_propose(k, k.c.supplier).pk,
            reason="Too little.",
        ),
    ),
    Move(
        "withdrawn",
        "dispute.withdrawn",
        lambda k: k.c.buyer,
        lambda k: k.c.supplier,
        lambda k: disputes.dispute_withdraw(actor=k.c.buyer, dispute=k.dispute, reason="Done"),
    ),
    Move(
        "proposal accepted",
        "dispute.settled",
        lambda k: k.c.buyer,
        lambda k: k.c.supplier,
        lambda k: disputes.proposal_accept(
            actor=k.c.buyer, dispute=k.dispute, proposal_id=_propose(k, k.c.supplier).pk
        ),
        told_to_own_side=True,
    ),
    Move(
        "escalated",
        "dispute.escalated",
        lambda k: k.c.supplier,
        lambda k: k.c.buyer,
        lambda k: (
            _propose(k, k.c.supplier),
            disputes.dispute_escalate(actor=k.c.supplier, dispute=k.dispute, reason="Stuck"),
        ),
        told_to_own_side=True,
    ),
]


@pytest.mark.parametrize("move", MOVES, ids=[m.name for m in MOVES])
def test_a_dispute_move_is_not_announced_to_whoever_made_it(case: Case, move: Move) -> None:
    since = last_id()
    move.act(case)
    actor = move.actor(case)
    assert move.kind not in kinds(actor, since), f"the {actor.role} was told of its own move"
    assert move.kind in kinds(move.other(case), since), "the other side is told"
    if move.told_to_own_side:
        mate = case.buyer_mate if actor.role == "buyer" else case.supplier_mate
        assert move.kind in kinds(mate, since), "the actor's colleagues are told"


def test_filing_tells_the_supplier_and_the_filers_colleagues_not_the_filer() -> None:
    c = cast()
    mate, supplier_mate = colleague(c.buyer), colleague(c.supplier)
    file_dispute(c, delivered_order(c, NOW))
    assert kinds(c.buyer, 0) == set()
    assert kinds(mate, 0) == {"dispute.opened"}
    assert kinds(c.supplier, 0) == kinds(supplier_mate, 0) == {"dispute.opened"}


def test_a_decision_is_told_to_both_parties_not_to_the_deciding_officer(case: Case) -> None:
    k = case
    add_evidence(k.c.buyer, k.dispute)
    _propose(k, k.c.supplier)
    disputes.dispute_escalate(actor=k.c.supplier, dispute=k.dispute, reason="Stuck")
    k.dispute.refresh_from_db()
    assert k.dispute.evidence_due_at is not None
    run_due_at(k.dispute.evidence_due_at)  # the evidence window closes: under review
    k.dispute.refresh_from_db()
    since = last_id()
    with time_machine.travel(k.dispute.evidence_due_at + dt.timedelta(hours=1), tick=False):
        disputes.decision_make(
            actor=k.c.officer,
            dispute=k.dispute,
            outcome="buyer_partial",
            refund_amount="300.00",
            statement="The goods are out of specification, as the photos show.",
            findings=findings_for(k.dispute),
        )
    assert "dispute.decided" not in kinds(k.c.officer, since)
    assert "dispute.decided" in kinds(k.c.buyer, since)
    assert "dispute.decided" in kinds(k.c.supplier, since)


def test_a_duty_with_a_deadline_still_reaches_the_person_who_agreed_to_it(case: Case) -> None:
    """Accepting the buyer's proposal obliges the supplier to pay by a date: that is the
    next step, not a receipt, so the supplier who accepted hears of it too."""
    k = case
    proposal = disputes.proposal_make(
        actor=k.c.buyer, dispute=k.dispute, kind="partial_refund", amount="200.00"
    )
    since = last_id()
    disputes.proposal_accept(actor=k.c.supplier, dispute=k.dispute, proposal_id=proposal.pk)
    assert "dispute.settled" not in kinds(k.c.supplier, since)
    assert "dispute.obligation" in kinds(k.c.supplier, since)


# --- IP protection ---------------------------------------------------------------------


@dataclass
class Ip:
    holder: User
    holder_mate: User
    supplier: User
    supplier_mate: User
    item: ComplaintItem


@pytest.fixture
def ip() -> Ip:
    holder = ipf.rights_holder()
    holder_mate = colleague(holder)
    supplier = ipf.supplier()
    supplier_mate = colleague(supplier)
    rec = ipf.record(holder)
    complaint = ipf.complaint(holder, rec, [ipf.listing(supplier.organization)])
    return Ip(holder, holder_mate, supplier, supplier_mate, complaint.items.get())


def test_filing_a_complaint_tells_the_filers_colleagues_and_the_supplier(ip: Ip) -> None:
    assert "ip.complaint.filed" not in kinds(ip.holder, 0)
    assert "ip.complaint.filed" in kinds(ip.holder_mate, 0)
    assert "ip.complaint.notice" in kinds(ip.supplier, 0)


def test_a_counter_notice_is_not_announced_to_its_signer(ip: Ip) -> None:
    since = last_id()
    item_counter_notice(
        actor=ip.supplier,
        item=ip.item,
        explanation="Our own design since 2018.",
        statement_perjury=True,
        consent_jurisdiction=True,
        signature_name="Chen Jing",
    )
    assert kinds(ip.supplier, since) == set()
    assert "ip.item.counter_noticed" in kinds(ip.holder, since)


def test_removing_a_listing_is_not_announced_to_the_supplier_who_removed_it(ip: Ip) -> None:
    since = last_id()
    item_remove(actor=ip.supplier, item=ip.item)
    assert "ip.item.removed" not in kinds(ip.supplier, since)
    assert "ip.item.removed" in kinds(ip.supplier_mate, since)
    assert "ip.item.removed" in kinds(ip.holder, since)


def test_withdrawing_a_complaint_tells_the_supplier_not_the_holder(ip: Ip) -> None:
    since = last_id()
    complaint_withdraw(actor=ip.holder, complaint=ip.item.complaint, reason="Wrong listing")
    assert kinds(ip.holder, since) == set()
    assert "ip.item.withdrawn" in kinds(ip.supplier, since)
