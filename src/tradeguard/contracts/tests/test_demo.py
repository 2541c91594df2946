"""The contracts demo seed: one binding contract, one awaiting the supplier; idempotent."""

from __future__ import annotations

import pytest

from tradeguard.common.demo import seed_all
from tradeguard.contracts.enums import ContractStatus
from tradeguard.contracts.models import SalesContract

pytestmark = pytest.mark.django_db


def test_demo_seed_makes_one_binding_and_one_awaiting_contract_and_is_idempotent():
    for _ in range(2):
        ctx = seed_all(log=lambda _line: None)
    states = {
        c.order.reference: (c.status, sorted(a.party for a in c.acceptances.all()))
        for c in SalesContract.objects.select_related("order")
    }
    assert states == {
        "TA-DEMO-3620": (ContractStatus.BINDING, ["buyer", "supplier"]),
        "TA-DEMO-3815": (ContractStatus.PROPOSED, ["buyer"]),
    }
    binding = ctx.objects["contract_binding"]
    assert binding.document is not None
    assert binding.order.documents.filter(pk=binding.document.pk, kind="sales_contract").exists()
