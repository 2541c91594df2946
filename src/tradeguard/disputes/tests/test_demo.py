"""The demo data holds a dispute in every status, and seeding twice changes nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tradeguard.accounts import demo as accounts_demo
from tradeguard.catalog import demo as catalog_demo
from tradeguard.common import clock
from tradeguard.common.demo import DemoContext, seed_all
from tradeguard.disputes.enums import DisputeStatus
from tradeguard.disputes.models import Dispute
from tradeguard.disputes.selectors import eligibility_for, spec_evidence
from tradeguard.orders import demo as orders_demo

pytestmark = pytest.mark.django_db


def test_demo_has_every_status_and_is_idempotent() -> None:
    lines: list[str] = []
    seed_all(log=lines.append)
    assert not [line for line in lines if "not seeded" in line], lines
    statuses = set(Dispute.objects.values_list("status", flat=True))
    assert statuses == set(DisputeStatus.values)
    count = Dispute.objects.count()
    # The not-as-described case cites spec clause 3.2, which the specs demo's signed
    # pre-shipment inspection proves broken.
    nad = Dispute.objects.get(idempotency_key="demo-nad_awaiting")
    evidence = spec_evidence(nad)
    assert evidence is not None
    assert [(f.clause_id, f.status) for f in evidence.findings] == [("3.2", "broken")]
    seed_all(log=lambda line: None)
    assert Dispute.objects.count() == count


def test_demo_moulds_order_is_issue_3_case_2_and_still_disputable() -> None:
    """Trade-assurance moulds ($330), closed 10 days after receipt: a not-as-described
    dispute is accepted because the 30-day window after receipt is still open."""
    ctx = DemoContext(log=lambda line: None)
    for module in (accounts_demo, catalog_demo, orders_demo):
        module.seed(ctx)
    moulds = ctx.objects["order_moulds"]
    assert (moulds.status, moulds.total) == ("closed", Decimal("330.00"))
    e = eligibility_for(moulds, "not_as_described")
    assert e.eligible, e.message
    assert e.window is not None
    assert e.window.closes_at > clock.now()
