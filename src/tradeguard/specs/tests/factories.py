"""Specs test data through the services: a buyer, a supplier and an inspector around
one order, a spec with a measurable clause, inspections and reports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tradeguard.accounts.enums import OrgKind, Role
from tradeguard.accounts.models import User
from tradeguard.accounts.tests.factories import (
    OrganizationFactory,
    UserFactory,
    buyer,
    inspector,
    supplier,
)
from tradeguard.orders.models import Order
from tradeguard.orders.tests.factories import order as order_factory
from tradeguard.specs import services
from tradeguard.specs.models import Inspection, OrderSpec, Specification

CLAUSES: list[dict[str, Any]] = [
    {
        "clause_id": "3.2",
        "text": "Bottle height",
        "kind": "dimension",
        "severity": "major",
        "target": {"type": "measure", "value": "120", "unit": "mm", "tolerance": "2"},
    },
    {
        "clause_id": "4.1",
        "text": "Body colour",
        "kind": "colour",
        "severity": "minor",
        "target": {"type": "colour", "hex": "#C8102E", "pantone": "186 C", "delta_e": "2"},
    },
    {
        "clause_id": "6.1",
        "text": "CE mark on the gift box",
        "kind": "labeling",
        "severity": "major",
        "target": {"type": "text", "text": "CE"},
    },
]


@dataclass
class World:
    buyer: User
    supplier: User
    inspector: User
    order: Order


def world(*, quantity: str = "1000", unit_price: str = "12.00", **kw: Any) -> World:
    b = buyer()
    s = supplier()
    insp = inspector(organization=OrganizationFactory(kind=OrgKind.INSPECTOR, country="HK"))
    o = order_factory(
        buyer=b.organization,
        supplier=s.organization,
        quantity=quantity,
        unit_price=unit_price,
        **kw,
    )
    return World(b, s, insp, o)


def other_buyer() -> User:
    return buyer()


def other_supplier() -> User:
    return supplier()


def other_inspector() -> User:
    return UserFactory(
        role=Role.INSPECTOR, organization=OrganizationFactory(kind=OrgKind.INSPECTOR)
    )  # type: ignore[no-any-return]


def spec(
    actor: User, clauses: list[dict[str, Any]] | None = None, name: str = "Steel bottle 500 ml"
) -> Specification:
    return services.spec_create(actor=actor, product_name=name, clauses=clauses or CLAUSES)


def binding_spec(w: World, clauses: list[dict[str, Any]] | None = None) -> OrderSpec:
    s = spec(w.buyer, clauses)
    att = services.order_spec_attach(actor=w.buyer, order=w.order, version=s.versions.get())
    services.spec_accept(actor=w.buyer, attachment=att)
    services.spec_accept(actor=w.supplier, attachment=att)
    att.refresh_from_db()
    return att


def booked(w: World, kind: str = "pre_shipment") -> Inspection:
    return services.inspection_book(
        actor=w.buyer, order=w.order, kind=kind, inspector_org=w.inspector.organization
    )


def failing_content(sample: int = 80, out: int = 7) -> dict[str, Any]:
    """Lot 1000 at level II: J, n=80; major AQL 2.5 -> Ac 5/Re 6. `out` units too tall."""
    heights = ["125.0"] * out + ["120.5"] * (sample - out)
    return {
        "lot_size": 1000,
        "sample_size": sample,
        "quantity_presented": 1000,
        "defects": [],
        "measurements": [
            {"clause_id": "3.2", "values": heights},
            {"clause_id": "4.1", "values": ["#C8102E"] * sample},
        ],
        "tests": [{"name": "Leak test", "passed": True, "notes": ""}],
        "checks": [{"clause_id": "6.1", "passed": True, "notes": "CE on every box"}],
    }


def passing_content(sample: int = 80) -> dict[str, Any]:
    return failing_content(sample, out=0)


def signed(w: World, content: dict[str, Any], kind: str = "pre_shipment") -> Inspection:
    inspection = booked(w, kind)
    services.inspection_report_save(actor=w.inspector, inspection=inspection, content=content)
    services.inspection_report_sign(actor=w.inspector, inspection=inspection)
    inspection.refresh_from_db()
    return inspection


def client_for(user: User) -> Any:
    """A Django test client signed in as `user`."""
    from django.test import Client

    c = Client()
    c.force_login(user)
    return c


def editor_post(rows: list[dict[str, str]], **extra: str) -> dict[str, str]:
    """What the spec editor posts for these clause cards (formset prefix "c")."""
    data = {
        "c-TOTAL_FORMS": str(len(rows)),
        "c-INITIAL_FORMS": "0",
        "c-MIN_NUM_FORMS": "0",
        "c-MAX_NUM_FORMS": "500",
        **extra,
    }
    for i, row in enumerate(rows):
        for key, value in row.items():
            data[f"c-{i}-{key}"] = value
    return data
