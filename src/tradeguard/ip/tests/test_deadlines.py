"""Every deadline, fired by `run_due`, in working days of the supplier's country."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from tradeguard.accounts.tests.factories import officer
from tradeguard.catalog.enums import ListingStatus
from tradeguard.common.errors import ApplicationError
from tradeguard.common.timers import run_due
from tradeguard.ip.enums import IpErrorCode, ItemStatus, RemovalKind
from tradeguard.ip.models import ComplaintItem, ReporterStanding
from tradeguard.ip.services import (
    item_accept_counter,
    item_counter_notice,
    item_court_action,
    item_maintain,
    reporter_check,
)
from tradeguard.ip.tests import factories as f
from tradeguard.notifications.models import Notification

pytestmark = pytest.mark.django_db

UTC = dt.UTC


def _counter(supplier, item):
    return item_counter_notice(
        actor=supplier,
        item=item,
        explanation="We designed this ourselves.",
        statement_perjury=True,
        consent_jurisdiction=True,
        signature_name="Li Wei",
    )


def _one(holder, supplier, *, kind="trademark"):
    rec = f.record(holder, kind=kind)
    listing = f.listing(supplier.organization)
    c = f.complaint(holder, rec, [listing])
    return c.items.get(), listing


def _reload(item: ComplaintItem) -> ComplaintItem:
    return ComplaintItem.objects.select_related("listing").get(pk=item.pk)


def test_no_answer_removes_at_the_deadline_automatically(frozen):
    holder, supplier = f.rights_holder(), f.supplier("CN")
    item, _listing = _one(holder, supplier)
    # Notified Monday 10:00 Beijing time: due at the end of Thursday, Beijing time.
    assert item.respond_due_at == dt.datetime(2025, 9, 25, 15, 59, 59, tzinfo=UTC)
    run_due(dt.datetime(2025, 9, 25, 15, 59, tzinfo=UTC))
    assert _reload(item).status == ItemStatus.NOTIFIED
    run_due(dt.datetime(2025, 9, 25, 16, 0, tzinfo=UTC))
    item = _reload(item)
    assert item.status == ItemStatus.REMOVED
    assert item.removal_kind == RemovalKind.AUTOMATIC
    assert item.listing.status == ListingStatus.REMOVED
    assert "IP complaint" in item.listing.status_reason
    statement = item.statements.get()
    assert statement.automated is True
    assert statement.decision == "removal"
    assert statement.appeal_until is not None
    assert "appeal" in statement.redress
    notice = Notification.objects.filter(recipient=supplier, kind="ip.item.removed").get()
    assert "automatically" in notice.body
    # Running again does nothing more (idempotent).
    run_due(dt.datetime(2025, 9, 30, tzinfo=UTC))
    assert item.statements.count() == 1


def test_national_day_week_extends_the_deadline_in_china():
    with time_machine.travel(dt.datetime(2025, 9, 29, 2, 0, tzinfo=UTC), tick=False):
        holder = f.rights_holder()
        cn_item, _ = _one(holder, f.supplier("CN"))
        us_item, _ = _one(holder, f.supplier("US"))
    # China: Tue 30 Sep, then 1-8 October are holidays: Thu 9 and Fri 10 October.
    assert cn_item.respond_due_at == dt.datetime(2025, 10, 10, 15, 59, 59, tzinfo=UTC)
    # The US supplier's clock has no such holiday.
    assert us_item.respond_due_at == dt.datetime(2025, 10, 2, 3, 59, 59, tzinfo=UTC)
    run_due(dt.datetime(2025, 10, 8, tzinfo=UTC))
    assert _reload(cn_item).status == ItemStatus.NOTIFIED
    assert _reload(us_item).status == ItemStatus.REMOVED
    run_due(dt.datetime(2025, 10, 10, 16, 0, tzinfo=UTC))
    assert _reload(cn_item).status == ItemStatus.REMOVED


def test_rights_holder_silent_after_counter_notice_listing_stays(frozen):
    holder, supplier = f.rights_holder(), f.supplier("CN")
    item, _listing = _one(holder, supplier)
    item = _counter(supplier, item)
    # Counter-notice on Monday: the rights holder has 3 working days (supplier's calendar).
    assert item.counter_due_at == dt.datetime(2025, 9, 25, 15, 59, 59, tzinfo=UTC)
    run_due(dt.datetime(2025, 9, 25, 16, 0, tzinfo=UTC))
    item = _reload(item)
    assert item.status == ItemStatus.DISMISSED
    assert item.listing.status == ListingStatus.ACTIVE
    # The respond timer fired as well, but the item had moved on.
    assert item.statements.count() == 0


def test_maintain_after_the_deadline_is_refused(frozen):
    holder, supplier = f.rights_holder(), f.supplier("CN")
    item, _ = _one(holder, supplier)
    _counter(supplier, item)
    frozen.move_to(dt.datetime(2025, 9, 25, 16, 30, tzinfo=UTC))
    with pytest.raises(ApplicationError) as err:
        item_maintain(actor=holder, item=item)
    assert err.value.code == IpErrorCode.DEADLINE_PASSED


def test_copyright_removed_listing_restored_ten_working_days_after_counter_notice(frozen):
    holder, supplier = f.rights_holder(), f.supplier("CN")
    item, _listing = _one(holder, supplier, kind="copyright")
    run_due(dt.datetime(2025, 9, 26, tzinfo=UTC))
    item = _reload(item)
    assert item.status == ItemStatus.REMOVED
    # A late counter-notice on Monday 29 September (within 27 working days of the notice).
    frozen.move_to(dt.datetime(2025, 9, 29, 2, 0, tzinfo=UTC))
    item = _counter(supplier, item)
    # 10 working days in China across the National Day holidays: Monday 20 October.
    assert item.counter_due_at == dt.datetime(2025, 10, 20, 15, 59, 59, tzinfo=UTC)
    with pytest.raises(ApplicationError) as err:
        item_maintain(actor=holder, item=item)
    assert err.value.code == IpErrorCode.INVALID_TRANSITION
    run_due(dt.datetime(2025, 10, 20, 15, 0, tzinfo=UTC))
    assert _reload(item).status == ItemStatus.COUNTER_NOTICED
    run_due(dt.datetime(2025, 10, 20, 16, 0, tzinfo=UTC))
    item = _reload(item)
    assert item.status == ItemStatus.RESTORED
    assert item.listing.status == ListingStatus.ACTIVE
    restoration = item.statements.get(decision="restoration")
    assert restoration.automated is True


def test_copyright_court_action_keeps_listing_removed(frozen):
    holder, supplier = f.rights_holder(), f.supplier("CN")
    item, _listing = _one(holder, supplier, kind="copyright")
    run_due(dt.datetime(2025, 9, 26, tzinfo=UTC))
    frozen.move_to(dt.datetime(2025, 9, 29, 2, 0, tzinfo=UTC))
    _counter(supplier, item)
    item_court_action(actor=holder, item=item, reference="High Court IP-2025-118")
    run_due(dt.datetime(2025, 11, 30, tzinfo=UTC))
    item = _reload(item)
    assert item.status == ItemStatus.COURT_ACTION
    assert item.listing.status == ListingStatus.REMOVED


def test_late_counter_notice_window_closes(frozen):
    holder, supplier = f.rights_holder(), f.supplier("CN")
    item, _ = _one(holder, supplier)
    run_due(dt.datetime(2025, 9, 26, tzinfo=UTC))
    frozen.move_to(dt.datetime(2025, 12, 1, tzinfo=UTC))
    with pytest.raises(ApplicationError) as err:
        _counter(supplier, item)
    assert err.value.code == IpErrorCode.DEADLINE_PASSED


def test_counter_notice_accepted_restores_removed_listing(frozen):
    holder, supplier = f.rights_holder(), f.supplier("CN")
    item, _listing = _one(holder, supplier)
    run_due(dt.datetime(2025, 9, 26, tzinfo=UTC))
    _counter(supplier, item)
    item_accept_counter(actor=holder, item=item)
    item = _reload(item)
    assert item.status == ItemStatus.RESTORED
    assert item.listing.status == ListingStatus.ACTIVE


def test_daily_reporter_check_runs_and_reschedules(frozen):
    holder, supplier = f.rights_holder(), f.supplier("CN")
    _one(holder, supplier)
    fired = run_due(dt.datetime(2025, 9, 24, 1, 0, tzinfo=UTC))
    kinds = [t.kind for t in fired]
    assert kinds.count("ip.reporters.daily") == 2  # 23 and 24 September, 00:30 UTC
    assert ReporterStanding.objects.get(organization=holder.organization).checked_at is not None
    assert reporter_check(organization=holder.organization) is False


def test_appeal_window_is_six_months(frozen):
    holder, supplier = f.rights_holder(), f.supplier("CN")
    item, _ = _one(holder, supplier)
    run_due(dt.datetime(2025, 9, 26, tzinfo=UTC))
    frozen.move_to(dt.datetime(2026, 4, 1, tzinfo=UTC))
    from tradeguard.ip.services import item_appeal

    with pytest.raises(ApplicationError) as err:
        item_appeal(actor=supplier, item=item, explanation="Too late?")
    assert err.value.code == IpErrorCode.APPEAL_WINDOW_CLOSED
    assert officer()  # an officer exists to review timely appeals


# -- reminders before the deadlines ---------------------------------------------------


def _reminders(user):
    return list(Notification.objects.filter(recipient=user, kind="ip.item.reminder"))


def test_supplier_is_reminded_once_a_day_before_automatic_removal(frozen):
    holder, supplier = f.rights_holder(), f.supplier("CN")
    rec = f.record(holder)
    listings = [f.listing(supplier.organization) for _ in range(2)]
    complaint = f.complaint(holder, rec, listings)
    due = dt.datetime(2025, 9, 25, 15, 59, 59, tzinfo=UTC)
    assert {i.respond_due_at for i in complaint.items.all()} == {due}
    run_due(due - dt.timedelta(hours=24, seconds=1))
    assert _reminders(supplier) == []
    run_due(due - dt.timedelta(hours=24))
    [reminder] = _reminders(supplier)  # one message for both listings
    # The deadline is absolute, in the supplier's own time zone.
    assert "2025-09-25 23:59 UTC+8" in reminder.subject
    assert "2 listings will be removed" in reminder.subject
    for listing in listings:
        assert listing.title in reminder.body
    assert _reminders(holder) == []
    run_due(due)  # the deadline itself removes them; no second reminder
    assert len(_reminders(supplier)) == 1
    assert {i.status for i in complaint.items.all()} == {ItemStatus.REMOVED}


def test_supplier_that_answered_is_not_reminded(frozen):
    holder, supplier = f.rights_holder(), f.supplier("CN")
    rec = f.record(holder)
    answered, waiting = (f.listing(supplier.organization) for _ in range(2))
    complaint = f.complaint(holder, rec, [answered, waiting])
    _counter(supplier, complaint.items.get(listing=answered))
    run_due(dt.datetime(2025, 9, 24, 16, 0, tzinfo=UTC))
    [reminder] = _reminders(supplier)
    assert waiting.title in reminder.body
    assert answered.title not in reminder.body
    assert "1 listing will be removed" in reminder.subject

    # Both answered in time: nothing to remind of.
    other = f.supplier("CN")
    both = f.complaint(holder, rec, [f.listing(other.organization)])
    _counter(other, both.items.get())
    run_due(dt.datetime(2025, 9, 24, 16, 0, tzinfo=UTC))
    assert _reminders(other) == []


def test_rights_holder_is_reminded_before_a_counter_notice_wins_by_silence(frozen):
    holder, supplier = f.rights_holder(), f.supplier("CN")
    item, _listing = _one(holder, supplier)
    item = _counter(supplier, item)
    due = item.counter_due_at
    assert due == dt.datetime(2025, 9, 25, 15, 59, 59, tzinfo=UTC)
    run_due(due - dt.timedelta(hours=24))
    [reminder] = _reminders(holder)
    assert "2025-09-25 16:59 UTC+1" in reminder.subject
    assert "the listing stays" in reminder.body
    assert _reminders(supplier) == []


def test_rights_holder_that_answered_is_not_reminded(frozen):
    holder, supplier = f.rights_holder(), f.supplier("CN")
    item, _listing = _one(holder, supplier)
    item = _counter(supplier, item)
    item_maintain(actor=holder, item=item)
    run_due(dt.datetime(2025, 9, 24, 16, 0, tzinfo=UTC))
    assert _reminders(holder) == []


def test_copyright_reminder_names_the_court_action_that_keeps_the_listing_down(frozen):
    holder, supplier = f.rights_holder(), f.supplier("CN")
    item, _listing = _one(holder, supplier, kind="copyright")
    run_due(dt.datetime(2025, 9, 26, tzinfo=UTC))  # removed automatically
    frozen.move_to(dt.datetime(2025, 9, 29, 2, 0, tzinfo=UTC))
    item = _counter(supplier, item)
    run_due(item.counter_due_at - dt.timedelta(hours=24))
    [reminder] = _reminders(holder)
    assert "restored unless you record" in reminder.body
    assert "court action" in reminder.body


def test_reminder_hours_follow_the_marketplace_policy(frozen, settings):
    settings.TRADEGUARD_POLICY = {"ip": {"respond_reminder_hours": [48, 2]}}
    holder, supplier = f.rights_holder(), f.supplier("CN")
    item, _listing = _one(holder, supplier)
    run_due(item.respond_due_at - dt.timedelta(hours=24))
    assert len(_reminders(supplier)) == 1  # the 48-hour one
    run_due(item.respond_due_at - dt.timedelta(hours=2))
    assert len(_reminders(supplier)) == 2
