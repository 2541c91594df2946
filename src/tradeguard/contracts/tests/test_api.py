"""Sales contracts through the API: the access matrix (foreign 404), wrong state 409,
bad input 422, double acceptance, downloads and the clause library."""

from __future__ import annotations

import pytest

from tradeguard.accounts.tests.factories import officer
from tradeguard.common.testing import ApiClient
from tradeguard.contracts.enums import ContractsErrorCode
from tradeguard.contracts.tests import factories as f
from tradeguard.specs.tests import factories as specs_f

pytestmark = pytest.mark.django_db
E = ContractsErrorCode


def test_both_parties_draft_read_and_accept_the_same_hash():
    w = f.world_with_spec()
    buyer, supplier = ApiClient(w.buyer), ApiClient(w.supplier)
    r = buyer.post(f"orders/{w.order.pk}/contract", f.terms())
    assert r.status_code == 201, r.json()
    contract = r.json()
    assert contract["status"] == "proposed"
    assert contract["waiting_for"] == ["buyer", "supplier"]
    assert len(contract["clauses"]) == 12
    assert contract["clauses"][0]["text_zh"]
    state = supplier.get(f"orders/{w.order.pk}/contract").json()
    assert state["may_accept"] is True
    assert state["proposed"]["sha256"] == contract["sha256"]
    r = supplier.post(f"contracts/{contract['id']}/acceptances", {"sha256": contract["sha256"]})
    assert r.status_code == 201, r.json()
    assert r.json()["party"] == "supplier"
    again = supplier.post(f"contracts/{contract['id']}/acceptances", {"sha256": contract["sha256"]})
    assert again.status_code == 409
    assert again.json()["code"] == E.CONTRACT_ALREADY_ACCEPTED
    r = buyer.post(f"contracts/{contract['id']}/acceptances", {"sha256": contract["sha256"]})
    assert r.status_code == 201
    read = buyer.get(f"contracts/{contract['id']}").json()
    assert read["status"] == "binding"
    assert read["document_id"] is not None
    assert read["waiting_for"] == []
    late = buyer.post(f"contracts/{contract['id']}/acceptances", {"sha256": contract["sha256"]})
    assert late.status_code == 409


@pytest.mark.parametrize(
    "who", ["buyer", "supplier", "officer", "inspector", "other_buyer", "other_supplier", "anon"]
)
def test_access_matrix(who):
    w = f.world_with_spec()
    contract = f.drafted(w)
    specs_f.booked(w)  # the inspector now sees the order, not its contract
    users = {
        "buyer": w.buyer,
        "supplier": w.supplier,
        "officer": officer(),
        "inspector": w.inspector,
        "other_buyer": specs_f.other_buyer(),
        "other_supplier": specs_f.other_supplier(),
        "anon": None,
    }
    client = ApiClient(users[who])
    reads = [
        client.get(f"orders/{w.order.pk}/contract"),
        client.get(f"contracts/{contract.pk}"),
        client.get(f"contracts/{contract.pk}/pdf"),
        client.get(f"contracts/{contract.pk}/docx"),
    ]
    accept = client.post(f"contracts/{contract.pk}/acceptances", {"sha256": contract.sha256})
    if who == "anon":
        assert {r.status_code for r in [*reads, accept]} == {401}
    elif who in ("buyer", "supplier"):
        assert [r.status_code for r in reads] == [200, 200, 200, 200]
        assert accept.status_code == 201
    elif who == "officer":
        assert [r.status_code for r in reads] == [200, 200, 200, 200]
        assert accept.status_code == 403  # officers read; the parties accept
        assert accept.json()["code"] == E.NOT_A_PARTY
    else:
        assert [r.status_code for r in [*reads, accept]] == [404] * 5
    assert contract.acceptances.count() == (1 if who in ("buyer", "supplier") else 0)


def test_officers_and_foreign_users_cannot_draft():
    w = f.world_with_spec()
    assert ApiClient(officer()).post(f"orders/{w.order.pk}/contract", f.terms()).status_code == 403
    foreign = ApiClient(specs_f.other_buyer()).post(f"orders/{w.order.pk}/contract", f.terms())
    assert foreign.status_code == 404
    assert not w.order.sales_contracts.exists()


def test_bad_input_is_422_with_fields_and_writes_nothing():
    w = f.world_with_spec()
    client = ApiClient(w.buyer)
    r = client.post(f"orders/{w.order.pk}/contract", f.terms(incoterm="XYZ"))
    assert r.status_code == 422
    assert r.json()["fields"]
    r = client.post(
        f"orders/{w.order.pk}/contract",
        f.terms(forum="supplier_courts", city="", place="", notice_days=1000),
    )
    assert r.status_code == 422
    assert {"city", "place", "notice_days"} <= set(r.json()["fields"])
    assert not w.order.sales_contracts.exists()


def test_wrong_state_is_409():
    w = specs_f.world()  # no accepted specification
    r = ApiClient(w.buyer).post(f"orders/{w.order.pk}/contract", f.terms())
    assert r.status_code == 409
    assert r.json()["code"] == E.NO_BINDING_SPEC
    w = f.world_with_spec()
    contract = f.drafted(w)
    r = ApiClient(w.buyer).post(f"contracts/{contract.pk}/acceptances", {"sha256": "a" * 64})
    assert r.status_code == 409
    assert r.json()["code"] == E.CONTRACT_HASH_MISMATCH
    assert contract.sha256 in r.json()["fields"]["sha256"]


def test_downloads_are_the_contract_files():
    w = f.world_with_spec()
    contract = f.drafted(w)
    client = ApiClient(w.supplier)
    pdf = client.get(f"contracts/{contract.pk}/pdf")
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    docx = client.get(f"contracts/{contract.pk}/docx")
    assert docx.content.startswith(b"PK")
    assert f"v{contract.number}.docx" in docx["Content-Disposition"]


def test_the_library_reads_for_everyone_signed_in_and_only_officers_revise_it():
    w = specs_f.world()
    rows = ApiClient(w.supplier).get("contract-clauses").json()
    goods = next(r for r in rows if r["key"] == "goods")
    assert goods["source"] == "CISG art. 35(1)"
    body = {k: goods[k] for k in ("title_en", "title_zh", "text_en", "text_zh", "source")}
    body["text_en"] += " Samples approved by the Buyer also bind the Supplier."
    body["text_zh"] += "买家确认的样品对供应商同样具有约束力。"
    assert ApiClient(w.buyer).post("contract-clauses/goods/versions", body).status_code == 403
    r = ApiClient(officer()).post("contract-clauses/goods/versions", body)
    assert r.status_code == 201, r.json()
    assert r.json()["number"] == 2
    assert ApiClient(officer()).post("contract-clauses/nope/versions", body).status_code == 404
    bad = ApiClient(officer()).post(
        "contract-clauses/goods/versions", {**body, "text_zh": body["text_zh"] + "{bogus}"}
    )
    assert bad.status_code == 422
    assert "text_zh" in bad.json()["fields"]
