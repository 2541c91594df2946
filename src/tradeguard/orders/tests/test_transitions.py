"""One parametrized test of every move between two statuses (allowed by the table
or not), and one of every allowed move by every side."""

from __future__ import annotations

import itertools

import pytest

from tradeguard.accounts.models import User
from tradeguard.accounts.tests.factories import buyer, officer, supplier
from tradeguard.common.errors import ApplicationError
from tradeguard.common.events import events_for
from tradeguard.orders import policy
from tradeguard.orders.enums import OrdersErrorCode, OrderStatus
from tradeguard.orders.models import Order
from tradeguard.orders.policy import Party
from tradeguard.orders.services import order_cancel, order_ship, order_transition
from tradeguard.orders.tests.factories import buyer_org, order, supplier_org

pytestmark = pytest.mark.django_db
S = OrderStatus
ALL_PAIRS = list(itertools.product(S, S))


def perform(actor: User, target: Order, to: OrderStatus) -> Order:
    """Move `target` to `to` the way a user would: the dedicated action where there is one."""
    if to == S.SHIPPED:
        return order_ship(actor=actor, order=target, carrier="DHL", tracking_number="JD0146")
    if to == S.CANCELLED:
        return order_cancel(actor=actor, order=target, refunded=False, reason="Out of stock")
    return order_transition(actor=actor, order=target, to=to, note="test")


def actor_for(party: Party, target: Order) -> User:
    if party == Party.BUYER:
        return buyer(organization=target.buyer)
    if party == Party.SUPPLIER:
        return supplier(organization=target.supplier)
    return officer()


@pytest.mark.parametrize(("frm", "to"), ALL_PAIRS, ids=[f"{a}->{b}" for a, b in ALL_PAIRS])
def test_every_status_pair(frm: OrderStatus, to: OrderStatus) -> None:
    target = order(status=frm, buyer=buyer_org(), supplier=supplier_org())
    allowed = to in policy.TRANSITIONS[frm]
    parties = policy.parties_for(frm, to, self_declared=False) if allowed else {Party.PLATFORM}
    actor = actor_for(sorted(parties)[0], target)
    events_before = events_for(target).count()
    if allowed:
        moved = perform(actor, target, to)
        target.refresh_from_db()
        assert target.status == to == moved.status
        assert getattr(target, policy.STATUS_STAMP[to]) is not None
        assert events_for(target).count() > events_before
    else:
        with pytest.raises(ApplicationError) as exc:
            perform(actor, target, to)
        assert exc.value.code == OrdersErrorCode.INVALID_TRANSITION
        target.refresh_from_db()
        assert target.status == frm
        assert events_for(target).count() == events_before


ALLOWED_BY_PARTY = [(frm, to, party) for (frm, to) in policy.MOVE_PARTIES for party in Party]


@pytest.mark.parametrize(
    ("frm", "to", "party"),
    ALLOWED_BY_PARTY,
    ids=[f"{a}->{b}-by-{p}" for a, b, p in ALLOWED_BY_PARTY],
)
def test_every_allowed_move_by_every_side(frm: OrderStatus, to: OrderStatus, party: Party) -> None:
    target = order(status=frm)
    actor = actor_for(party, target)
    if party in policy.parties_for(frm, to, self_declared=False):
        assert perform(actor, target, to).status == to
    else:
        with pytest.raises(ApplicationError) as exc:
            perform(actor, target, to)
        assert exc.value.status == 403
        target.refresh_from_db()
        assert target.status == frm


def test_outsiders_may_not_move_an_order() -> None:
    target = order(status=S.PAID)
    with pytest.raises(ApplicationError) as exc:
        order_ship(actor=supplier(), order=target, carrier="DHL", tracking_number="1")
    assert exc.value.status == 403


def test_generic_transition_points_to_the_dedicated_action() -> None:
    target = order(status=S.PAID)
    with pytest.raises(ApplicationError) as exc:
        order_transition(actor=officer(), order=target, to=S.SHIPPED)
    assert exc.value.code == OrdersErrorCode.INVALID_TRANSITION
    assert "/ship" in exc.value.fields["to"]


def test_buyer_moving_to_delivered_confirms_receipt() -> None:
    target = order(status=S.SHIPPED)
    moved = order_transition(actor=buyer(organization=target.buyer), order=target, to=S.DELIVERED)
    assert moved.receipt_confirmed_at is not None
    assert moved.delivered_at == moved.receipt_confirmed_at
