"""The event log is hash-chained as it is written; `casefile check-chain` finds breaks."""

from __future__ import annotations

import datetime as dt
import importlib
import io
import json
from decimal import Decimal

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db import IntegrityError, transaction

from tradeguard.common import chain, clock
from tradeguard.common.events import event_record, events_check_chains
from tradeguard.common.models import Event, Timer

pytestmark = pytest.mark.django_db


def _subject(n: int = 1) -> Timer:
    return Timer.objects.create(kind="test.chain", aggregate_id=n, due_at=clock.now())


def _history(obj: Timer, count: int = 3) -> list[Event]:
    return [
        event_record(
            obj=obj,
            type=f"test.step{i}",
            old={"amount": Decimal("12.5")},
            new={"note": "交货延迟 — late", "at": clock.now()},
            params={"i": i, "ratio": 0.25},
        )
        for i in range(count)
    ]


def test_each_event_links_to_the_one_before_it_in_its_own_history() -> None:
    a, b = _subject(1), _subject(2)
    first_a = _history(a, 2)
    first_b = _history(b, 1)
    second_a = _history(a, 1)
    assert first_a[0].prev_hash == ""
    assert first_b[0].prev_hash == ""
    assert first_a[1].prev_hash == first_a[0].hash
    assert second_a[0].prev_hash == first_a[1].hash  # b's event in between is elsewhere
    assert len({e.hash for e in [*first_a, *first_b, *second_a]}) == 4


def test_the_stored_hash_is_the_sha256_of_the_canonical_content_read_back() -> None:
    (event,) = _history(_subject(), 1)
    stored = Event.objects.get(pk=event.pk)
    content = chain.event_content(stored)
    assert stored.hash == event.hash == chain.content_hash(content)
    # Anyone can recompute it with the json module alone (docs/casefile.md).
    import hashlib

    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert hashlib.sha256(text.encode()).hexdigest() == stored.hash


def test_check_chain_passes_on_an_intact_log_with_progress() -> None:
    _history(_subject(1), 3)
    _history(_subject(2), 2)
    out, err = io.StringIO(), io.StringIO()
    call_command("casefile", "check-chain", stdout=out, stderr=err)
    assert "OK: 5 events in 2 histories" in out.getvalue()
    assert "checked 5 of 5 events (100 %)" in err.getvalue()


def test_check_chain_names_the_first_changed_event() -> None:
    events = _history(_subject(), 3)
    # An edit behind the application's back (the model refuses to update events).
    Event.objects.filter(pk=events[1].pk).update(new={"note": "edited"})
    with pytest.raises(CommandError) as failure:
        call_command("casefile", "check-chain", "--quiet", stdout=io.StringIO())
    message = str(failure.value)
    assert f"event #{events[1].pk}" in message
    assert "position 2" in message
    assert "does not match its hash" in message
    assert failure.value.returncode == 1


def test_check_chain_finds_a_removed_event() -> None:
    events = _history(_subject(), 3)
    Event.objects.filter(pk=events[1].pk).delete()  # the queryset skips the model's guard
    report = events_check_chains()
    assert report.breaks == 1
    assert report.first_break is not None
    assert report.first_break.event_id == events[2].pk
    assert "does not follow" in report.first_break.reason


def test_a_history_cannot_fork() -> None:
    (event,) = _history(_subject(), 1)
    twin = Event(
        aggregate=event.aggregate,
        aggregate_id=event.aggregate_id,
        type="test.fork",
        created_at=clock.now(),
        prev_hash="",
        hash="0" * 64,
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        Event.objects.bulk_create([twin])


@pytest.mark.parametrize("batch", [2000, 2], ids=["one-write", "several-writes"])
def test_the_migration_back_fills_the_chain_of_existing_events(
    batch: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The back-fill gives every event the links it would have had if it had been
    written chained, whether the rows are written in one statement or several."""
    events = _history(_subject(1), 3) + _history(_subject(2), 2)
    events += _history(_subject(1), 2)  # the first history goes on after the second's
    for event in events:  # as before the chain existed (distinct: the constraint is on)
        Event.objects.filter(pk=event.pk).update(prev_hash=f"none-{event.pk}", hash="")
    assert not events_check_chains().ok
    migration = importlib.import_module("tradeguard.common.migrations.0003_event_hash_chain")
    monkeypatch.setattr(migration, "BATCH", batch)
    migration.backfill(apps, None)
    refreshed = {e.pk: e for e in Event.objects.all()}
    assert [(refreshed[e.pk].prev_hash, refreshed[e.pk].hash) for e in events] == [
        (e.prev_hash, e.hash) for e in events
    ]
    assert events_check_chains().ok


def test_times_are_chained_in_utc_whatever_zone_they_were_given_in() -> None:
    obj = _subject()
    shanghai = dt.timezone(dt.timedelta(hours=8))
    at = dt.datetime(2026, 5, 1, 8, 0, tzinfo=shanghai)
    event = event_record(obj=obj, type="test.zone", at=at)
    assert chain.event_content(event)["created_at"] == "2026-05-01T00:00:00.000000+00:00"
    assert events_check_chains().ok


def test_the_synthetic_marketplace_writes_chained_histories() -> None:
    """The benchmark data (common/scaledata.py) bulk-writes events: chained as well."""
    from tradeguard.accounts.tests.factories import buyer, officer, rights_holder, supplier
    from tradeguard.common.scaledata import Seeder

    Seeder(
        20,
        officer=officer(),
        big_buyer=buyer(),
        supplier=supplier(),
        rights_holder=rights_holder(),
        prefix="Chain",
    ).run()
    report = events_check_chains()
    assert report.events > 100
    assert report.ok, report.first_break
