"""Contracts test data through the services: the specs app's world (buyer, supplier,
inspector, one order) with a binding specification, and a drafted contract."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tradeguard.common import clock
from tradeguard.contracts import services
from tradeguard.contracts.models import SalesContract
from tradeguard.specs.tests import factories as specs_f
from tradeguard.specs.tests.factories import World


def terms(**overrides: Any) -> dict[str, Any]:
    today = clock.now().date()
    values: dict[str, Any] = {
        "incoterm": "FOB",
        "place": "Ningbo port, China",
        "forum": "cietac",
        "city": "",
        "governing_law": "prc",
        "prevailing_language": "en",
        "quantity_tolerance": "3",
        "notice_days": 30,
        "remedy_days": 15,
        "ship_by": (today + dt.timedelta(days=30)).isoformat(),
        "delivery_by": (today + dt.timedelta(days=65)).isoformat(),
        "buyer_address": "Hafenstrasse 12, 20457 Hamburg, Germany",
        "supplier_address": "88 Jiangnan Road, Yiwu, Zhejiang, China",
        "destination": "DE",
        "compliance": ["CE marking and EU declaration of conformity"],
    }
    values.update(overrides)
    return values


def world_with_spec() -> World:
    w = specs_f.world()
    specs_f.binding_spec(w)
    return w


def drafted(w: World, **overrides: Any) -> SalesContract:
    return services.contract_draft(actor=w.buyer, order=w.order, terms=terms(**overrides))


def binding(w: World) -> SalesContract:
    contract = drafted(w)
    services.contract_accept(actor=w.buyer, contract=contract, sha256=contract.sha256)
    services.contract_accept(actor=w.supplier, contract=contract, sha256=contract.sha256)
    contract.refresh_from_db()
    return contract
