"""The orders API as each role uses it: visibility, lists, actions, documents."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tradeguard.accounts.tests.factories import buyer, inspector, officer, supplier
from tradeguard.common import clock
from tradeguard.common.errors import CommonErrorCode
from tradeguard.common.events import events_for
from tradeguard.common.testing import PDF_BYTES, ApiClient, png_bytes
from tradeguard.evidence.enums import EvidenceErrorCode
from tradeguard.orders.enums import OrderKind, OrdersErrorCode, OrderStatus
from tradeguard.orders.models import Order, OrderDocument, Payment
from tradeguard.orders.services import PaymentInput
from tradeguard.orders.tests.factories import buyer_org, days_ago, order, supplier_org

pytestmark = pytest.mark.django_db
S = OrderStatus
E = OrdersErrorCode


@pytest.fixture
def deal() -> Order:
    return order(status=S.PAID, paid="250.00")


# --- Visibility -------------------------------------------------------------------------


def test_buyer_sees_only_its_own_orders(deal: Order) -> None:
    other = order(status=S.PAID)
    api = ApiClient(buyer(organization=deal.buyer))
    listed = api.get("orders").json()
    assert [o["id"] for o in listed["items"]] == [deal.pk]
    assert api.get(f"orders/{deal.pk}").status_code == 200
    r = api.get(f"orders/{other.pk}")
    assert r.status_code == 404
    assert r.json()["code"] == CommonErrorCode.NOT_FOUND


def test_supplier_sees_only_orders_it_supplies(deal: Order) -> None:
    order(status=S.PAID)
    api = ApiClient(supplier(organization=deal.supplier))
    assert [o["id"] for o in api.get("orders").json()["items"]] == [deal.pk]
    assert ApiClient(supplier()).get(f"orders/{deal.pk}").status_code == 404


def test_inspector_sees_no_orders_by_default(deal: Order) -> None:
    api = ApiClient(inspector())
    assert api.get("orders").json()["count"] == 0
    assert api.get(f"orders/{deal.pk}").status_code == 404


def test_officer_sees_every_order(deal: Order) -> None:
    order()
    assert ApiClient(officer()).get("orders").json()["count"] == 2


def test_foreign_actions_answer_404(deal: Order) -> None:
    stranger = ApiClient(buyer())
    assert stranger.post(f"orders/{deal.pk}/confirm-receipt").status_code == 404
    assert stranger.post(f"orders/{deal.pk}/transition", {"to": "cancelled"}).status_code == 404
    assert stranger.get(f"orders/{deal.pk}/documents/1/download").status_code == 404


# --- Lists --------------------------------------------------------------------------------


def test_list_query_count_does_not_grow_with_orders(
    django_assert_max_num_queries: pytest.FixtureRequest,
) -> None:
    b, s = buyer_org(), supplier_org()
    api = ApiClient(officer())
    for _ in range(2):
        order(buyer=b, supplier=s, status=S.PAID, paid="10.00")
    with django_assert_max_num_queries(5) as few:  # type: ignore[operator]
        assert api.get("orders").json()["count"] == 2
    assert len(few.captured_queries) >= 3  # token, count, page
    for _ in range(8):
        order(buyer=b, supplier=s, status=S.SHIPPED, paid="10.00")
    with django_assert_max_num_queries(len(few.captured_queries)):  # type: ignore[operator]
        assert api.get("orders").json()["count"] == 10


def test_list_filters() -> None:
    b, s = buyer_org(), supplier_org()
    paid = order(buyer=b, supplier=s, status=S.PAID, reference="TA-PLATES-1")
    old = order(buyer=b, supplier=s, kind=OrderKind.WHOLESALE, placed_at=days_ago(200))
    other = order(status=S.SHIPPED)
    api = ApiClient(officer())

    def ids(**params: object) -> set[int]:
        return {o["id"] for o in api.get("orders", params).json()["items"]}

    assert ids(status="paid") == {paid.pk}
    assert ids(kind="wholesale") == {old.pk}
    assert ids(buyer=b.pk) == {paid.pk, old.pk}
    assert ids(supplier=other.supplier_id) == {other.pk}
    assert ids(placed_before=days_ago(100).isoformat()) == {old.pk}
    assert ids(placed_after=days_ago(100).isoformat()) == {paid.pk, other.pk}
    assert ids(q="plates") == {paid.pk}


def test_list_says_whose_move_it_is(deal: Order) -> None:
    Order.objects.filter(pk=deal.pk).update(ship_by=dt.date(2026, 12, 3))
    item = ApiClient(officer()).get("orders").json()["items"][0]
    assert item["next_step"] == {
        "party": "supplier",
        "text": "Supplier to ship by 2026-12-03",
        "due": "2026-12-03",
    }


# --- Actions ------------------------------------------------------------------------------


def test_supplier_ships_then_buyer_confirms_receipt(deal: Order) -> None:
    seller = ApiClient(supplier(organization=deal.supplier))
    eta = (clock.now() + dt.timedelta(days=20)).date().isoformat()
    r = seller.post(
        f"orders/{deal.pk}/ship",
        {"carrier": "COSCO", "tracking_number": "COSU6123456780", "estimated_delivery": eta},
    )
    assert r.status_code == 200, r.json()
    assert r.json()["status"] == "shipped"
    assert r.json()["carrier"] == "COSCO"
    # The buyer cannot ship; the supplier cannot confirm receipt.
    assert seller.post(f"orders/{deal.pk}/confirm-receipt").status_code == 403
    purchaser = ApiClient(buyer(organization=deal.buyer))
    r = purchaser.post(f"orders/{deal.pk}/confirm-receipt")
    assert r.status_code == 200
    data = r.json()
    assert data["status"] == "delivered"
    assert data["receipt_confirmed_at"] is not None
    assert [e["type"] for e in data["timeline"]][-2:] == [
        "order.shipped",
        "order.receipt_confirmed",
    ]
    again = purchaser.post(f"orders/{deal.pk}/confirm-receipt")
    assert again.status_code == 409
    assert again.json()["code"] == E.RECEIPT_ALREADY_CONFIRMED


def test_ship_needs_carrier_and_tracking(deal: Order) -> None:
    seller = ApiClient(supplier(organization=deal.supplier))
    r = seller.post(f"orders/{deal.pk}/ship", {"carrier": " ", "tracking_number": "1"})
    assert r.status_code == 422
    assert "carrier" in r.json()["fields"]
    deal.refresh_from_db()
    assert deal.status == S.PAID


def test_buyer_confirms_receipt_of_an_order_marked_delivered(deal: Order) -> None:
    shipped = order(status=S.DELIVERED)
    r = ApiClient(buyer(organization=shipped.buyer)).post(f"orders/{shipped.pk}/confirm-receipt")
    assert r.status_code == 200
    assert r.json()["status"] == "delivered"
    assert r.json()["receipt_confirmed_at"] is not None


def test_transition_endpoint_only_allows_table_moves(deal: Order) -> None:
    api = ApiClient(officer())
    r = api.post(f"orders/{deal.pk}/transition", {"to": "completed"})
    assert r.status_code == 409
    assert r.json()["code"] == E.INVALID_TRANSITION
    r = api.post(
        f"orders/{deal.pk}/transition", {"to": "closed", "note": "Closed by the marketplace"}
    )
    assert r.status_code == 200
    assert r.json()["timeline"][-1]["params"] == {"note": "Closed by the marketplace"}
    buyer_api = ApiClient(buyer(organization=deal.buyer))
    assert buyer_api.post(f"orders/{deal.pk}/transition", {"to": "created"}).status_code == 409


def test_cancel_records_whether_money_was_refunded(deal: Order) -> None:
    api = ApiClient(supplier(organization=deal.supplier))
    r = api.post(f"orders/{deal.pk}/cancel", {"refunded": False, "reason": "Mould broke"})
    assert r.status_code == 200
    data = r.json()
    assert data["status"] == "cancelled"
    assert data["refunded_on_cancel"] is False
    assert data["next_step"]["party"] == "supplier"  # the money is still to be returned
    event = data["timeline"][-1]
    assert event["type"] == "order.cancelled"
    assert event["params"] == {
        "reason": "Mould broke",
        "refunded": False,
        "amount_paid": "250.00",
        "currency": "USD",  # so the amount reads as money on the timeline
    }


def test_refunded_cancel_needs_a_payment() -> None:
    unpaid = order(status=S.CREATED)
    r = ApiClient(officer()).post(f"orders/{unpaid.pk}/cancel", {"refunded": True})
    assert r.status_code == 422
    assert "refunded" in r.json()["fields"]


# --- Payments -----------------------------------------------------------------------------


def test_officer_adds_payment_and_the_first_one_marks_the_order_paid() -> None:
    fresh = order(status=S.CREATED, quantity="250", unit_price="40.00")
    api = ApiClient(officer())
    pay = {
        "amount": "3000.00",
        "paid_at": days_ago(30).isoformat(),
        "method": "bank_transfer",
        "to_designated_account": True,
    }
    r = api.post(f"orders/{fresh.pk}/payments", pay)
    assert r.status_code == 201, r.json()
    assert r.json()["amount"] == "3000.00"
    fresh.refresh_from_db()
    assert fresh.status == S.PAID
    assert fresh.paid_at is not None
    assert abs(fresh.paid_at - days_ago(30)) < dt.timedelta(minutes=1)
    assert [e.type for e in events_for(fresh)][-2:] == ["order.payment_added", "order.paid"]
    over = {**pay, "amount": "7000.01"}
    r = api.post(f"orders/{fresh.pk}/payments", over)
    assert r.status_code == 422
    assert r.json()["code"] == E.PAYMENTS_EXCEED_TOTAL
    assert Payment.objects.filter(order=fresh).count() == 1


def test_buyer_records_payments_only_on_its_self_declared_orders(deal: Order) -> None:
    pay = {
        "amount": "1.00",
        "paid_at": days_ago(1).isoformat(),
        "method": "cash",
        "to_designated_account": False,
    }
    r = ApiClient(buyer(organization=deal.buyer)).post(f"orders/{deal.pk}/payments", pay)
    assert r.status_code == 403
    member = buyer()
    offline = order(
        kind=OrderKind.OFFLINE, buyer=member.organization, actor=member, status=S.CREATED
    )
    assert offline.self_declared
    r = ApiClient(member).post(f"orders/{offline.pk}/payments", pay)
    assert r.status_code == 201
    offline.refresh_from_db()
    assert offline.status == S.PAID


def test_no_payments_on_a_closed_order() -> None:
    closed = order(status=S.CLOSED, payments=[PaymentInput("100.00", days_ago(39), "card", True)])
    pay = {
        "amount": "1.00",
        "paid_at": days_ago(1).isoformat(),
        "method": "card",
        "to_designated_account": True,
    }
    r = ApiClient(officer()).post(f"orders/{closed.pk}/payments", pay)
    assert r.status_code == 409
    assert r.json()["code"] == E.PAYMENT_NOT_ALLOWED


# --- Documents ----------------------------------------------------------------------------


def test_parties_attach_and_download_documents(deal: Order) -> None:
    purchaser = ApiClient(buyer(organization=deal.buyer))
    upload = SimpleUploadedFile("contract.pdf", PDF_BYTES, content_type="application/pdf")
    r = purchaser.upload(f"orders/{deal.pk}/documents", {"kind": "sales_contract", "file": upload})
    assert r.status_code == 201, r.json()
    doc = r.json()
    assert doc["mime_type"] == "application/pdf"
    assert len(doc["sha256"]) == 64
    seller = ApiClient(supplier(organization=deal.supplier))
    r = seller.get(doc["download_url"])
    assert r.status_code == 200
    assert b"".join(r.streaming_content) == PDF_BYTES
    assert r["Content-Type"] == "application/pdf"
    assert "contract.pdf" in r["Content-Disposition"]
    assert ApiClient(supplier()).get(doc["download_url"]).status_code == 404
    detail = purchaser.get(f"orders/{deal.pk}").json()
    assert [d["sha256"] for d in detail["documents"]] == [doc["sha256"]]
    assert detail["timeline"][-1]["type"] == "order.document_added"


def test_file_disguised_as_pdf_is_refused(deal: Order) -> None:
    api = ApiClient(buyer(organization=deal.buyer))
    fake = SimpleUploadedFile(
        "contract.pdf",
        b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200,
        content_type="application/pdf",
    )
    r = api.upload(f"orders/{deal.pk}/documents", {"kind": "sales_contract", "file": fake})
    assert r.status_code == 422
    assert r.json()["code"] in (
        EvidenceErrorCode.UNSUPPORTED_FILE_TYPE,
        EvidenceErrorCode.CORRUPT_FILE,
    )
    assert not OrderDocument.objects.exists()


def test_images_and_office_files_are_accepted_as_drawings(deal: Order) -> None:
    api = ApiClient(supplier(organization=deal.supplier))
    drawing = SimpleUploadedFile("drawing.png", png_bytes(), content_type="image/png")
    r = api.upload(f"orders/{deal.pk}/documents", {"kind": "design_drawing", "file": drawing})
    assert r.status_code == 201
    r = api.upload(f"orders/{deal.pk}/documents", {"kind": "invoice", "file": drawing})
    assert r.status_code == 422
    assert "kind" in r.json()["fields"]
