"""The spec editor, order spec page and inspection report pages (Django test client)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tradeguard.specs import services
from tradeguard.specs.models import Inspection, InspectionReport, Specification
from tradeguard.specs.tests import factories as f

pytestmark = pytest.mark.django_db


client_for = f.client_for


def test_buyer_writes_a_spec_in_the_editor_with_errors_next_to_fields():
    w = f.world()
    c = client_for(w.buyer)
    assert c.get(reverse("specs:new")).status_code == 200
    bad = {
        "product_name": "Bottle",
        **f.editor_post(
            [
                {
                    "clause_id": "3.2",
                    "text": "Height",
                    "kind": "dimension",
                    "severity": "major",
                    "target_type": "measure",
                    "value": "120",
                    "unit": "mm",
                    "tolerance": "-2",
                },
                {"clause_id": "", "text": ""},
            ]
        ),
    }
    r = c.post(reverse("specs:new"), bad)
    assert r.status_code == 422
    assert "negative" in r.content.decode()
    assert Specification.objects.count() == 0
    good = dict(bad)
    good["c-0-tolerance"] = "2"
    r = c.post(reverse("specs:new"), good)
    spec = Specification.objects.get()
    assert r.status_code == 302
    assert r["Location"] == reverse("specs:detail", args=[spec.pk])
    page = c.get(r["Location"]).content.decode()
    assert "120 mm ± 2" in page
    # Edit -> version 2, and the diff shows the change.
    edit = c.get(reverse("specs:edit", args=[spec.pk]))
    assert edit.status_code == 200
    good["c-0-tolerance"] = "1"
    good["notes"] = "tighter"
    r = c.post(reverse("specs:edit", args=[spec.pk]), good)
    assert r.status_code == 302
    diff = c.get(reverse("specs:diff", args=[spec.pk]), {"a": 1, "b": 2}).content.decode()
    assert "Changed" in diff
    assert "target" in diff
    assert "120 mm ± 1" in diff
    pdf = c.get(reverse("specs:export", args=[spec.pk, 2, "pdf"]))
    assert pdf["Content-Type"] == "application/pdf"


def test_supplier_accepts_on_the_order_page_and_foreigners_get_404():
    w = f.world()
    spec = f.spec(w.buyer)
    att = services.order_spec_attach(actor=w.buyer, order=w.order, version=spec.versions.get())
    sc = client_for(w.supplier)
    page = sc.get(reverse("specs:order", args=[w.order.pk])).content.decode()
    assert "Accept v1 as binding" in page
    assert "Dispute readiness" not in page  # the buyer's checklist, as on the order page
    buyer_page = client_for(w.buyer).get(reverse("specs:order", args=[w.order.pk]))
    assert "Dispute readiness" in buyer_page.content.decode()
    r = sc.post(
        reverse("specs:order_action", args=[w.order.pk, "accept"]),
        {"attachment": att.pk, "sha256": att.version.sha256},
    )
    assert r.status_code == 302
    bc = client_for(w.buyer)
    bc.post(reverse("specs:order_action", args=[w.order.pk, "accept"]), {"attachment": att.pk})
    att.refresh_from_db()
    assert att.status == "binding"
    stranger = client_for(f.other_buyer())
    assert stranger.get(reverse("specs:order", args=[w.order.pk])).status_code == 404
    assert stranger.get(reverse("specs:detail", args=[spec.pk])).status_code == 404


def test_buyer_books_and_inspector_records_and_signs_a_failing_report():
    w = f.world()
    f.binding_spec(w)
    bc = client_for(w.buyer)
    r = bc.post(
        reverse("specs:order_action", args=[w.order.pk, "book"]),
        {"kind": "pre_shipment", "inspector_org": w.inspector.organization_id},
    )
    assert r.status_code == 302
    inspection = Inspection.objects.get()
    ic = client_for(w.inspector)
    assert (
        "Record the report"
        in ic.get(reverse("specs:inspection", args=[inspection.pk])).content.decode()
    )
    form = ic.get(reverse("specs:report_edit", args=[inspection.pk]))
    assert form.status_code == 200
    data = {
        "lot_size": "1000",
        "sample_size": "80",
        "quantity_presented": "1000",
        "notes": "",
        "correction_reason": "",
        "m_3.2": "125*7, 120.5*73",
        "m_4.1": "#C8102E*80",
        "m_6.1": "",
        "k_6.1": "yes",
        "kn_6.1": "CE printed",
        "d-TOTAL_FORMS": "1",
        "d-INITIAL_FORMS": "0",
        "d-MIN_NUM_FORMS": "0",
        "d-MAX_NUM_FORMS": "1000",
        "d-0-severity": "",
        "d-0-description": "",
        "d-0-units": "",
        "t-TOTAL_FORMS": "1",
        "t-INITIAL_FORMS": "0",
        "t-MIN_NUM_FORMS": "0",
        "t-MAX_NUM_FORMS": "1000",
        "t-0-name": "Leak test",
        "t-0-passed": "yes",
        "t-0-notes": "",
        "action": "sign",
    }
    r = ic.post(reverse("specs:report_edit", args=[inspection.pk]), data)
    assert r.status_code == 302, r.content.decode()[:3000]
    report = InspectionReport.objects.get()
    assert report.status == "signed"
    assert report.overall == "fail"
    page = bc.get(reverse("specs:inspection", args=[inspection.pk])).content.decode()
    assert "7 of 80 sampled units out of tolerance; major, Ac 5 → lot rejected" in page
    # The buyer cannot open the entry form; an unrelated inspector cannot see it.
    assert bc.get(reverse("specs:report_edit", args=[inspection.pk])).status_code == 404
    assert (
        client_for(f.other_inspector())
        .get(reverse("specs:inspection", args=[inspection.pk]))
        .status_code
        == 404
    )
    assert ic.get(reverse("specs:inspections")).status_code == 200


def test_lists_render():
    w = f.world()
    f.spec(w.buyer)
    for user in (w.buyer, w.supplier, w.inspector):
        c = client_for(user)
        assert c.get(reverse("specs:list")).status_code == 200
        assert c.get(reverse("specs:inspections")).status_code == 200


def test_readiness_partial_renders():
    from django.template.loader import render_to_string

    from tradeguard.specs.selectors import order_readiness

    w = f.world()
    html = render_to_string(
        "specs/_readiness.html", {"readiness": order_readiness(w.buyer, w.order)}
    )
    assert "not-as-described claim cannot be decided" in html
    assert f"/specs/orders/{w.order.pk}/" in html


def test_dashboard_panels_ask_for_the_next_move():
    w = f.world()
    spec = f.spec(w.buyer)
    services.order_spec_attach(actor=w.buyer, order=w.order, version=spec.versions.get())
    page = client_for(w.supplier).get(reverse("web:dashboard")).content.decode()
    assert "Specifications to accept" in page
    f.booked(w)
    page = client_for(w.inspector).get(reverse("web:dashboard")).content.decode()
    assert "Inspections to report" in page
    assert "record the report" in page


def _row(page: str, anchor: str) -> str:
    """The stacked table's row holding `anchor` (a link's href)."""
    table = page[page.index('<table class="table table-stack">') :]
    start = table.index(anchor)
    return table[start : table.index("</tr>", start)]


def test_spec_and_inspection_rows_name_their_columns_for_a_phone():
    """On a phone each table turns into one block per row (.table-stack): every cell
    but the title carries its column's name, so status and verdict stay readable
    without scrolling sideways."""
    w = f.world()
    spec = f.spec(w.buyer)
    f.binding_spec(w)
    inspection = f.signed(w, f.passing_content())
    bc = client_for(w.buyer)
    row = _row(bc.get(reverse("specs:list")).content.decode(), f'href="/specs/{spec.pk}/"')
    for column in ("Reference", "Buyer", "Latest version", "Updated"):
        assert f'data-label="{column}"' in row
    anchor = f'href="/specs/inspections/{inspection.pk}/"'
    for user in (w.buyer, w.inspector):
        row = _row(client_for(user).get(reverse("specs:inspections")).content.decode(), anchor)
        for column in ("Order", "Inspector", "Status", "Verdict", "Next"):
            assert f'data-label="{column}"' in row
    row = _row(bc.get(reverse("specs:order", args=[w.order.pk])).content.decode(), anchor)
    for column in ("Inspector", "Status", "Verdict"):
        assert f'data-label="{column}"' in row
