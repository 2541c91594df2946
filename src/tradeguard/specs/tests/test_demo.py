"""The specs demo seed works on the orders demo data and is idempotent."""

from __future__ import annotations

import importlib

import pytest

from tradeguard.common.demo import DemoContext
from tradeguard.specs.models import Inspection, InspectionReport, Specification

pytestmark = pytest.mark.django_db


def test_demo_seed_is_idempotent():
    ctx = DemoContext(log=lambda _msg: None)
    for _ in range(2):
        for app in ("accounts", "catalog", "orders", "specs"):
            importlib.import_module(f"tradeguard.{app}.demo").seed(ctx)
    assert Specification.objects.count() == 2
    assert Inspection.objects.count() == 2
    overall = {
        r.inspection.order.reference: r.overall
        for r in InspectionReport.objects.select_related("inspection__order")
    }
    assert overall == {"TA-DEMO-3620": "fail", "TA-DEMO-3815": "pass"}
    from tradeguard.specs.selectors import recommendation

    rec = recommendation(ctx.objects["order_250_items"], ["3.2"])
    assert rec.outcome == "full_refund_or_return"
    assert "5 of 32 sampled units" in rec.findings[0].explanation
