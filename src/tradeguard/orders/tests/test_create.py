"""POST /orders: who may record which kind, and every validation rule with its code,
each leaving nothing written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from tradeguard.accounts.enums import TokenKind
from tradeguard.accounts.models import Organization
from tradeguard.accounts.services import api_token_create
from tradeguard.accounts.tests.factories import buyer, officer, rights_holder, supplier
from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError, CommonErrorCode
from tradeguard.common.models import Event
from tradeguard.common.testing import ApiClient
from tradeguard.orders.enums import OrderKind, OrdersErrorCode, OrderStatus
from tradeguard.orders.models import Order, OrderItem, Payment
from tradeguard.orders.services import ItemInput, order_create
from tradeguard.orders.tests.factories import buyer_org, days_ago, supplier_org

pytestmark = pytest.mark.django_db
E = OrdersErrorCode


def iso(value: dt.datetime) -> str:
    return value.isoformat()


def body(buyer_id: int, supplier_id: int, **kw: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": "trade_assurance",
        "reference": "TA-1001",
        "buyer_id": buyer_id,
        "supplier_id": supplier_id,
        "currency": "USD",
        "total": "1302.00",
        "items": [
            {"description": "Tempered glass plate 27 cm", "quantity": 310, "unit_price": "4.20"}
        ],
        "placed_at": iso(days_ago(90)),
    }
    data.update(kw)
    return data


@pytest.fixture
def parties() -> tuple[int, int]:
    return buyer_org().pk, supplier_org().pk


@pytest.fixture
def api() -> ApiClient:
    return ApiClient(officer())


@pytest.fixture
def nothing_written() -> Iterator[None]:
    counts = (Order.objects.count(), OrderItem.objects.count(), Payment.objects.count())
    events = Event.objects.filter(aggregate="orders.order").count()
    yield
    assert (Order.objects.count(), OrderItem.objects.count(), Payment.objects.count()) == counts
    assert Event.objects.filter(aggregate="orders.order").count() == events


def test_officer_records_imported_order_with_items_payments_and_history(
    api: ApiClient, parties: tuple[int, int]
) -> None:
    payload = body(
        *parties,
        status="delivered",
        paid_at=iso(days_ago(89)),
        shipped_at=iso(days_ago(85)),
        delivered_at=iso(days_ago(78)),
        receipt_confirmed_at=iso(days_ago(77)),
        ship_by=(days_ago(88)).date().isoformat(),
        payments=[
            {
                "amount": "1302.00",
                "paid_at": iso(days_ago(89)),
                "method": "bank_transfer",
                "to_designated_account": True,
            }
        ],
    )
    r = api.post("orders", payload)
    assert r.status_code == 201, r.json()
    data = r.json()
    assert data["status"] == "delivered"
    assert data["total"] == "1302.00"
    assert data["amount_paid"] == "1302.00"
    assert data["items"][0]["line_total"] == "1302.00"
    assert data["payments"][0]["to_designated_account"] is True
    assert data["self_declared"] is False
    assert data["documents"] == []
    assert [e["type"] for e in data["timeline"]] == ["order.created"]
    order = Order.objects.get(pk=data["id"])
    assert order.delivered_at is not None
    assert order.delivered_at < clock.now() - dt.timedelta(days=75)


def test_line_totals_round_to_the_currency_minor_units(
    api: ApiClient, parties: tuple[int, int]
) -> None:
    items = [{"description": "Bolt", "quantity": "3", "unit_price": "0.335"}]
    r = api.post("orders", body(*parties, currency="JOD", total="1.005", items=items))
    assert r.status_code == 201, r.json()
    r = api.post(
        "orders",
        body(
            *parties,
            reference="TA-2",
            total="1.01",
            items=[{"description": "Washer", "quantity": "0.5", "unit_price": "2.01"}],
        ),
    )
    assert r.status_code == 201, r.json()  # 1.005 rounds half up to 1.01
    assert r.json()["items"][0]["line_total"] == "1.01"


@pytest.mark.usefixtures("nothing_written")
def test_total_mismatch_names_the_computed_sum(api: ApiClient, parties: tuple[int, int]) -> None:
    r = api.post("orders", body(*parties, total="1300.00"))
    assert r.status_code == 422
    data = r.json()
    assert data["code"] == E.TOTAL_MISMATCH
    assert "1302.00" in data["fields"]["total"]
    assert "$1,302.00" in data["message"]


@pytest.mark.usefixtures("nothing_written")
def test_payments_may_not_exceed_the_total(api: ApiClient, parties: tuple[int, int]) -> None:
    pay = {"paid_at": iso(days_ago(80)), "method": "card", "to_designated_account": True}
    payments = [{"amount": "1000.00", **pay}, {"amount": "302.01", **pay}]
    r = api.post("orders", body(*parties, payments=payments))
    assert r.status_code == 422
    assert r.json()["code"] == E.PAYMENTS_EXCEED_TOTAL


@pytest.mark.usefixtures("nothing_written")
@pytest.mark.parametrize("late_field", ["delivered_at", "receipt_confirmed_at"])
def test_delivery_before_shipment_is_refused(
    api: ApiClient, parties: tuple[int, int], late_field: str
) -> None:
    payload = body(
        *parties,
        status="delivered",
        paid_at=iso(days_ago(89)),
        shipped_at=iso(days_ago(80)),
        delivered_at=iso(days_ago(79)),
    )
    payload[late_field] = iso(days_ago(81))
    r = api.post("orders", payload)
    assert r.status_code == 422
    assert r.json()["code"] == E.DELIVERY_BEFORE_SHIPMENT
    assert late_field in r.json()["fields"]


@pytest.mark.usefixtures("nothing_written")
def test_delivery_without_any_shipment_is_refused(api: ApiClient, parties: tuple[int, int]) -> None:
    payload = body(
        *parties, status="delivered", paid_at=iso(days_ago(89)), delivered_at=iso(days_ago(79))
    )
    r = api.post("orders", payload)
    assert r.json()["code"] == E.DELIVERY_BEFORE_SHIPMENT


def test_shipping_after_the_ship_by_date_is_allowed(
    api: ApiClient, parties: tuple[int, int]
) -> None:
    payload = body(
        *parties,
        status="shipped",
        ship_by=days_ago(85).date().isoformat(),
        paid_at=iso(days_ago(89)),
        shipped_at=iso(days_ago(60)),
    )
    r = api.post("orders", payload)
    assert r.status_code == 201, r.json()


@pytest.mark.usefixtures("nothing_written")
@pytest.mark.parametrize("currency", ["usd1", "XYZ", "US", "DOLLARS"])
def test_currency_must_be_iso_4217(api: ApiClient, parties: tuple[int, int], currency: str) -> None:
    r = api.post("orders", body(*parties, currency=currency))
    assert r.status_code == 422
    assert "currency" in r.json()["fields"]


@pytest.mark.usefixtures("nothing_written")
def test_at_least_one_item(api: ApiClient, parties: tuple[int, int]) -> None:
    r = api.post("orders", body(*parties, items=[]))
    assert r.status_code == 422
    assert r.json()["code"] == E.NO_ITEMS


@pytest.mark.usefixtures("nothing_written")
@pytest.mark.parametrize("amount", ["4.2.0", "-4.20", "4.201", "NaN", "Infinity", "abc", ""])
def test_money_is_parsed_strictly(api: ApiClient, parties: tuple[int, int], amount: str) -> None:
    items = [{"description": "Plate", "quantity": 1, "unit_price": amount}]
    r = api.post("orders", body(*parties, items=items, total="4.20"))
    assert r.status_code == 422, amount
    assert "items.0.unit_price" in r.json()["fields"]


@pytest.mark.usefixtures("nothing_written")
@pytest.mark.parametrize("quantity", ["0", "-1", "1.2345", "many"])
def test_quantity_is_positive_with_three_places(
    api: ApiClient, parties: tuple[int, int], quantity: str
) -> None:
    items = [{"description": "Plate", "quantity": quantity, "unit_price": "4.20"}]
    r = api.post("orders", body(*parties, items=items, total="4.20"))
    assert r.status_code == 422
    assert r.json()["code"] == E.INVALID_QUANTITY
    assert "items.0.quantity" in r.json()["fields"]


def test_duplicate_reference_per_kind(api: ApiClient, parties: tuple[int, int]) -> None:
    assert api.post("orders", body(*parties)).status_code == 201
    before = Order.objects.count()
    r = api.post("orders", body(*parties))
    assert r.status_code == 409
    assert r.json()["code"] == E.DUPLICATE_REFERENCE
    assert Order.objects.count() == before
    # The same number on another kind of order is another order.
    assert api.post("orders", body(*parties, kind="wholesale")).status_code == 201


@pytest.mark.usefixtures("nothing_written")
def test_buyer_org_must_be_a_buyer(api: ApiClient) -> None:
    other_supplier = supplier_org()
    r = api.post("orders", body(other_supplier.pk, supplier_org().pk))
    assert r.status_code == 422
    assert r.json()["code"] == E.WRONG_COUNTERPARTY
    assert "buyer_id" in r.json()["fields"]


@pytest.mark.usefixtures("nothing_written")
def test_supplier_org_must_be_a_supplier(api: ApiClient) -> None:
    r = api.post("orders", body(buyer_org().pk, buyer_org().pk))
    assert r.status_code == 422
    assert r.json()["code"] == E.WRONG_COUNTERPARTY
    assert "supplier_id" in r.json()["fields"]


@pytest.mark.usefixtures("nothing_written")
def test_future_dates_are_refused(api: ApiClient, parties: tuple[int, int]) -> None:
    r = api.post("orders", body(*parties, placed_at=iso(clock.now() + dt.timedelta(hours=2))))
    assert r.status_code == 422
    assert r.json()["code"] == E.DATE_IN_FUTURE


@pytest.mark.usefixtures("nothing_written")
def test_naive_datetimes_are_refused(api: ApiClient, parties: tuple[int, int]) -> None:
    r = api.post("orders", body(*parties, placed_at="2026-01-05T10:00:00"))
    assert r.status_code == 422
    assert "placed_at" in r.json()["fields"]


@pytest.mark.usefixtures("nothing_written")
@pytest.mark.parametrize(
    ("status", "stamps", "field"),
    [
        ("paid", {}, "paid_at"),  # a paid order says when it was paid
        (
            "cancelled",
            {"cancelled_at": 80, "shipped_at": 85},
            "shipped_at",
        ),  # cancelled: never shipped
        ("closed", {"completed_at": 20, "closed_at": 30}, "closed_at"),  # closed before completed
    ],
)
def test_status_and_dates_must_fit(
    api: ApiClient, parties: tuple[int, int], status: str, stamps: dict[str, int], field: str
) -> None:
    extra = {name: iso(days_ago(days)) for name, days in stamps.items()}
    r = api.post("orders", body(*parties, status=status, **extra))
    assert r.status_code == 422
    assert r.json()["code"] == E.STAMPS_INCONSISTENT
    assert field in r.json()["fields"]


@pytest.mark.usefixtures("nothing_written")
def test_payment_before_the_order_was_placed_is_refused(
    api: ApiClient, parties: tuple[int, int]
) -> None:
    pay = {
        "amount": "100.00",
        "paid_at": iso(days_ago(95)),
        "method": "card",
        "to_designated_account": True,
    }
    r = api.post("orders", body(*parties, payments=[pay]))
    assert r.json()["code"] == E.DATE_BEFORE_PLACED
    assert "payments.0.paid_at" in r.json()["fields"]


# --- Who may record which kind ---------------------------------------------------------


@pytest.mark.usefixtures("nothing_written")
@pytest.mark.parametrize("kind", ["trade_assurance", "wholesale"])
def test_buyers_cannot_report_marketplace_orders(kind: str) -> None:
    user = buyer()
    r = ApiClient(user).post("orders", body(user.organization_id, supplier_org().pk, kind=kind))
    assert r.status_code == 403
    assert r.json()["code"] == E.NOT_ALLOWED_TO_CREATE


def test_integration_token_reports_marketplace_orders(parties: tuple[int, int]) -> None:
    platform_user = officer()
    _, secret = api_token_create(
        actor=platform_user, name="marketplace", kind=TokenKind.INTEGRATION
    )
    r = ApiClient(token=secret).post("orders", body(*parties))
    assert r.status_code == 201
    event = Event.objects.get(aggregate="orders.order", aggregate_id=r.json()["id"])
    assert event.params["via_integration"] is True


def test_buyer_declares_an_offline_order_self_declared() -> None:
    user = buyer()
    factory = supplier_org()
    pay = {
        "amount": "1302.00",
        "paid_at": iso(days_ago(80)),
        "method": "bank_transfer",
        "to_designated_account": False,
    }
    payload = body(None, factory.pk, kind="offline", reference="", payments=[pay])  # type: ignore[arg-type]
    del payload["buyer_id"]
    r = ApiClient(user).post("orders", payload)
    assert r.status_code == 201, r.json()
    data = r.json()
    assert data["self_declared"] is True
    assert data["buyer"]["id"] == user.organization_id
    assert data["supplier"]["id"] == factory.pk
    assert data["reference"].startswith("OFFLINE-")
    assert data["status"] == "paid"  # recorded with its payment, it is paid as of then
    assert data["paid_at"] == data["payments"][0]["paid_at"]


@pytest.mark.usefixtures("nothing_written")
def test_offline_order_cannot_claim_the_designated_account() -> None:
    user = buyer()
    pay = {
        "amount": "10.00",
        "paid_at": iso(days_ago(80)),
        "method": "cash",
        "to_designated_account": True,
    }
    r = ApiClient(user).post(
        "orders", body(user.organization_id, supplier_org().pk, kind="offline", payments=[pay])
    )
    assert r.status_code == 422
    assert "payments.0.to_designated_account" in r.json()["fields"]


@pytest.mark.usefixtures("nothing_written")
def test_buyer_cannot_declare_for_another_buyer() -> None:
    user = buyer()
    other = buyer_org()
    # Through the API another buyer's organization is not even visible...
    r = ApiClient(user).post("orders", body(other.pk, supplier_org().pk, kind="offline"))
    assert r.status_code == 422
    assert "buyer_id" in r.json()["fields"]
    # ...and the service refuses it too.
    with pytest.raises(ApplicationError) as exc:
        _offline(user, other)
    assert exc.value.code == E.NOT_ALLOWED_TO_CREATE
    assert exc.value.status == 403


@pytest.mark.usefixtures("nothing_written")
@pytest.mark.parametrize("make_user", [supplier, rights_holder])
def test_other_roles_cannot_declare_orders(make_user: Any) -> None:
    with pytest.raises(ApplicationError) as exc:
        _offline(make_user(), buyer_org())
    assert exc.value.code == E.NOT_ALLOWED_TO_CREATE
    assert exc.value.status == 403


def _offline(actor: Any, buyer_organization: Any) -> Order:
    return order_create(
        actor=actor,
        kind=OrderKind.OFFLINE,
        buyer=buyer_organization,
        supplier=supplier_org(),
        currency="USD",
        total="10.00",
        items=[ItemInput("Sample", 1, "10.00")],
    )


def test_officer_offline_order_is_not_self_declared(
    api: ApiClient, parties: tuple[int, int]
) -> None:
    r = api.post("orders", body(*parties, kind="offline"))
    assert r.status_code == 201
    assert r.json()["self_declared"] is False
    assert Order.objects.get().kind == OrderKind.OFFLINE


def test_restricted_supplier_takes_no_new_orders(api: ApiClient, parties: tuple[int, int]) -> None:
    from tradeguard.sanctions.services import points_award

    buyer_id, supplier_id = parties
    supplier = Organization.objects.get(pk=supplier_id)
    points_award(
        supplier=supplier,
        points=12,
        reason="Two serious disputes",
        source_type="dispute",
        source_id=1,
        actor=None,
        idempotency_key="test-restrict",
    )
    r = api.post("orders", body(buyer_id, supplier_id, placed_at=iso(clock.now())))
    assert r.status_code == 403
    assert r.json()["code"] == E.SUPPLIER_RESTRICTED
    assert not Order.objects.exists()
    # History from before the restriction is still recorded.
    assert api.post("orders", body(buyer_id, supplier_id)).status_code == 201


def test_created_event_records_actor_and_history(api: ApiClient, parties: tuple[int, int]) -> None:
    r = api.post("orders", body(*parties, status="paid", paid_at=iso(days_ago(89))))
    event = Event.objects.get(aggregate="orders.order", aggregate_id=r.json()["id"])
    assert event.type == "order.created"
    assert event.actor == api.user
    assert event.new["status"] == OrderStatus.PAID
    assert "paid_at" in event.params


def test_common_error_shape_for_wrong_types(api: ApiClient, parties: tuple[int, int]) -> None:
    r = api.post("orders", body(*parties, kind="barter", items="many"))
    assert r.status_code == 422
    assert r.json()["code"] == CommonErrorCode.INVALID_INPUT
    assert {"kind", "items"} <= set(r.json()["fields"])


@pytest.mark.usefixtures("nothing_written")
@pytest.mark.parametrize(
    ("status", "stamps"),
    [
        ("paid", {}),
        ("cancelled", {"cancelled_at": 80, "shipped_at": 85}),
        ("closed", {"completed_at": 20, "closed_at": 30}),
    ],
)
def test_status_and_dates_that_do_not_fit_are_explained_in_chinese(
    api: ApiClient, parties: tuple[int, int], status: str, stamps: dict[str, int]
) -> None:
    from tradeguard.common.tests.test_i18n import english_left

    extra = {name: iso(days_ago(days)) for name, days in stamps.items()}
    r = api.post(
        "orders", body(*parties, status=status, **extra), headers={"Accept-Language": "zh-hans"}
    )
    assert r.status_code == 422
    answer = r.json()
    assert answer["code"] == E.STAMPS_INCONSISTENT
    for text in (answer["message"], *answer["fields"].values()):
        assert english_left(text) == [], text
