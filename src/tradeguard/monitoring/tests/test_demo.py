"""The demo shows matches at once, grouped, with an authorized supplier and a confirmed
copy; seeding twice changes nothing."""

from __future__ import annotations

import pytest

from tradeguard.common.demo import seed_all
from tradeguard.monitoring import explain, policy
from tradeguard.monitoring.demo import BRAND_MARK
from tradeguard.monitoring.models import Match, MatchGroup, MonitoredImage

pytestmark = pytest.mark.django_db


def test_demo_shows_matches_and_is_idempotent() -> None:
    ctx = seed_all(log=lambda line: None)
    owner = ctx.users["rights"].organization
    copycat = ctx.users["supplier3"].organization
    assert MonitoredImage.objects.filter(owner=owner, source="ip_record").count() == 2
    assert MonitoredImage.objects.filter(owner=owner, source="watch_set").count() == 3
    statuses = set(Match.objects.filter(owner=owner).values_list("status", flat=True))
    assert {"new", "confirmed", "authorized"} <= statuses
    copycat_groups = MatchGroup.objects.filter(owner=owner, supplier=copycat)
    assert copycat_groups.count() == 5
    assert max(g.match_count for g in copycat_groups) >= 3  # one photo on three listings
    assert not Match.objects.filter(supplier=ctx.users["supplier"].organization, status="new")
    # The brand mark (flat graphics): a copy on stickers is certain enough for a
    # complaint; the mark turned with a square stamped beside it is to look at closely,
    # and the reviewer reads which shape differs.
    on_mark = {
        m.listing.marketplace_url.rsplit("/", 1)[1]: m
        for m in Match.objects.filter(owner=owner, monitored_image__label=BRAND_MARK)
    }
    assert set(on_mark) == {"lamp-logo-sticker-sheet", "lamp-logo-led-sign"}
    assert all(m.graphics for m in on_mark.values())
    assert policy.complaint_ready(on_mark["lamp-logo-sticker-sheet"])
    sign = on_mark["lamp-logo-led-sign"]
    assert not policy.complaint_ready(sign)
    assert any(
        r.startswith("The listing has a solid shape where your image has background")
        for r in explain.reasons(sign, for_owner=True)
    )
    counts = (MonitoredImage.objects.count(), Match.objects.count(), MatchGroup.objects.count())
    seed_all(log=lambda line: None)
    assert (
        MonitoredImage.objects.count(),
        Match.objects.count(),
        MatchGroup.objects.count(),
    ) == counts
