"""Every allowed and every forbidden move of the status table, through the one
transition service."""

from __future__ import annotations

import itertools

import pytest
from django.db import transaction

from tradeguard.common.errors import ApplicationError
from tradeguard.common.events import events_for
from tradeguard.disputes import policy
from tradeguard.disputes.enums import DisputesErrorCode, DisputeStatus
from tradeguard.disputes.models import Dispute
from tradeguard.disputes.services import dispute_transition
from tradeguard.disputes.services._common import lock
from tradeguard.disputes.tests.factories import Cast, delivered_order, file_dispute

pytestmark = pytest.mark.django_db

PAIRS = list(itertools.product(DisputeStatus, DisputeStatus))


@pytest.mark.parametrize(("frm", "to"), PAIRS, ids=[f"{a}->{b}" for a, b in PAIRS])
def test_transition_table(c: Cast, frm: DisputeStatus, to: DisputeStatus) -> None:
    from tradeguard.common import clock

    dispute = file_dispute(c, delivered_order(c, clock.now()))
    # Arrange: put the case in `frm` (the table itself is what is under test).
    Dispute.objects.filter(pk=dispute.pk).update(status=frm)
    allowed = to in policy.TRANSITIONS[frm]
    with transaction.atomic():
        locked = lock(dispute)
        if allowed:
            dispute_transition(actor=c.officer, dispute=locked, to=to)
        else:
            with pytest.raises(ApplicationError) as exc:
                dispute_transition(actor=c.officer, dispute=locked, to=to)
            assert exc.value.code == DisputesErrorCode.INVALID_TRANSITION
            assert exc.value.status == 409
    dispute.refresh_from_db()
    if allowed:
        assert dispute.status == to
        assert getattr(dispute, policy.STATUS_STAMP[to]) is not None
        last = list(events_for(dispute))[-1]
        assert (last.type, last.old["status"], last.new["status"]) == (
            "dispute.status_changed",
            frm,
            to,
        )
    else:
        assert dispute.status == frm


def test_every_status_is_in_the_table() -> None:
    assert set(policy.TRANSITIONS) == set(DisputeStatus)
    final = {s for s, tos in policy.TRANSITIONS.items() if not tos}
    assert final == {DisputeStatus.SETTLED, DisputeStatus.WITHDRAWN, DisputeStatus.CLOSED}
