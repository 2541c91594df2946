"""The order pages: same rules as the API, forms call the services."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from tradeguard.accounts.models import User
from tradeguard.accounts.tests.factories import buyer, officer, supplier
from tradeguard.common import clock
from tradeguard.common.testing import PDF_BYTES
from tradeguard.disputes.models import Dispute
from tradeguard.orders.enums import OrderKind, OrderStatus
from tradeguard.orders.models import Order
from tradeguard.orders.tests.factories import order, supplier_org

pytestmark = pytest.mark.django_db
S = OrderStatus


def browser(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_list_shows_status_and_whose_move(
    django_assert_max_num_queries: pytest.FixtureRequest,
) -> None:
    deal = order(status=S.PAID, paid="250.00")
    Order.objects.filter(pk=deal.pk).update(ship_by=dt.date(2026, 12, 3))
    page = browser(buyer(organization=deal.buyer))
    r = page.get(reverse("orders:list"))
    assert r.status_code == 200
    html = r.content.decode()
    assert deal.reference in html
    assert "Supplier to ship by 2026-12-03" in html
    assert "badge-paid" in html
    for _ in range(5):
        order(buyer=deal.buyer, status=S.SHIPPED)
    with django_assert_max_num_queries(12):  # type: ignore[operator]
        assert page.get(reverse("orders:list")).status_code == 200


def test_foreign_order_page_is_404() -> None:
    deal = order(status=S.PAID)
    r = browser(buyer()).get(reverse("orders:detail", args=[deal.pk]))
    assert r.status_code == 404


def test_detail_shows_items_payments_documents_and_timeline() -> None:
    deal = order(status=S.PAID, paid="250.00")
    page = browser(supplier(organization=deal.supplier))
    r = page.get(reverse("orders:detail", args=[deal.pk]))
    html = r.content.decode()
    assert "Stainless steel bottle" in html
    assert "Your move:" in html  # the supplier is to ship
    assert "Mark as shipped" in html
    assert "Confirm receipt" not in html
    assert "Timeline" in html
    assert "Order recorded" in html


def test_supplier_ships_from_the_page_and_sees_service_errors() -> None:
    deal = order(status=S.PAID)
    page = browser(supplier(organization=deal.supplier))
    url = reverse("orders:ship", args=[deal.pk])
    bad = page.post(
        url,
        {
            "ship-carrier": "DHL",
            "ship-tracking_number": "1",
            "ship-estimated_delivery": "2001-01-01",
        },
    )
    assert bad.status_code == 422
    assert "Give a date from" in bad.content.decode()
    deal.refresh_from_db()
    assert deal.status == S.PAID
    ok = page.post(url, {"ship-carrier": "DHL", "ship-tracking_number": "JD014600"})
    assert ok.status_code == 302
    deal.refresh_from_db()
    assert deal.status == S.SHIPPED
    assert deal.tracking_number == "JD014600"


def test_buyer_confirms_receipt_and_attaches_a_document() -> None:
    deal = order(status=S.SHIPPED)
    member = buyer(organization=deal.buyer)
    page = browser(member)
    assert page.post(reverse("orders:confirm_receipt", args=[deal.pk])).status_code == 302
    deal.refresh_from_db()
    assert deal.status == S.DELIVERED
    assert deal.receipt_confirmed_at is not None
    upload = SimpleUploadedFile("contract.pdf", PDF_BYTES)
    r = page.post(
        reverse("orders:document_add", args=[deal.pk]),
        {"document-kind": "sales_contract", "document-file": upload},
    )
    assert r.status_code == 302
    doc = deal.documents.get()
    html = page.get(reverse("orders:detail", args=[deal.pk])).content.decode()
    assert doc.file.sha256 in html
    download = page.get(reverse("orders:document_download", args=[deal.pk, doc.pk]))
    assert b"".join(download.streaming_content) == PDF_BYTES


def test_buyer_declares_an_offline_order() -> None:
    member = buyer()
    factory = supplier_org()
    page = browser(member)
    assert page.get(reverse("orders:new")).status_code == 200
    paid_at = (clock.now() - dt.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")
    placed_at = (clock.now() - dt.timedelta(days=5)).strftime("%Y-%m-%dT%H:%M")
    data = {
        "placed_at": placed_at,
        "kind": "offline",
        "supplier": factory.pk,
        "currency": "USD",
        "total": "100.00",
        "items-TOTAL_FORMS": "5",
        "items-INITIAL_FORMS": "0",
        "items-0-description": "Sample lamp",
        "items-0-quantity": "4",
        "items-0-unit": "pcs",
        "items-0-unit_price": "25.00",
        "payment-amount": "100.00",
        "payment-paid_at": paid_at,
        "payment-method": "bank_transfer",
    }
    wrong = page.post(reverse("orders:new"), {**data, "total": "90.00"})
    assert wrong.status_code == 422
    assert "The items add up to 100.00 USD" in wrong.content.decode()
    assert not Order.objects.exists()
    r = page.post(reverse("orders:new"), data)
    assert r.status_code == 302, [
        line for line in r.content.decode().splitlines() if "error" in line
    ]
    created = Order.objects.get()
    assert created.self_declared
    assert created.kind == OrderKind.OFFLINE
    assert created.buyer_id == member.organization_id
    assert created.status == S.PAID


def test_suppliers_cannot_open_the_new_order_page() -> None:
    assert browser(supplier()).get(reverse("orders:new")).status_code == 404


def test_officer_moves_an_order_with_a_button() -> None:
    deal = order(status=S.COMPLETED)
    page = browser(officer())
    r = page.post(
        reverse("orders:transition", args=[deal.pk]),
        {"transition-to": "closed", "transition-note": "done"},
    )
    assert r.status_code == 302
    deal.refresh_from_db()
    assert deal.status == S.CLOSED


def _file_dispute(deal: Order, user: User) -> Dispute:
    from tradeguard.disputes.services import RequirementInput, dispute_open

    return dispute_open(
        actor=user,
        order=deal,
        reason="not_as_described",
        requested_outcome="full_refund",
        description="The bottles are 125 mm tall; the spec says 120 mm.",
        requirements=[RequirementInput("contract_clause", "Clause 3", "Height 120 mm ± 2")],
    ).dispute


def test_buyer_sees_readiness_spec_link_dispute_link_and_the_orders_disputes() -> None:
    deal = order(status=S.COMPLETED, paid="250.00")
    me = buyer(organization=deal.buyer)
    dispute = _file_dispute(deal, me)
    html = browser(me).get(reverse("orders:detail", args=[deal.pk])).content.decode()
    # The readiness panel, with what each missing item would cost in a dispute.
    assert html.count("Dispute readiness") == 1
    assert html.index("Dispute readiness") > html.index("Parties and money")  # after shipment
    assert 'data-key="spec"' in html
    assert "a not-as-described claim cannot be decided" in html
    assert reverse("specs:order", args=[deal.pk]) in html
    assert "Specification &amp; inspections" in html
    assert f"{reverse('disputes:new')}?order={deal.pk}" in html
    assert "File a dispute" in html
    assert reverse("disputes:detail", args=[dispute.pk]) in html
    assert "Not as described" in html
    assert "The supplier must respond" in html


def test_readiness_before_payment_and_no_dispute_link_on_an_unpaid_order() -> None:
    deal = order(status=S.CREATED)
    html = (
        browser(buyer(organization=deal.buyer))
        .get(reverse("orders:detail", args=[deal.pk]))
        .content.decode()
    )
    assert "Dispute readiness" in html
    assert "Before you pay the balance and before shipment" in html
    # Before shipment it comes first, right under whose move it is.
    assert html.index("Dispute readiness") < html.index("Parties and money")
    assert 'id="order-file-dispute"' not in html
    assert "No disputes on this order." in html


def test_supplier_sees_disputes_and_spec_link_but_not_the_buyers_readiness() -> None:
    deal = order(status=S.COMPLETED, paid="250.00")
    dispute = _file_dispute(deal, buyer(organization=deal.buyer))
    html = (
        browser(supplier(organization=deal.supplier))
        .get(reverse("orders:detail", args=[deal.pk]))
        .content.decode()
    )
    assert "Dispute readiness" not in html
    assert 'id="order-file-dispute"' not in html
    assert reverse("specs:order", args=[deal.pk]) in html
    assert reverse("disputes:detail", args=[dispute.pk]) in html


def test_officer_sees_the_readiness_panel_and_other_buyers_see_nothing() -> None:
    deal = order(status=S.PAID, paid="250.00")
    html = browser(officer()).get(reverse("orders:detail", args=[deal.pk])).content.decode()
    assert "Dispute readiness" in html
    assert 'id="order-file-dispute"' not in html
    assert browser(buyer()).get(reverse("orders:detail", args=[deal.pk])).status_code == 404


def test_the_item_rows_label_each_input_for_a_phone() -> None:
    """On a phone the items grid turns into one block per item (.table-stack): each
    input carries its column's name, so the unit price is not cut off at the side."""
    page = browser(buyer()).get(reverse("orders:new")).content.decode()
    table = page[page.index('<table class="table table-stack">') :]
    row = table[
        table.index("<tr>", table.index("<tbody>")) : table.index("</tr>", table.index("<tbody>"))
    ]
    for column in ("Description", "Quantity", "Unit", "Unit price"):
        assert f'data-label="{column}"' in row


def test_the_order_items_name_their_columns_for_a_phone() -> None:
    """On a phone the order's items turn into one block per item: quantity, unit price
    and line total each carry their column's name, and so does the total."""
    deal = order(status=S.PAID, paid="250.00")
    html = browser(buyer(organization=deal.buyer)).get(reverse("orders:detail", args=[deal.pk]))
    page = html.content.decode()
    section = page[page.index('id="items-title"') :]
    section = section[: section.index("</section>")]
    assert '<table class="table table-stack">' in section
    for column in ("Quantity", "Unit price", "Line total", "Total"):
        assert f'data-label="{column}"' in section
