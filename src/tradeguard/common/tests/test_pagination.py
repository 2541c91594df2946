"""Keyset pages: every row once, in order, forwards and backwards, with NULLs and ties;
bounded counts; cursors that were not given out are refused."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tradeguard.common.enums import TimerStatus
from tradeguard.common.errors import ApplicationError
from tradeguard.common.models import Timer
from tradeguard.common.pagination import count_of, keyset_page, sort_keys

pytestmark = pytest.mark.django_db
T0 = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
BIG = dt.datetime(9999, 1, 1, tzinfo=dt.UTC)


@pytest.fixture
def timers() -> list[Timer]:
    """40 rows: due times with ties, fired_at NULL on every third."""
    rows = [
        Timer(
            kind=f"k{i % 3}",
            aggregate_id=i,
            due_at=T0 + dt.timedelta(hours=i % 5),
            status=TimerStatus.PENDING if i % 3 == 0 else TimerStatus.DONE,
            fired_at=None if i % 3 == 0 else T0 + dt.timedelta(minutes=i % 4),
        )
        for i in range(40)
    ]
    return Timer.objects.bulk_create(rows)


def _expected(rows: list[Timer], order: tuple[str, ...]) -> list[int]:
    """The order in Python: NULL is the largest value; `order` ends in the id."""
    ordered = list(rows)
    for name in reversed(order):
        field = name.lstrip("-")
        ordered.sort(
            key=lambda t, f=field: getattr(t, f) if getattr(t, f) is not None else BIG,
            reverse=name.startswith("-"),
        )
    return [t.pk for t in ordered]


def _walk(qs: Any, size: int) -> tuple[list[int], list[int]]:
    forward: list[int] = []
    page = keyset_page(qs, size=size)
    forward += [t.pk for t in page.items]
    last = page
    while page.next_cursor:
        last = page
        page = keyset_page(qs, size=size, cursor=page.next_cursor)
        forward += [t.pk for t in page.items]
        last = page
    backward: list[int] = [t.pk for t in last.items]
    while last.previous_cursor:
        last = keyset_page(qs, size=size, cursor=last.previous_cursor)
        backward = [t.pk for t in last.items] + backward
    return forward, backward


@pytest.mark.parametrize(
    "order",
    [
        ("-due_at", "-id"),
        ("due_at", "id"),
        ("fired_at", "due_at", "id"),
        ("-fired_at", "due_at", "id"),
        ("kind", "-fired_at", "-id"),
    ],
)
@pytest.mark.parametrize("size", [1, 7, 40, 50])
def test_pages_cover_every_row_once_in_order_both_ways(
    timers: list[Timer], order: tuple[str, ...], size: int
) -> None:
    qs = Timer.objects.order_by(*order)
    expected = _expected(timers, order)
    forward, backward = _walk(qs, size)
    assert forward == expected
    assert backward == expected


def test_filters_hold_across_pages(timers: list[Timer]) -> None:
    qs = Timer.objects.filter(status=TimerStatus.DONE).order_by("fired_at", "id")
    forward, _ = _walk(qs, 4)
    done = [t for t in timers if t.status == TimerStatus.DONE]
    assert forward == _expected(done, ("fired_at", "id"))


def test_the_order_ends_in_the_primary_key() -> None:
    keys = sort_keys(Timer.objects.order_by("-due_at"))
    assert [(k.name, k.descending) for k in keys] == [("due_at", True), ("id", True)]
    assert [k.nullable for k in sort_keys(Timer.objects.order_by("fired_at"))] == [True, False]


def test_first_page_has_no_previous_and_last_no_next(timers: list[Timer]) -> None:
    qs = Timer.objects.order_by("due_at", "id")
    first = keyset_page(qs, size=30)
    assert first.first
    assert first.previous_cursor is None
    assert first.next_cursor
    second = keyset_page(qs, size=30, cursor=first.next_cursor)
    assert len(second.items) == 10
    assert second.next_cursor is None
    assert second.previous_cursor
    assert first.count == second.count == 40
    assert not first.count_is_estimate


def test_offset_pages_still_work(timers: list[Timer]) -> None:
    qs = Timer.objects.order_by("due_at", "id")
    page = keyset_page(qs, size=10, offset=10)
    assert [t.pk for t in page.items] == _expected(timers, ("due_at", "id"))[10:20]
    assert page.previous_cursor
    assert page.next_cursor


@pytest.mark.parametrize("cursor", ["nonsense", "W10", "WyJhIiwgWzEsIDJdXQ", "eyJhIjoxfQ"])
def test_a_cursor_that_was_not_given_out_is_refused(timers: list[Timer], cursor: str) -> None:
    with pytest.raises(ApplicationError) as refused:
        keyset_page(Timer.objects.order_by("-due_at"), size=5, cursor=cursor)
    assert refused.value.status == 422
    assert "cursor" in refused.value.fields


def test_counts_are_exact_up_to_the_limit_then_estimated(
    timers: list[Timer], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tradeguard.common import pagination

    assert count_of(Timer.objects.all()) == (40, False)
    monkeypatch.setattr(pagination, "COUNT_EXACT_LIMIT", 10)
    total, estimate = count_of(Timer.objects.all())
    from django.db import connection

    if connection.vendor == "postgresql":
        assert estimate
        assert total >= 11
    else:
        assert (total, estimate) == (40, False)
