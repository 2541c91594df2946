"""The order rules as data, without a database."""

from __future__ import annotations

import datetime as dt

import pytest

from tradeguard.orders.enums import OrderStatus
from tradeguard.orders.policy import (
    MOVE_PARTIES,
    TRANSITIONS,
    Party,
    next_step,
    parties_for,
    stamps_allowed,
)

S = OrderStatus


def test_every_move_in_the_table_names_who_may_make_it() -> None:
    table_moves = {(frm, to) for frm, tos in TRANSITIONS.items() for to in tos}
    assert table_moves == set(MOVE_PARTIES)
    assert all(MOVE_PARTIES[move] for move in table_moves)


def test_closed_is_final_and_every_status_can_reach_closed() -> None:
    assert TRANSITIONS[S.CLOSED] == frozenset()
    for status in S:
        seen, frontier = {status}, [status]
        while frontier:
            for nxt in TRANSITIONS[frontier.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    frontier.append(nxt)
        assert S.CLOSED in seen


def test_buyer_records_payment_only_on_self_declared_orders() -> None:
    assert Party.BUYER not in parties_for(S.CREATED, S.PAID, self_declared=False)
    assert Party.BUYER in parties_for(S.CREATED, S.PAID, self_declared=True)


@pytest.mark.parametrize(
    ("status", "allowed", "refused"),
    [
        (S.CREATED, set(), {"paid_at", "shipped_at"}),
        (S.CANCELLED, {"paid_at", "cancelled_at"}, {"shipped_at", "delivered_at"}),
        (
            S.DELIVERED,
            {"paid_at", "shipped_at", "delivered_at", "receipt_confirmed_at"},
            {"completed_at", "cancelled_at"},
        ),
        (S.CLOSED, {"paid_at", "cancelled_at", "completed_at", "closed_at"}, set()),
    ],
)
def test_stamps_allowed_follow_the_table(status: S, allowed: set[str], refused: set[str]) -> None:
    assert allowed <= stamps_allowed(status)
    assert not refused & stamps_allowed(status)


def test_next_step_says_whose_move_and_by_when() -> None:
    step = next_step(
        status=S.PAID,
        ship_by=dt.date(2026, 12, 3),
        estimated_delivery=None,
        receipt_confirmed=False,
        unrefunded_payment=False,
    )
    assert step.party == Party.SUPPLIER
    assert step.text == "Supplier to ship by 2026-12-03"
    assert step.due == dt.date(2026, 12, 3)


def test_cancelled_with_money_kept_waits_for_the_supplier() -> None:
    kept = next_step(
        status=S.CANCELLED,
        ship_by=None,
        estimated_delivery=None,
        receipt_confirmed=False,
        unrefunded_payment=True,
    )
    assert kept.party == Party.SUPPLIER
    done = next_step(
        status=S.CLOSED,
        ship_by=None,
        estimated_delivery=None,
        receipt_confirmed=True,
        unrefunded_payment=False,
    )
    assert done.party is None
