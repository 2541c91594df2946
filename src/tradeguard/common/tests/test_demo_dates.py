"""`make run` seeds the demo on whatever date it is: its deadlines lie around that date,
and nothing is overdue by accident (a timer already due would fire the moment the server
starts and move the demo cases on before anyone looks at them)."""

from __future__ import annotations

import datetime as dt
import os

import pytest
import time_machine

from tradeguard.common import clock
from tradeguard.common.demo import seed_all
from tradeguard.common.enums import TimerStatus
from tradeguard.common.models import Timer
from tradeguard.disputes.models import Dispute
from tradeguard.disputes.policy import ACTIVE_STATUSES

pytestmark = pytest.mark.django_db

DEADLINE_FIELDS = (
    "response_due_at",
    "evidence_due_at",
    "decision_due_at",
    "award_due_at",
    "return_due_at",
    "appeal_due_at",
)


@pytest.mark.parametrize(
    "instant",
    [
        # Late on the last day of a year in UTC: already the next year in Shanghai.
        dt.datetime(2030, 12, 31, 23, 59, tzinfo=dt.UTC),
        # Saturday morning in Shanghai before the 2029 Spring Festival closes China's
        # working days for a week; 30-day windows cross the US daylight-saving change.
        dt.datetime(2029, 2, 9, 23, 30, tzinfo=dt.UTC),
        # One hour before New York's clocks go forward.
        dt.datetime(2027, 3, 14, 6, 0, tzinfo=dt.UTC),
    ],
    ids=str,
)
def test_demo_seeded_on_any_date_has_deadlines_around_it_and_nothing_overdue(
    instant: dt.datetime,
) -> None:
    with time_machine.travel(instant, tick=True):
        seed_all(log=lambda line: None)
        now = clock.now()

    pending = Timer.objects.filter(status=TimerStatus.PENDING)
    assert pending.exists()
    overdue = list(pending.filter(due_at__lte=now).values_list("kind", "due_at"))
    assert overdue == []
    # Deadlines lie around the seeding date: within the next two months, not years off.
    far = pending.filter(due_at__gt=now + dt.timedelta(days=62))
    assert not far.exists(), list(far.values_list("kind", "due_at"))

    active = Dispute.objects.filter(status__in=ACTIVE_STATUSES)
    assert active.exists()
    for dispute in active:
        upcoming = [getattr(dispute, name) for name in DEADLINE_FIELDS]
        upcoming = [at for at in upcoming if at is not None and at > now]
        assert upcoming, (
            f"active demo dispute {dispute.pk} ({dispute.status}) has no deadline ahead"
        )
        assert min(upcoming) < now + dt.timedelta(days=62)
    # Every dispute was opened before the seeding instant, none in the future.
    assert not Dispute.objects.filter(created_at__gt=now).exists()


@pytest.mark.skipif(
    not os.environ.get("TRADEGUARD_TEST_NOW"), reason="this run uses the real clock"
)
def test_a_moved_suite_runs_at_the_instant_it_was_given() -> None:
    """`TRADEGUARD_TEST_NOW` (read by the root conftest.py) moves the whole suite's clock."""
    instant = dt.datetime.fromisoformat(os.environ["TRADEGUARD_TEST_NOW"])
    assert instant <= clock.now() < instant + dt.timedelta(days=1)
