"""Specs, acceptance, inspections, readiness and evidence through the API."""

from __future__ import annotations

import io
import json
import re
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tradeguard.common.errors import ApplicationError
from tradeguard.common.testing import ApiClient, png_bytes
from tradeguard.specs import services
from tradeguard.specs.enums import AttachmentStatus, InspectionStatus, SpecsErrorCode
from tradeguard.specs.models import InspectionReport, OrderSpec, Specification
from tradeguard.specs.tests import factories as f

pytestmark = pytest.mark.django_db


def test_aql_endpoint_needs_a_token_and_answers_the_plan():
    w = f.world()
    assert ApiClient().get("aql", {"lot_size": 4000, "aql": "2.5"}).status_code == 401
    r = ApiClient(w.buyer).get("aql", {"lot_size": 4000, "level": "II", "aql": "2.5"})
    assert r.status_code == 200
    assert r.json() == {
        "code_letter": "L",
        "sample_size": 200,
        "accept": 10,
        "reject": 11,
        "inspection": "normal",
        "lot_size": 4000,
        "hundred_percent": False,
    }
    bad = ApiClient(w.buyer).get("aql", {"lot_size": 4000, "aql": "3"})
    assert bad.status_code == 422
    assert bad.json()["code"] == SpecsErrorCode.INVALID_AQL
    assert "aql" in bad.json()["fields"]


def test_buyer_writes_a_spec_supplier_accepts_it_and_it_becomes_binding():
    w = f.world()
    buyer, supplier = ApiClient(w.buyer), ApiClient(w.supplier)
    r = buyer.post("specs", {"product_name": "Bottle", "clauses": f.CLAUSES})
    assert r.status_code == 201, r.json()
    spec_id = r.json()["id"]
    version = buyer.get(f"specs/{spec_id}/versions/1").json()
    assert len(version["sha256"]) == 64
    assert version["clauses"][0]["target_text"] == "120 mm ± 2"
    # The supplier cannot see it before it is attached.
    assert supplier.get(f"specs/{spec_id}").status_code == 404
    r = buyer.post(f"orders/{w.order.pk}/spec", {"version_id": version["id"]})
    assert r.status_code == 201
    att = r.json()
    assert att["status"] == "proposed"
    assert att["waiting_for"] == ["buyer", "supplier"]
    assert supplier.get(f"specs/{spec_id}").status_code == 200
    wrong = supplier.post("spec-acceptances", {"attachment_id": att["id"], "sha256": "0" * 64})
    assert wrong.status_code == 409
    assert wrong.json()["code"] == SpecsErrorCode.HASH_MISMATCH
    assert (
        supplier.post(
            "spec-acceptances", {"attachment_id": att["id"], "sha256": version["sha256"]}
        ).status_code
        == 201
    )
    again = supplier.post("spec-acceptances", {"attachment_id": att["id"]})
    assert again.status_code == 409
    assert buyer.post("spec-acceptances", {"attachment_id": att["id"]}).status_code == 201
    listed = buyer.get(f"orders/{w.order.pk}/spec").json()
    assert listed[0]["status"] == "binding"
    assert {a["party"] for a in listed[0]["acceptances"]} == {"buyer", "supplier"}
    assert all(a["sha256"] == version["sha256"] for a in listed[0]["acceptances"])


def test_changes_need_a_new_version_accepted_by_both():
    w = f.world()
    att = f.binding_spec(w)
    spec = att.version.specification
    changed = json.loads(json.dumps(f.CLAUSES))
    changed[0]["target"]["tolerance"] = "1"
    buyer = ApiClient(w.buyer)
    v2 = buyer.post(f"specs/{spec.pk}/versions", {"clauses": changed, "notes": "tighter"}).json()
    assert v2["number"] == 2
    diff = buyer.get(f"specs/{spec.pk}/diff", {"a": 1, "b": 2}).json()
    assert next((r["clause_id"], r["change"]) for r in diff["rows"]) == ("3.2", "changed")
    new = buyer.post(f"orders/{w.order.pk}/spec", {"version_id": v2["id"]}).json()
    services.spec_accept(actor=w.buyer, attachment=OrderSpec.objects.get(pk=new["id"]))
    att.refresh_from_db()
    assert att.status == AttachmentStatus.BINDING  # v1 stays binding until both accept v2
    services.spec_accept(actor=w.supplier, attachment=OrderSpec.objects.get(pk=new["id"]))
    att.refresh_from_db()
    assert att.status == AttachmentStatus.SUPERSEDED
    assert (
        buyer.post(
            f"specs/{spec.pk}/versions", {"clauses": changed, "notes": "tighter"}
        ).status_code
        == 409
    )


@pytest.mark.parametrize(
    ("who", "status"),
    [("other_buyer", 404), ("other_supplier", 404), ("other_inspector", 404)],
)
def test_foreign_specs_orders_and_inspections_are_404(who, status):
    w = f.world()
    att = f.binding_spec(w)
    inspection = f.booked(w)
    stranger = getattr(f, who)()
    api = ApiClient(stranger)
    assert api.get(f"specs/{att.version.specification_id}").status_code == status
    assert api.get(f"orders/{w.order.pk}/readiness").status_code == status
    assert api.get(f"inspections/{inspection.pk}").status_code == status
    assert api.post("spec-acceptances", {"attachment_id": att.pk}).status_code == status
    assert api.get("specs").json()["items"] == []


def test_supplier_may_not_edit_or_attach():
    w = f.world()
    spec = f.spec(w.buyer)
    services.order_spec_attach(actor=w.buyer, order=w.order, version=spec.versions.get())
    supplier = ApiClient(w.supplier)
    r = supplier.post(f"specs/{spec.pk}/versions", {"clauses": f.CLAUSES[:1]})
    assert r.status_code == 403
    r = supplier.post(f"orders/{w.order.pk}/spec", {"version_id": spec.versions.get().pk})
    assert r.status_code == 403


def test_invalid_clause_is_422_and_nothing_written():
    w = f.world()
    bad = json.loads(json.dumps(f.CLAUSES))
    bad[0]["target"]["tolerance"] = "-2"
    r = ApiClient(w.buyer).post("specs", {"product_name": "Bottle", "clauses": bad})
    assert r.status_code == 422
    assert r.json()["code"] == SpecsErrorCode.NEGATIVE_TOLERANCE
    assert "clauses.0.target.tolerance" in r.json()["fields"]
    assert Specification.objects.count() == 0


def test_inspection_flow_failing_report_signed_and_immutable():
    w = f.world()
    f.binding_spec(w)
    buyer, insp = ApiClient(w.buyer), ApiClient(w.inspector)
    r = buyer.post(
        "inspections",
        {
            "order_id": w.order.pk,
            "kind": "pre_shipment",
            "inspector_org_id": w.inspector.organization_id,
        },
    )
    assert r.status_code == 201, r.json()
    iid = r.json()["id"]
    assert r.json()["plan"]["classes"]["major"] == {"aql": "2.5", "inspection": "normal"}
    # The inspector now sees the order and the spec.
    assert insp.get(f"orders/{w.order.pk}/spec").status_code == 200
    photo = insp.upload(
        f"inspections/{iid}/photos",
        {"file": SimpleUploadedFile("p.png", png_bytes(), "image/png"), "caption": "tall"},
    )
    assert photo.status_code == 201
    content = f.failing_content(80, 7)
    content["defects"] = [
        {"severity": "minor", "description": "Scuff", "units": 1, "photos": [photo.json()["id"]]}
    ]
    assert (
        buyer.client.put(
            f"/api/v1/inspections/{iid}/report",
            json.dumps({"content": content}),
            content_type="application/json",
            headers=buyer._headers(),
        ).status_code
        == 403
    )
    r = insp.client.put(
        f"/api/v1/inspections/{iid}/report",
        json.dumps({"content": content}),
        content_type="application/json",
        headers=insp._headers(),
    )
    assert r.status_code == 200, r.json()
    assert r.json()["verdict"]["overall"] == "fail"
    assert r.json()["status"] == "draft"
    r = insp.post(f"inspections/{iid}/sign")
    assert r.status_code == 200
    assert r.json()["overall"] == "fail"
    assert len(r.json()["sha256"]) == 64
    assert buyer.get(f"inspections/{iid}").json()["status"] == InspectionStatus.SIGNED
    # Signed: changing needs a correction (a new version) with a reason.
    r = insp.client.put(
        f"/api/v1/inspections/{iid}/report",
        json.dumps({"content": content}),
        content_type="application/json",
        headers=insp._headers(),
    )
    assert r.status_code == 422
    assert "correction_reason" in r.json()["fields"]
    r = insp.client.put(
        f"/api/v1/inspections/{iid}/report",
        json.dumps({"content": f.passing_content(), "correction_reason": "typo in heights"}),
        content_type="application/json",
        headers=insp._headers(),
    )
    assert r.json()["number"] == 2
    first = InspectionReport.objects.get(inspection_id=iid, number=1)
    assert first.overall == "fail"
    assert first.status == "signed"
    assert insp.post(f"inspections/{iid}/sign").json()["number"] == 2
    assert len(buyer.get(f"inspections/{iid}/reports").json()) == 2


def test_sign_requires_lot_and_sample():
    w = f.world()
    f.binding_spec(w)
    inspection = f.booked(w)
    services.inspection_report_save(
        actor=w.inspector, inspection=inspection, content={"notes": "started"}
    )
    r = ApiClient(w.inspector).post(f"inspections/{inspection.pk}/sign")
    assert r.status_code == 422
    assert r.json()["code"] == SpecsErrorCode.REPORT_INCOMPLETE
    # The report's fields are not fields of this (body-less) request: the message says
    # what is missing instead.
    assert r.json()["fields"] == {}
    assert "Lot size: " in r.json()["message"]
    assert "Sample size: " in r.json()["message"]


def test_readiness_lists_what_is_missing_and_what_it_costs():
    w = f.world()
    r = ApiClient(w.buyer).get(f"orders/{w.order.pk}/readiness").json()
    assert r["ready"] is False
    items = {i["key"]: i for i in r["items"]}
    assert set(items) == {"spec", "contract", "payment", "inspection", "sample"}
    assert "not-as-described claim cannot be decided" in items["spec"]["dispute_cost"]
    assert items["spec"]["fix_url"] == f"/specs/orders/{w.order.pk}/#spec"
    assert items["spec"]["next_step"].startswith("Attach one of your specifications")
    assert items["spec"]["links"] == [
        {"url": f"/specs/orders/{w.order.pk}/#spec", "label": "Attach a specification"}
    ]
    f.binding_spec(w)
    f.signed(w, f.passing_content())
    services.approved_sample_photo_add(
        actor=w.buyer, order=w.order, upload=io.BytesIO(png_bytes()), name="s.png"
    )
    items = {
        i["key"]: i
        for i in ApiClient(w.buyer).get(f"orders/{w.order.pk}/readiness").json()["items"]
    }
    assert items["spec"]["done"]
    assert items["inspection"]["done"]
    assert items["sample"]["done"]
    assert not items["contract"]["done"]


def test_evidence_summary_and_recommendation_for_disputes():
    from tradeguard.specs.selectors import dispute_evidence_summary, recommendation

    w = f.world(quantity="1000", unit_price="12.00")
    f.binding_spec(w)
    f.signed(w, f.failing_content(80, 7))
    findings = dispute_evidence_summary(w.order, ["3.2"])
    assert findings[0].proven_broken
    assert (
        "7 of 80 sampled units out of tolerance; major, Ac 5 → lot rejected"
        in findings[0].explanation
    )
    rec = recommendation(w.order, ["3.2"])
    assert rec.outcome == "full_refund_or_return"
    assert str(rec.amount) == "12000.00"
    api = (
        ApiClient(w.buyer).get(f"orders/{w.order.pk}/spec-evidence", {"clauses": "3.2,4.1"}).json()
    )
    assert api["outcome"] == "full_refund_or_return"
    assert [x["status"] for x in api["findings"]] == ["broken", "not_broken"]


def test_switching_tightens_after_two_rejected_lots():
    w = f.world()
    f.binding_spec(w)
    f.signed(w, f.failing_content(80, 7))
    f.signed(w, f.failing_content(80, 7))
    third = f.booked(w)
    assert third.plan["classes"]["major"]["inspection"] == "tightened"
    assert third.plan["classes"]["minor"]["inspection"] == "normal"


def test_import_export_roundtrip_json_and_xlsx_and_pdf():
    w = f.world()
    spec = f.spec(w.buyer)
    buyer = ApiClient(w.buyer)
    exported = buyer.get(f"specs/{spec.pk}/versions/1/export").json()
    assert exported["sha256"] == spec.versions.get().sha256
    r = buyer.post_raw("specs/import", json.dumps(exported))
    assert r.status_code == 201, r.json()
    assert [c["clause_id"] for c in r.json()["clauses"]] == ["3.2", "4.1", "6.1"]
    xlsx = buyer.get(f"specs/{spec.pk}/versions/1/export.xlsx")
    assert xlsx.status_code == 200
    r = buyer.upload(
        "specs/import/xlsx",
        {"file": SimpleUploadedFile("s.xlsx", xlsx.content), "spec_id": spec.pk},
    )
    assert r.status_code == 409  # identical clauses: nothing changed
    from tradeguard.specs.documents import xlsx_parse

    assert xlsx_parse(xlsx.content)["clauses"] == spec.versions.get().clause_dicts
    template = buyer.get("specs/template.xlsx")
    r = buyer.upload("specs/import/xlsx", {"file": SimpleUploadedFile("t.xlsx", template.content)})
    assert r.status_code == 422  # the template has no product name yet
    assert "Product name: " in r.json()["message"]  # a cell of the file, not a request field
    bad = buyer.upload("specs/import/xlsx", {"file": SimpleUploadedFile("x.xlsx", b"not a sheet")})
    assert bad.json()["code"] == SpecsErrorCode.INVALID_IMPORT
    pdf = buyer.get(f"specs/{spec.pk}/versions/1/sheet.pdf")
    assert pdf.status_code == 200
    assert pdf.content.startswith(b"%PDF")


def test_lists_have_bounded_queries(django_assert_max_num_queries):
    w = f.world()
    for _ in range(3):
        f.spec(w.buyer)
    f.binding_spec(w)
    for _ in range(3):
        f.booked(w)
    api = ApiClient(w.buyer)
    with django_assert_max_num_queries(8):
        assert len(api.get("specs").json()["items"]) == 4
    with django_assert_max_num_queries(8):
        assert len(api.get("inspections").json()["items"]) == 3


ATTACH = [
    ("proposed", "binding", True),
    ("proposed", "superseded", True),
    ("binding", "superseded", True),
    ("binding", "proposed", False),
    ("superseded", "binding", False),
    ("superseded", "proposed", False),
    ("proposed", "proposed", False),
]
INSPECTION = [
    ("booked", "reported", True),
    ("booked", "cancelled", True),
    ("reported", "signed", True),
    ("reported", "cancelled", True),
    ("booked", "signed", False),
    ("signed", "cancelled", False),
    ("signed", "reported", False),
    ("cancelled", "booked", False),
    ("cancelled", "reported", False),
]


@pytest.mark.parametrize(("frm", "to", "allowed"), ATTACH)
def test_attachment_transitions(frm, to, allowed):
    w = f.world()
    spec = f.spec(w.buyer)
    att = services.order_spec_attach(actor=w.buyer, order=w.order, version=spec.versions.get())
    att.status = frm
    att.save(update_fields=["status"])
    if allowed:
        assert services.attachment_transition(actor=w.buyer, attachment=att, to=to).status == to
    else:
        with pytest.raises(ApplicationError) as info:
            services.attachment_transition(actor=w.buyer, attachment=att, to=to)
        assert info.value.status == 409


@pytest.mark.parametrize(("frm", "to", "allowed"), INSPECTION)
def test_inspection_transitions(frm, to, allowed):
    w = f.world()
    inspection = f.booked(w)
    inspection.status = frm
    inspection.save(update_fields=["status"])
    if allowed:
        assert (
            services.inspection_transition(actor=w.buyer, inspection=inspection, to=to).status == to
        )
    else:
        with pytest.raises(ApplicationError) as info:
            services.inspection_transition(actor=w.buyer, inspection=inspection, to=to)
        assert info.value.status == 409


def _clause(n: int) -> dict[str, object]:
    return {"clause_id": str(n), "text": f"Requirement {n}", "kind": "other", "severity": "minor"}


def _xlsx_with_clause_rows(count: int) -> bytes:
    """The workbook openpyxl writes for `count` clause rows, the rows' XML written here in
    openpyxl's own form (openpyxl itself takes up to half a minute for 100,000 rows)."""
    from openpyxl import Workbook

    wb = Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.title = "Clauses"
    sheet.append(["clause_id", "text", "kind", "severity"])
    meta = wb.create_sheet("Specification")
    meta.append(["key", "value"])
    meta.append(["product_name", "Lamp"])
    small = io.BytesIO()
    wb.save(small)

    def row(r: int, values: tuple[str, ...]) -> str:
        cells = "".join(
            f'<c r="{col}{r}" t="inlineStr"><is><t>{v}</t></is></c>'
            for col, v in zip("ABCD", values, strict=True)
        )
        return f'<row r="{r}">{cells}</row>'

    rows = "".join(row(n + 2, (str(n), f"Requirement {n}", "other", "minor")) for n in range(count))
    out = io.BytesIO()
    with (
        zipfile.ZipFile(small) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                assert text.count("</sheetData>") == 1
                # openpyxl writes `<dimension ref="A1:D1"/>` or `... />` (with lxml or not).
                text, found = re.subn(
                    r'<dimension ref="A1:D1"\s*/>', f'<dimension ref="A1:D{count + 1}"/>', text
                )
                assert found == 1
                data = text.replace("</sheetData>", rows + "</sheetData>").encode()
            target.writestr(info, data)
    return out.getvalue()


def test_imports_over_the_clause_cap_are_refused_with_a_clear_error(settings):
    from openpyxl import load_workbook

    settings.TRADEGUARD_POLICY = {"specs": {"max_clauses": 20}}
    w = f.world()
    buyer = ApiClient(w.buyer)
    r = buyer.post("specs", {"product_name": "Lamp", "clauses": [_clause(n) for n in range(21)]})
    assert r.status_code == 422
    assert r.json()["code"] == SpecsErrorCode.TOO_MANY_CLAUSES
    assert "at most 20" in r.json()["message"]
    assert "clauses" in r.json()["fields"]
    # A spreadsheet with a hundred thousand rows stops being read after the cap.
    big = _xlsx_with_clause_rows(100_000)
    assert load_workbook(io.BytesIO(big), read_only=True)["Clauses"].max_row == 100_001
    r = buyer.upload("specs/import/xlsx", {"file": SimpleUploadedFile("big.xlsx", big)})
    assert r.status_code == 422
    assert r.json()["code"] == SpecsErrorCode.TOO_MANY_CLAUSES
    assert "more than 20 clause rows" in r.json()["message"]
    assert not Specification.objects.filter(product_name="Lamp").exists()
    ok = buyer.post("specs", {"product_name": "Lamp", "clauses": [_clause(n) for n in range(20)]})
    assert ok.status_code == 201


def test_a_spreadsheet_that_expands_hugely_is_refused_before_it_is_opened():
    import zipfile

    w = f.world()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", b"A" * 60 * 1024 * 1024)
    assert len(buf.getvalue()) < 1024 * 1024
    r = ApiClient(w.buyer).upload(
        "specs/import/xlsx", {"file": SimpleUploadedFile("bomb.xlsx", buf.getvalue())}
    )
    assert r.status_code == 422
    assert "expands to more than 50 MB" in r.json()["message"]


def test_the_spec_sheet_pdf_is_built_once_per_version(monkeypatch):
    from tradeguard.specs import documents

    w = f.world()
    spec = f.spec(w.buyer)
    builds = []
    real = documents.spec_sheet_pdf

    def counting(version):
        builds.append(version.pk)
        return real(version)

    monkeypatch.setattr(documents, "spec_sheet_pdf", counting)
    buyer = ApiClient(w.buyer)
    first = buyer.get(f"specs/{spec.pk}/versions/1/sheet.pdf")
    second = buyer.get(f"specs/{spec.pk}/versions/1/sheet.pdf")
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    assert first.content.startswith(b"%PDF")
    assert len(builds) == 1
    # What the sheet prints changed (the product's name): built again.
    spec.product_name = "Renamed lamp"
    spec.save()
    buyer.get(f"specs/{spec.pk}/versions/1/sheet.pdf")
    assert len(builds) == 2
