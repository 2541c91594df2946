"""Each case keeps its count of open and confirmed scam signals (`Dispute.signal_count`),
which the officers' queue sorts by through an index. The count follows every change:
a signal found in a message or on the order, a review, a case opened on an order that
already has signals; a whole-row save of the case never puts an old count back; and the
migration's back-fill gives the count the live expression gives."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest
import time_machine
from django.apps import apps
from django.test import Client

from tradeguard.disputes import services
from tradeguard.disputes.models import Dispute
from tradeguard.disputes.tests.factories import (
    Cast,
    at,
    delivered_order,
    file_dispute,
    run_due_at,
)
from tradeguard.orders.services import order_payment_add
from tradeguard.signals.models import ScamSignal
from tradeguard.signals.selectors import signal_count
from tradeguard.signals.services import signal_review

pytestmark = pytest.mark.django_db
NOW = at(2026, 4, 1)
FEE = "Please pay the release fee of $380 first."
ACCOUNT = "Our bank account has changed, please pay the balance to our new account."


def _kept_and_live() -> dict[int, tuple[int, int]]:
    return {d.pk: (d.signal_count, d.live) for d in Dispute.objects.annotate(live=signal_count())}


def _post(c: Cast, dispute: Dispute, body: str, *, hours: int = 1) -> None:
    with time_machine.travel(NOW + dt.timedelta(hours=hours), tick=False):
        services.message_post(actor=c.supplier, dispute=dispute, body=body)


def test_found_reviewed_and_order_signals_keep_each_case_count(c: Cast) -> None:
    with time_machine.travel(NOW, tick=False):
        order = delivered_order(c, NOW, payments=[("900.00", True)])
        case = file_dispute(c, order)
        other = file_dispute(c, delivered_order(c, NOW))
    _post(c, case, FEE)
    _post(c, case, ACCOUNT, hours=2)
    case.refresh_from_db()
    assert case.signal_count == 2
    # A payment outside the designated account on the same order: a signal on the
    # order, shown on its open case.
    with time_machine.travel(NOW + dt.timedelta(hours=3), tick=False):
        order_payment_add(
            actor=c.officer,
            order=order,
            amount="100.00",
            paid_at=NOW + dt.timedelta(hours=2),
            method="bank_transfer",
            to_designated_account=False,
        )
    case.refresh_from_db()
    assert case.signal_count == 3
    # An officer dismisses one (no longer counted) and confirms another (still counted).
    first, second = ScamSignal.objects.filter(message__isnull=False).order_by("pk")
    with time_machine.travel(NOW + dt.timedelta(days=1), tick=False):
        signal_review(actor=c.officer, dispute=case, signal_id=first.pk, decision="dismiss")
        signal_review(actor=c.officer, dispute=case, signal_id=second.pk, decision="confirm")
    counts = _kept_and_live()
    assert counts[case.pk] == (2, 2)
    assert counts[other.pk] == (0, 0)


def test_a_case_opened_on_an_order_with_signals_starts_with_them(c: Cast) -> None:
    with time_machine.travel(NOW, tick=False):
        order = delivered_order(c, NOW, payments=[("900.00", True)])
    with time_machine.travel(NOW + dt.timedelta(hours=1), tick=False):
        order_payment_add(
            actor=c.officer,
            order=order,
            amount="100.00",
            paid_at=NOW,
            method="bank_transfer",
            to_designated_account=False,
        )
    with time_machine.travel(NOW + dt.timedelta(hours=2), tick=False):
        case = file_dispute(c, order)
    assert case.signal_count == 1
    assert _kept_and_live()[case.pk] == (1, 1)


def test_a_whole_row_save_of_the_case_keeps_the_count(c: Cast) -> None:
    with time_machine.travel(NOW, tick=False):
        case = file_dispute(c, delivered_order(c, NOW))
    stale = Dispute.objects.get(pk=case.pk)  # read before the signal
    _post(c, case, FEE)
    stale.description = "Edited after the signal was found."
    stale.save()
    case.refresh_from_db()
    assert case.description == "Edited after the signal was found."
    assert case.signal_count == 1


def test_the_queue_by_signals_puts_the_most_flagged_case_first(c: Cast) -> None:
    with time_machine.travel(NOW, tick=False):
        quiet = file_dispute(c, delivered_order(c, NOW))
        one = file_dispute(c, delivered_order(c, NOW))
        two = file_dispute(c, delivered_order(c, NOW))
    _post(c, one, FEE)
    _post(c, two, FEE)
    _post(c, two, ACCOUNT, hours=2)
    with time_machine.travel(NOW + dt.timedelta(days=3, hours=1), tick=False):
        for case in (quiet, one, two):
            services.dispute_escalate(actor=c.buyer, dispute=case)
    run_due_at(NOW + dt.timedelta(days=9))
    assert {d.status for d in Dispute.objects.all()} == {"under_review"}
    web = Client()
    web.force_login(c.officer)
    with time_machine.travel(NOW + dt.timedelta(days=9, hours=1), tick=False):
        page = web.get("/disputes/?queue_sort=signals").content.decode()
    queue = page.split('id="queue"')[1]
    order = sorted((quiet, one, two), key=lambda d: queue.index(f"/disputes/{d.pk}/"))
    assert order == [two, one, quiet]
    assert "2 signals" in queue
    assert "1 signal<" in queue


def test_the_migration_back_fill_gives_the_live_counts(c: Cast) -> None:
    migration = importlib.import_module("tradeguard.disputes.migrations.0006_signal_count")
    with time_machine.travel(NOW, tick=False):
        order = delivered_order(c, NOW, payments=[("900.00", True)])
        case = file_dispute(c, order)
        other = file_dispute(c, delivered_order(c, NOW))
    _post(c, case, FEE)
    with time_machine.travel(NOW + dt.timedelta(hours=3), tick=False):
        order_payment_add(
            actor=c.officer,
            order=order,
            amount="100.00",
            paid_at=NOW + dt.timedelta(hours=2),
            method="bank_transfer",
            to_designated_account=False,
        )
    _post(c, other, FEE)
    ScamSignal.objects.filter(dispute=other).update(status="dismissed")
    Dispute.objects.update(signal_count=0)  # as before the migration
    migration.count_signals(apps, None)
    counts = _kept_and_live()
    assert counts[case.pk] == (2, 2)
    assert counts[other.pk] == (0, 0)
