"""The demo shows matches at once, grouped, with an authorized supplier and a confirmed
copy; seeding twice changes nothing."""

from __future__ import annotations

import pytest

from tradeguard.common.demo import seed_all
from tradeguard.monitoring.models import Match, MatchGroup, MonitoredImage

pytestmark = pytest.mark.django_db


def test_demo_shows_matches_and_is_idempotent() -> None:
    ctx = seed_all(log=lambda line: None)
    owner = ctx.users["rights"].organization
    copycat = ctx.users["supplier3"].organization
    assert MonitoredImage.objects.filter(owner=owner, source="ip_record").count() == 2
    assert MonitoredImage.objects.filter(owner=owner, source="watch_set").count() == 2
    statuses = set(Match.objects.filter(owner=owner).values_list("status", flat=True))
    assert {"new", "confirmed", "authorized"} <= statuses
    copycat_groups = MatchGroup.objects.filter(owner=owner, supplier=copycat)
    assert copycat_groups.count() == 4
    assert max(g.match_count for g in copycat_groups) >= 3  # one photo on three listings
    assert not Match.objects.filter(supplier=ctx.users["supplier"].organization, status="new")
    counts = (MonitoredImage.objects.count(), Match.objects.count(), MatchGroup.objects.count())
    seed_all(log=lambda line: None)
    assert (
        MonitoredImage.objects.count(),
        Match.objects.count(),
        MatchGroup.objects.count(),
    ) == counts
