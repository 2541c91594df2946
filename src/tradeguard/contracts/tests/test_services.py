"""Drafting, accepting and versioning a sales contract, and the clause library."""

from __future__ import annotations

import pytest

from tradeguard.common.errors import ApplicationError
from tradeguard.common.events import events_for
from tradeguard.contracts import services
from tradeguard.contracts.content import current_library
from tradeguard.contracts.enums import ContractsErrorCode, ContractStatus
from tradeguard.contracts.models import LibraryClause
from tradeguard.contracts.tests import factories as f
from tradeguard.orders.enums import OrderDocumentKind
from tradeguard.specs.tests import factories as specs_f

pytestmark = pytest.mark.django_db
E = ContractsErrorCode


def test_a_contract_needs_the_orders_accepted_specification():
    w = specs_f.world()
    with pytest.raises(ApplicationError) as exc:
        f.drafted(w)
    assert exc.value.code == E.NO_BINDING_SPEC
    assert exc.value.status == 409


def test_the_draft_prints_parties_goods_spec_hash_and_every_chosen_term():
    w = f.world_with_spec()
    contract = f.drafted(
        w, incoterm="CIF", place="Hamburg", forum="hkiac", governing_law="hong_kong"
    )
    doc = contract.content
    spec = contract.spec_version
    assert contract.status == ContractStatus.PROPOSED
    assert len(contract.sha256) == 64
    assert doc["parties"]["buyer"]["name"] == w.order.buyer.name
    assert doc["parties"]["supplier"]["address"].startswith("88 Jiangnan Road")
    assert doc["specification"]["sha256"] == spec.sha256
    assert doc["specification"]["clause_ids"] == ["3.2", "4.1", "6.1"]
    assert [g["description"] for g in doc["goods"]] == [i.description for i in w.order.items.all()]
    clauses = {c["key"]: c for c in doc["clauses"]}
    assert spec.sha256 in clauses["goods"]["text_en"]
    assert spec.sha256 in clauses["goods"]["text_zh"]
    assert "CIF (Cost, Insurance and Freight), Hamburg" in clauses["price"]["text_en"]
    assert "CIF（成本、保险费加运费）" in clauses["price"]["text_zh"]
    assert "Hong Kong International Arbitration Centre" in clauses["disputes"]["text_en"]
    assert "香港国际仲裁中心" in clauses["disputes"]["text_zh"]
    assert "inspection level II" in clauses["inspection"]["text_en"]
    assert "major defects 2.5" in clauses["inspection"]["text_en"]
    assert "30 days" in clauses["remedies"]["text_en"]
    assert "designated account" in clauses["payment"]["text_en"]
    assert "not covered" in clauses["payment"]["text_en"]
    assert "shall not list" in clauses["ip"]["text_en"]
    assert "English text prevails" in clauses["language"]["text_en"]
    assert "以英文文本为准" in clauses["language"]["text_zh"]
    # Labelling clauses of the spec and the requirements written in the draft.
    assert doc["compliance"]["spec_clauses"] == [
        {"clause_id": "6.1", "text": "CE mark on the gift box"}
    ]
    assert doc["compliance"]["requirements"] == ["CE marking and EU declaration of conformity"]
    assert doc["compliance"]["destination_en"] == "Germany"
    # Every clause records its library version and source.
    assert all(c["library_version"] == 1 and c["source"] for c in doc["clauses"])
    assert contract.library.count() == len(doc["library"])


def test_bad_terms_are_refused_with_every_field_named_and_nothing_written():
    w = f.world_with_spec()
    with pytest.raises(ApplicationError) as exc:
        f.drafted(
            w,
            incoterm="FOBX",
            place="",
            forum="supplier_courts",
            city="",
            quantity_tolerance="50",
            notice_days=1,
            delivery_by="2000-01-01",
            buyer_address="x",
            destination="Germany",
        )
    assert exc.value.status == 422
    assert set(exc.value.fields) >= {
        "incoterm",
        "place",
        "city",
        "quantity_tolerance",
        "notice_days",
        "delivery_by",
        "buyer_address",
        "destination",
    }
    assert not w.order.sales_contracts.exists()


def test_the_courts_of_the_suppliers_city_name_the_city():
    w = f.world_with_spec()
    contract = f.drafted(w, forum="supplier_courts", city="Yiwu")
    clause = next(c for c in contract.content["clauses"] if c["key"] == "disputes")
    assert "courts having jurisdiction in Yiwu" in clause["text_en"]
    assert "供应商所在地Yiwu有管辖权的法院" in clause["text_zh"]


def test_both_accept_the_same_hash_then_it_binds_and_files_the_pdf():
    w = f.world_with_spec()
    contract = f.drafted(w)
    first = services.contract_accept(actor=w.supplier, contract=contract, sha256=contract.sha256)
    assert first.party == "supplier"
    contract.refresh_from_db()
    assert contract.status == ContractStatus.PROPOSED
    with pytest.raises(ApplicationError) as exc:
        services.contract_accept(actor=w.supplier, contract=contract, sha256=contract.sha256)
    assert exc.value.code == E.CONTRACT_ALREADY_ACCEPTED
    assert exc.value.status == 409
    services.contract_accept(actor=w.buyer, contract=contract, sha256=contract.sha256.upper())
    contract.refresh_from_db()
    assert contract.status == ContractStatus.BINDING
    assert contract.document is not None
    assert contract.document.kind == OrderDocumentKind.SALES_CONTRACT
    assert contract.document.file.original_name.endswith(".pdf")
    types = [e.type for e in events_for(w.order)]
    assert "order.contract_drafted" in types
    assert types.count("order.contract_accepted") == 2
    assert "order.contract_binding" in types


def test_a_wrong_hash_is_refused_and_nobody_else_may_accept():
    w = f.world_with_spec()
    contract = f.drafted(w)
    with pytest.raises(ApplicationError) as exc:
        services.contract_accept(actor=w.buyer, contract=contract, sha256="0" * 64)
    assert exc.value.code == E.CONTRACT_HASH_MISMATCH
    assert exc.value.status == 409
    assert contract.sha256 in exc.value.fields["sha256"]
    for outsider in (w.inspector, specs_f.other_buyer(), specs_f.other_supplier()):
        with pytest.raises(ApplicationError) as exc:
            services.contract_accept(actor=outsider, contract=contract, sha256=contract.sha256)
        assert exc.value.status == 403
    assert not contract.acceptances.exists()


def test_a_change_after_one_acceptance_is_a_new_version_both_accept_again():
    w = f.world_with_spec()
    v1 = f.drafted(w)
    services.contract_accept(actor=w.buyer, contract=v1, sha256=v1.sha256)
    v2 = services.contract_draft(actor=w.supplier, order=w.order, terms=f.terms(remedy_days=20))
    v1.refresh_from_db()
    assert v1.status == ContractStatus.SUPERSEDED
    assert v2.number == 2
    assert v2.sha256 != v1.sha256
    assert not v2.acceptances.exists()
    with pytest.raises(ApplicationError) as exc:
        services.contract_accept(actor=w.supplier, contract=v1, sha256=v1.sha256)
    assert exc.value.code == E.CONTRACT_NOT_OPEN
    # Drafting the same text again changes nothing.
    with pytest.raises(ApplicationError) as exc:
        services.contract_draft(actor=w.buyer, order=w.order, terms=f.terms(remedy_days=20))
    assert exc.value.code == E.CONTRACT_UNCHANGED


def test_a_new_version_replaces_a_binding_one_only_once_both_accept_it():
    w = f.world_with_spec()
    v1 = f.binding(w)
    v2 = services.contract_draft(actor=w.buyer, order=w.order, terms=f.terms(place="Shanghai"))
    v1.refresh_from_db()
    assert v1.status == ContractStatus.BINDING
    services.contract_accept(actor=w.buyer, contract=v2, sha256=v2.sha256)
    services.contract_accept(actor=w.supplier, contract=v2, sha256=v2.sha256)
    v1.refresh_from_db()
    v2.refresh_from_db()
    assert (v1.status, v2.status) == (ContractStatus.SUPERSEDED, ContractStatus.BINDING)
    assert w.order.documents.filter(kind="sales_contract").count() == 2


def test_a_library_edit_is_a_new_version_used_by_later_contracts_only():
    w = f.world_with_spec()
    v1 = f.drafted(w)
    from tradeguard.accounts.tests.factories import officer

    row = LibraryClause.objects.get(key="ip", number=1)
    revised = services.library_clause_revise(
        actor=officer(),
        key="ip",
        title_en=row.title_en,
        title_zh=row.title_zh,
        text_en=row.text_en + " This also covers packaging artwork.",
        text_zh=row.text_zh + "本条亦适用于包装图稿。",
        source=row.source,
        note="Packaging artwork",
    )
    assert revised.number == 2
    assert next(r for r in current_library() if r.key == "ip").number == 2
    v1.refresh_from_db()
    assert next(c for c in v1.content["clauses"] if c["key"] == "ip")["library_version"] == 1
    v2 = services.contract_draft(actor=w.buyer, order=w.order, terms=f.terms())
    ip = next(c for c in v2.content["clauses"] if c["key"] == "ip")
    assert ip["library_version"] == 2
    assert "packaging artwork" in ip["text_en"]


def test_the_library_refuses_unknown_placeholders_and_non_officers():
    from tradeguard.accounts.tests.factories import officer

    row = LibraryClause.objects.get(key="goods", number=1)
    kwargs = {
        "key": "goods",
        "title_en": row.title_en,
        "title_zh": row.title_zh,
        "text_en": row.text_en + " {unknown}",
        "text_zh": row.text_zh,
        "source": row.source,
    }
    with pytest.raises(ApplicationError) as exc:
        services.library_clause_revise(actor=officer(), **kwargs)
    assert exc.value.status == 422
    assert "text_en" in exc.value.fields
    w = specs_f.world()
    with pytest.raises(ApplicationError) as exc:
        services.library_clause_revise(actor=w.buyer, **kwargs)
    assert exc.value.status == 403
    assert LibraryClause.objects.filter(key="goods").count() == 1


def test_the_seeded_library_has_every_clause_in_both_languages_with_a_source():
    rows = current_library()
    keys = {r.key for r in rows}
    assert {
        "goods",
        "quantity",
        "price",
        "payment",
        "delivery",
        "inspection",
        "compliance",
        "remedies",
        "ip",
        "disputes",
        "language",
        "acceptance",
    } <= keys
    assert {"forum.cietac", "forum.hkiac", "forum.siac", "forum.supplier_courts"} <= keys
    for row in rows:
        assert row.text_en
        assert row.text_zh
        assert row.source
        assert row.title_zh


def test_an_emptied_library_is_seeded_again_before_drafting():
    LibraryClause.objects.all().delete()
    w = f.world_with_spec()
    contract = f.drafted(w)
    assert len(contract.content["clauses"]) == 12
    assert LibraryClause.objects.filter(number=1).count() == 20
