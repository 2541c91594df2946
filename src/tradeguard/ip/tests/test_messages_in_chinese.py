"""A supplier or rights holder reading Chinese gets refusals wholly in Chinese: the
action refused, the item's status and the statuses it may take are words, not codes or
English phrases."""

from __future__ import annotations

import pytest
from django.utils import translation

from tradeguard.common.errors import ApplicationError
from tradeguard.common.tests.test_i18n import english_left
from tradeguard.ip.enums import IpErrorCode, ItemStatus
from tradeguard.ip.models import ComplaintItem
from tradeguard.ip.services import item_accept_counter, item_transition
from tradeguard.ip.tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def holder_and_item(frozen):  # type: ignore[no-untyped-def]
    holder = f.rights_holder()
    c = f.complaint(holder, f.record(holder), [f.listing(f.supplier().organization)])
    return holder, c.items.get()


def test_an_action_refused_in_the_wrong_state_reads_in_chinese(holder_and_item) -> None:  # type: ignore[no-untyped-def]
    holder, item = holder_and_item
    with translation.override("zh-hans"), pytest.raises(ApplicationError) as refused:
        item_accept_counter(actor=holder, item=item)
    assert refused.value.code == IpErrorCode.INVALID_TRANSITION
    assert english_left(refused.value.message) == [], refused.value.message
    with translation.override("en"), pytest.raises(ApplicationError) as english:
        item_accept_counter(actor=holder, item=item)
    assert "You cannot accept a counter-notice now" in english.value.message


def test_a_forbidden_status_change_names_the_allowed_ones_in_chinese(holder_and_item) -> None:  # type: ignore[no-untyped-def]
    _, item = holder_and_item
    ComplaintItem.objects.filter(pk=item.pk).update(status=ItemStatus.UNDER_REVIEW)
    item.refresh_from_db()
    with translation.override("zh-hans"), pytest.raises(ApplicationError) as refused:
        item_transition(item=item, new=ItemStatus.NOTIFIED, actor=None)
    assert english_left(refused.value.message) == [], refused.value.message
    with translation.override("en"), pytest.raises(ApplicationError) as english:
        item_transition(item=item, new=ItemStatus.NOTIFIED, actor=None)
    assert "withdrawn" in english.value.message  # a label among the allowed next
