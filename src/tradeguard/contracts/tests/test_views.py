"""The order page's contract section, its forms, downloads and the clause library page."""

from __future__ import annotations

import pytest

from tradeguard.accounts.tests.factories import officer
from tradeguard.contracts.models import LibraryClause, SalesContract
from tradeguard.contracts.tests import factories as f
from tradeguard.specs.tests import factories as specs_f
from tradeguard.specs.tests.factories import client_for

pytestmark = pytest.mark.django_db


def _post(terms):
    data = {f"contract-{k}": v for k, v in terms.items() if k != "compliance"}
    data["contract-compliance"] = "\n".join(terms.get("compliance", []))
    return data


def test_the_order_page_drafts_a_contract_and_shows_whose_move_it_is():
    w = f.world_with_spec()
    buyer = client_for(w.buyer)
    page = buyer.get(f"/orders/{w.order.pk}/")
    assert b'id="contract-draft-form"' in page.content
    r = buyer.post(f"/contracts/orders/{w.order.pk}/draft/", _post(f.terms()))
    assert r.status_code == 302
    contract = SalesContract.objects.get()
    page = buyer.get(f"/orders/{w.order.pk}/").content.decode()
    assert contract.sha256 in page
    assert 'id="contract-accept-form"' in page
    assert "Your move" in page


def test_a_bad_draft_shows_the_errors_next_to_the_fields_and_writes_nothing():
    w = f.world_with_spec()
    r = client_for(w.supplier).post(
        f"/contracts/orders/{w.order.pk}/draft/",
        _post(f.terms(forum="supplier_courts", city="", destination="D1")),
    )
    assert r.status_code == 422
    body = r.content.decode()
    assert 'id="id_contract-city_errors"' in body
    assert 'id="id_contract-destination_errors"' in body
    assert not SalesContract.objects.exists()


def test_a_wrong_hash_from_the_page_is_refused():
    w = f.world_with_spec()
    contract = f.drafted(w)
    r = client_for(w.supplier).post(
        f"/contracts/orders/{w.order.pk}/accept/",
        {"contract_accept-contract_id": contract.pk, "contract_accept-sha256": "f" * 64},
    )
    assert r.status_code == 422
    assert not contract.acceptances.exists()


def test_outsiders_neither_see_the_section_nor_download():
    w = f.world_with_spec()
    contract = f.drafted(w)
    specs_f.booked(w)
    inspector = client_for(w.inspector)
    page = inspector.get(f"/orders/{w.order.pk}/")
    assert page.status_code == 200
    assert b'id="contract-title"' not in page.content
    assert inspector.get(f"/contracts/{contract.pk}/pdf/").status_code == 404
    assert (
        client_for(specs_f.other_buyer()).get(f"/contracts/{contract.pk}/docx/").status_code == 404
    )
    assert client_for(w.buyer).get(f"/contracts/{contract.pk}/pdf/").status_code == 200


def test_officers_edit_the_library_on_its_settings_page():
    w = specs_f.world()
    assert client_for(w.buyer).get("/contracts/clauses/").status_code == 404
    staff = client_for(officer())
    page = staff.get("/contracts/clauses/")
    assert page.status_code == 200
    assert b"CISG art. 35(1)" in page.content
    row = LibraryClause.objects.get(key="remedies")
    form = {k: getattr(row, k) for k in ("title_en", "title_zh", "text_en", "text_zh", "source")}
    bad = staff.post("/contracts/clauses/remedies/", {**form, "text_en": row.text_en + " {x}"})
    assert bad.status_code == 422
    form["note"] = "Clearer wording"
    form["text_en"] = row.text_en.replace("at its choice", "as it chooses")
    assert staff.post("/contracts/clauses/remedies/", form).status_code == 302
    assert LibraryClause.objects.filter(key="remedies").count() == 2
