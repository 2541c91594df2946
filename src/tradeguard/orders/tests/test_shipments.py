"""Shipment events on an order: who records them, what is refused (and nothing written),
the API round trip, and the order page's Shipment section."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.test import Client

from tradeguard.accounts.tests.factories import buyer, supplier
from tradeguard.common.errors import ApplicationError, CommonErrorCode
from tradeguard.common.events import events_for
from tradeguard.common.testing import ApiClient
from tradeguard.disputes.tests.factories import Cast, at, cast, make_order
from tradeguard.orders.enums import OrdersErrorCode, ShipmentEventStatus
from tradeguard.orders.models import Order, ShipmentEvent
from tradeguard.orders.services import shipment_event_record

pytestmark = pytest.mark.django_db
NOW = at(2026, 4, 1)
E = OrdersErrorCode


@pytest.fixture
def c(db: None) -> Cast:
    return cast()


@pytest.fixture
def deal(c: Cast) -> Order:
    with time_machine.travel(NOW, tick=False):
        return make_order(c, placed_at=NOW - dt.timedelta(days=5), status="paid")


@pytest.fixture(autouse=True)
def _now() -> object:
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def record(actor, order, **kw):  # type: ignore[no-untyped-def]
    kw.setdefault("status", ShipmentEventStatus.PICKED_UP)
    kw.setdefault("occurred_at", NOW - dt.timedelta(days=1))
    return shipment_event_record(actor=actor, order=order, **kw)


def test_the_supplier_and_officers_record_shipment_events(c: Cast, deal: Order) -> None:
    first = record(
        c.supplier, deal, carrier=" DHL Express ", tracking_number="JD0146", note="Left Ningbo"
    )
    assert first.recorded_by == c.supplier
    assert first.carrier == "DHL Express"
    second = record(c.officer, deal, status=ShipmentEventStatus.IN_TRANSIT, occurred_at=NOW)
    assert list(deal.shipment_events.all()) == [first, second]
    last = list(events_for(deal))[-1]
    assert last.type == "order.shipment_event"
    assert last.new["shipment_status"] == "in_transit"


def test_a_buyer_may_not_and_another_supplier_may_not(c: Cast, deal: Order) -> None:
    with pytest.raises(ApplicationError) as refused:
        record(c.buyer, deal)
    assert refused.value.status == 403
    with pytest.raises(ApplicationError) as stranger:
        record(supplier(), deal)
    assert stranger.value.status == 403
    assert not ShipmentEvent.objects.exists()


@pytest.mark.parametrize(
    ("kw", "field", "code"),
    [
        ({"occurred_at": NOW + dt.timedelta(minutes=5)}, "occurred_at", E.DATE_IN_FUTURE),
        ({"occurred_at": NOW - dt.timedelta(days=9)}, "occurred_at", E.DATE_BEFORE_PLACED),
        ({"status": "lost_at_sea"}, "status", CommonErrorCode.INVALID_INPUT),
        ({"carrier": "x" * 101}, "carrier", CommonErrorCode.INVALID_INPUT),
        ({"note": "x" * 2001}, "note", CommonErrorCode.INVALID_INPUT),
    ],
)
def test_bad_input_is_refused_with_the_field_and_nothing_is_written(
    c: Cast, deal: Order, kw: dict[str, object], field: str, code: str
) -> None:
    before = events_for(deal).count()
    with pytest.raises(ApplicationError) as refused:
        record(c.supplier, deal, **kw)
    assert refused.value.status == 422
    assert refused.value.code == code
    assert field in refused.value.fields
    assert not ShipmentEvent.objects.exists()
    assert events_for(deal).count() == before


def test_api_round_trip_and_access(c: Cast, deal: Order) -> None:
    body = {
        "status": "held_by_carrier",
        "occurred_at": (NOW - dt.timedelta(hours=3)).isoformat(),
        "carrier": "Maersk",
        "tracking_number": "MSKU1234565",
        "note": "Customs inspection",
    }
    url = f"orders/{deal.pk}/shipment-events"
    r = ApiClient(c.supplier).post(url, body)
    assert r.status_code == 201, r.json()
    created = r.json()
    assert created["status"] == "held_by_carrier"
    assert created["status_label"] == "Held by the carrier"
    assert created["carrier"] == "Maersk"
    for reader in (c.buyer, c.supplier, c.officer):
        listed = ApiClient(reader).get(url)
        assert listed.status_code == 200
        assert [e["id"] for e in listed.json()] == [created["id"]]
    # The buyer reads but does not record; a stranger's order does not exist for it.
    assert ApiClient(c.buyer).post(url, body).status_code == 403
    stranger = buyer()
    assert ApiClient(stranger).get(url).status_code == 404
    assert ApiClient(stranger).post(url, body).status_code == 404
    assert ApiClient(supplier()).post(url, body).status_code == 404
    # An officer (as the marketplace's integration does) records too.
    r = ApiClient(c.officer).post(url, {**body, "status": "delivered"})
    assert r.status_code == 201
    future = ApiClient(c.supplier).post(
        url, {**body, "occurred_at": (NOW + dt.timedelta(days=1)).isoformat()}
    )
    assert future.status_code == 422
    assert "occurred_at" in future.json()["fields"]
    unknown = ApiClient(c.supplier).post(url, {**body, "status": "lost"})
    assert unknown.status_code == 422
    assert ShipmentEvent.objects.count() == 2


def test_the_order_page_lists_events_and_offers_the_form_to_the_supplier_only(
    c: Cast, deal: Order
) -> None:
    record(c.supplier, deal, carrier="DHL Express", tracking_number="JD0146")
    web = Client()
    web.force_login(c.supplier)
    page = web.get(f"/orders/{deal.pk}/").content.decode()
    section = page.split('id="shipment"')[1].split("</section>")[0]
    assert "Picked up by the carrier" in section
    assert "DHL Express" in section
    assert "JD0146" in section
    assert "picked_up" not in section.split("<form")[0]
    assert "Record a shipment event" in section
    web.force_login(c.buyer)
    section = web.get(f"/orders/{deal.pk}/").content.decode().split('id="shipment"')[1]
    section = section.split("</section>")[0]
    assert "Picked up by the carrier" in section
    assert "Record a shipment event" not in section


def test_the_supplier_records_through_the_page_and_sees_errors_by_the_field(
    c: Cast, deal: Order
) -> None:
    web = Client()
    web.force_login(c.supplier)
    url = f"/orders/{deal.pk}/shipment-events/"
    future = web.post(
        url,
        {
            "shipment-status": "in_transit",
            "shipment-occurred_at": (NOW + dt.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M"),
        },
    )
    assert future.status_code == 422
    assert "Only record what has happened" in future.content.decode()
    assert not ShipmentEvent.objects.exists()
    done = web.post(
        url,
        {
            "shipment-status": "in_transit",
            "shipment-occurred_at": (NOW - dt.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
            "shipment-carrier": "COSCO",
        },
        follow=True,
    )
    assert done.status_code == 200
    assert "Shipment event recorded: In transit." in done.content.decode()
    (event,) = ShipmentEvent.objects.all()
    assert event.carrier == "COSCO"
    web.force_login(c.buyer)
    assert web.post(url, {"shipment-status": "in_transit"}).status_code in (403, 422)
