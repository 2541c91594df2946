"""One parametrized test of every allowed and every forbidden item transition."""

from __future__ import annotations

import itertools

import pytest

from tradeguard.common.errors import ApplicationError
from tradeguard.common.events import events_for
from tradeguard.ip import policy
from tradeguard.ip.enums import IpErrorCode, ItemStatus
from tradeguard.ip.models import ComplaintItem
from tradeguard.ip.services import item_transition
from tradeguard.ip.tests import factories as f

pytestmark = pytest.mark.django_db

PAIRS = list(itertools.product(ItemStatus, ItemStatus))


def test_table_covers_every_status():
    assert set(policy.TRANSITIONS) == set(ItemStatus)
    for targets in policy.TRANSITIONS.values():
        assert ItemStatus.REJECTED not in targets
        assert ItemStatus.NOTIFIED not in targets


@pytest.fixture
def item(frozen) -> ComplaintItem:
    holder = f.rights_holder()
    c = f.complaint(holder, f.record(holder), [f.listing(f.supplier().organization)])
    return c.items.get()


@pytest.mark.parametrize(("old", "new"), PAIRS, ids=[f"{a}->{b}" for a, b in PAIRS])
def test_every_transition(item, old, new):
    ComplaintItem.objects.filter(pk=item.pk).update(
        status=old, rejection_reason="duplicate" if old == ItemStatus.REJECTED else ""
    )
    item.refresh_from_db()
    allowed = new in policy.TRANSITIONS[old]
    if allowed:
        item_transition(item=item, new=new, actor=None)
        item.refresh_from_db()
        assert item.status == new
        event = list(events_for(item))[-1]
        assert event.type == f"ip.item.{new}"
        assert event.old == {"status": old}
        assert event.new == {"status": new}
    else:
        with pytest.raises(ApplicationError) as err:
            item_transition(item=item, new=new, actor=None)
        assert err.value.code == IpErrorCode.INVALID_TRANSITION
        assert err.value.status == 409
        item.refresh_from_db()
        assert item.status == old
