"""Reporter accuracy: good-faith status and abusive-reporter warnings/suspensions."""

from __future__ import annotations

import datetime as dt

import pytest

from tradeguard.accounts.tests.factories import officer
from tradeguard.common.errors import ApplicationError
from tradeguard.ip import policy
from tradeguard.ip.enums import IpErrorCode
from tradeguard.ip.models import ReporterStanding
from tradeguard.ip.selectors import record_review_queue, review_queue
from tradeguard.ip.services import (
    item_accept_counter,
    item_counter_notice,
    item_decide,
    item_maintain,
    item_remove,
    reporter_check,
)
from tradeguard.ip.tests import factories as f
from tradeguard.notifications.models import Notification

pytestmark = pytest.mark.django_db
UTC = dt.UTC


def _counter(supplier, item):
    item_counter_notice(
        actor=supplier,
        item=item,
        explanation="Our own product.",
        statement_perjury=True,
        consent_jurisdiction=True,
        signature_name="Zhao Min",
    )


def _successes(holder, rec, supplier, n):
    c = f.complaint(
        holder, rec, [f.listing(supplier.organization) for _ in range(n)], reason="trademark_misuse"
    )
    for item in c.items.all():
        item_remove(actor=supplier, item=item)


def _countered(holder, rec, supplier, n):
    c = f.complaint(
        holder, rec, [f.listing(supplier.organization) for _ in range(n)], reason="trademark_misuse"
    )
    for item in c.items.all():
        _counter(supplier, item)
        item_accept_counter(actor=holder, item=item)


def test_accuracy_policy_is_pure():
    acc = policy.accuracy_of([("removed", False)] * 9 + [("dismissed", True)])
    assert acc.success_rate == 0.9
    assert acc.counter_rate == 0.1
    assert not acc.qualifies  # 10% successful counter-notices > 5%
    acc = policy.accuracy_of([("removed", False)] * 19 + [("restored", False)])
    assert acc.qualifies
    assert policy.accuracy_of([("removed", False)] * 5).qualifies is False  # too few outcomes
    assert policy.accuracy_of([("notified", False), ("rejected", False)]).outcomes == 0


def test_good_faith_admission_gives_priority_then_loss_blocks_for_three_months(frozen):
    holder, other = f.rights_holder(), f.rights_holder()
    rec, other_rec = f.record(holder), f.record(other)
    supplier = f.supplier()
    _successes(holder, rec, supplier, 10)
    assert reporter_check(organization=holder.organization) is True
    standing = ReporterStanding.objects.get(organization=holder.organization)
    assert standing.good_faith
    assert standing.success_rate == 1.0
    assert standing.outcomes == 10
    assert Notification.objects.filter(
        recipient=holder, kind="ip.reporter.good_faith_granted"
    ).exists()

    # Priority review: its records and maintained complaints come first in the queues.
    f.record(other, approve=False, title="OTHER")
    f.record(holder, approve=False, title="MINE")
    assert [r.title for r in record_review_queue()] == ["MINE", "OTHER"]
    for who, who_rec in ((other, other_rec), (holder, rec)):
        c = f.complaint(who, who_rec, [f.listing(supplier.organization)], reason="trademark_misuse")
        item = c.items.get()
        _counter(supplier, item)
        item_maintain(actor=who, item=item)
        assert c.priority is (who is holder)
    assert [i.complaint.rights_holder_id for i in review_queue()] == [
        holder.organization_id,
        other.organization_id,
    ]

    # Two successful counter-notices: 10 of 12 held (83%), 17% counter-notices: lost.
    _countered(holder, rec, supplier, 2)
    frozen.move_to(dt.datetime(2025, 9, 23, tzinfo=UTC))
    assert reporter_check(organization=holder.organization) is True
    standing.refresh_from_db()
    assert standing.good_faith is False
    assert standing.good_faith_blocked_until == dt.datetime(2025, 12, 23, tzinfo=UTC)
    lost = Notification.objects.get(recipient=holder, kind="ip.reporter.good_faith_lost")
    assert "10 of 12" in lost.body

    # Even with a perfect record again it stays out until the block ends.
    _successes(holder, rec, supplier, 40)
    assert reporter_check(organization=holder.organization) is False
    frozen.move_to(dt.datetime(2025, 12, 24, tzinfo=UTC))
    _successes(holder, rec, supplier, 12)  # the window is 90 days: only recent complaints count
    assert reporter_check(organization=holder.organization) is True
    standing.refresh_from_db()
    assert standing.good_faith is True


def _unfounded(holder, rec, supplier, decider, n):
    c = f.complaint(
        holder, rec, [f.listing(supplier.organization) for _ in range(n)], reason="trademark_misuse"
    )
    for item in c.items.all():
        _counter(supplier, item)
        item_maintain(actor=holder, item=item)
        item_decide(
            actor=decider,
            item=item,
            uphold=False,
            reason="The listing shows an unrelated product.",
            manifestly_unfounded=True,
        )


def test_abusive_reporter_is_warned_then_suspended(frozen):
    holder, supplier, decider = f.rights_holder(), f.supplier(), officer()
    rec = f.record(holder)
    _unfounded(holder, rec, supplier, decider, 2)
    standing = ReporterStanding.objects.filter(organization=holder.organization).first()
    assert standing is None or standing.warned_at is None
    _unfounded(holder, rec, supplier, decider, 1)
    standing = ReporterStanding.objects.get(organization=holder.organization)
    assert standing.warned_at is not None
    assert "3 of your complaint items" in standing.warning_reason
    assert Notification.objects.filter(recipient=holder, kind="ip.reporter.warned").exists()

    frozen.move_to(dt.datetime(2025, 9, 24, tzinfo=UTC))
    _unfounded(holder, rec, supplier, decider, 2)
    standing.refresh_from_db()
    assert standing.suspended_until == dt.datetime(2025, 10, 24, tzinfo=UTC)
    assert "After a warning" in standing.suspension_reason
    with pytest.raises(ApplicationError) as err:
        f.complaint(holder, rec, [f.listing(supplier.organization)])
    assert err.value.code == IpErrorCode.REPORTER_SUSPENDED
    assert err.value.status == 403
    assert "After a warning" in err.value.message

    frozen.move_to(dt.datetime(2025, 10, 25, tzinfo=UTC))
    assert f.complaint(holder, rec, [f.listing(supplier.organization)]).pk
