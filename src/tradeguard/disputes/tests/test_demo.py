"""The demo data holds a dispute in every status, and seeding twice changes nothing."""

from __future__ import annotations

import pytest

from tradeguard.common.demo import seed_all
from tradeguard.disputes.enums import DisputeStatus
from tradeguard.disputes.models import Dispute

pytestmark = pytest.mark.django_db


def test_demo_has_every_status_and_is_idempotent() -> None:
    lines: list[str] = []
    seed_all(log=lines.append)
    assert not [line for line in lines if "not seeded" in line], lines
    statuses = set(Dispute.objects.values_list("status", flat=True))
    assert statuses == set(DisputeStatus.values)
    count = Dispute.objects.count()
    seed_all(log=lambda line: None)
    assert Dispute.objects.count() == count
