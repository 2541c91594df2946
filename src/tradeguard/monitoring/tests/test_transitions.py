"""Every allowed and every forbidden move of a match, through the one transition
service; plus the pure policy."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest

from tradeguard.accounts.tests.factories import rights_holder, supplier
from tradeguard.common.errors import ApplicationError
from tradeguard.monitoring import engine, policy, services
from tradeguard.monitoring.enums import MatchStatus, MonitoringErrorCode
from tradeguard.monitoring.models import Match
from tradeguard.monitoring.tests import factories as f
from tradeguard.monitoring.views import Box

pytestmark = pytest.mark.django_db

HIT = engine.Hit(
    key="0",
    score=0.95,
    hash_distance=12,
    inliers=40,
    query_region=(0.1, 0.2, 0.8, 0.9),
    reference_region=(0.0, 0.0, 1.0, 1.0),
)


def _match_in(status: MatchStatus) -> tuple[Any, Match]:
    owner = rights_holder()
    protected = f.monitored(owner, seed=301)
    seller = supplier()
    _, image = f.listing_with_image(f.product_photo(302), seller)
    match = services.match_record(
        monitored=protected, image=image, hit=HIT, engine_version=engine.ENGINE_VERSION
    )
    assert match is not None
    if status == MatchStatus.CONFIRMED:
        services.matches_confirm(actor=owner, matches=[match])
    elif status == MatchStatus.DISMISSED:
        services.matches_dismiss(actor=owner, matches=[match])
    elif status == MatchStatus.AUTHORIZED:
        services.supplier_authorize(actor=owner, supplier=seller.organization)
    match.refresh_from_db()
    assert match.status == status
    return owner, match


PAIRS = [(a, b) for a in MatchStatus for b in MatchStatus if a != b]


@pytest.mark.parametrize(("old", "new"), PAIRS, ids=[f"{a}->{b}" for a, b in PAIRS])
def test_every_move(old: MatchStatus, new: MatchStatus) -> None:
    owner, match = _match_in(old)
    if new in policy.TRANSITIONS[old]:
        moved = services.match_transition(actor=owner, match=match, to=new, note="because")
        assert moved.status == new
        assert (moved.decided_at is not None) == (new in policy.DECIDED)
        assert moved.group.new_count == (1 if new == MatchStatus.NEW else 0)
    else:
        with pytest.raises(ApplicationError) as caught:
            services.match_transition(actor=owner, match=match, to=new)
        assert caught.value.code == MonitoringErrorCode.INVALID_TRANSITION
        assert caught.value.status == 409
        match.refresh_from_db()
        assert match.status == old


def test_a_pair_is_recorded_once() -> None:
    _, match = _match_in(MatchStatus.DISMISSED)
    again = services.match_record(
        monitored=match.monitored_image,
        image=match.listing_image,
        hit=HIT,
        engine_version=engine.ENGINE_VERSION,
    )
    assert again is None
    assert Match.objects.count() == 1


def test_next_digest_is_the_next_configured_time() -> None:
    before = dt.datetime(2026, 3, 1, 6, 0, tzinfo=dt.UTC)
    after = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)
    assert policy.next_digest(before) == dt.datetime(2026, 3, 1, 7, 0, tzinfo=dt.UTC)
    assert policy.next_digest(after) == dt.datetime(2026, 3, 2, 7, 0, tzinfo=dt.UTC)


def test_shard_ranges_cover_the_key_space_without_overlap() -> None:
    for shards in (1, 3, 4, 7):
        ranges = [engine.shard_range(k, shards) for k in range(shards)]
        assert ranges[0][0] == 0
        assert ranges[-1][1] == engine.SHARD_SPACE
        assert all(a[1] == b[0] for a, b in itertools.pairwise(ranges))
    with pytest.raises(ValueError, match="does not exist"):
        engine.shard_range(4, 4)


def test_regions_become_svg_percent_boxes() -> None:
    assert Box.of([0.1, 0.2, 0.6, 0.9]) == Box(10.0, 20.0, 50.0, 70.0)
    assert Box.of([]) == Box(0.0, 0.0, 100.0, 100.0)
