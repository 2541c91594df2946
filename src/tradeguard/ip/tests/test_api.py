from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tradeguard.accounts.tests.factories import buyer, officer
from tradeguard.catalog.enums import ListingStatus
from tradeguard.catalog.services import listing_set_status
from tradeguard.common.testing import PDF_BYTES, ApiClient, png_bytes
from tradeguard.ip.enums import IpErrorCode, ItemStatus
from tradeguard.ip.models import IpRecord
from tradeguard.ip.tests import factories as f

pytestmark = pytest.mark.django_db


def _upload(name: str, data: bytes, ctype: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type=ctype)


@pytest.fixture
def world(frozen):
    holder = f.rights_holder(registration_number="GB-777")
    rec = f.record(holder)
    s1, s2 = f.supplier(), f.supplier()
    return {
        "holder": holder,
        "record": rec,
        "s1": s1,
        "s2": s2,
        "l1": f.listing(s1.organization),
        "l2": f.listing(s2.organization),
        "officer": officer(),
        "officer2": officer(),
    }


def _file(api: ApiClient, world: dict, listings: list, **kw) -> dict:
    body = {
        "record_id": world["record"].pk,
        "reason": "counterfeit",
        "listings": listings,
        "explanation": "Fake LUMEN lamps with our logo.",
        "statement_good_faith": True,
        "statement_accuracy": True,
        "statement_authority": True,
        "signature_name": "Rachel Rights",
        **kw,
    }
    resp = api.post("ip/complaints", body)
    assert resp.status_code == 201, resp.json()
    return resp.json()


def test_record_create_multipart_and_officer_review(world):
    holder = world["holder"]
    api = ApiClient(holder)
    resp = api.upload(
        "ip/records",
        {
            "kind": "copyright",
            "title": "Lamp photo series 2024",
            "claim_statement": "Photographed by our studio in March 2024; we own all rights.",
            "claim_signed_name": "Rachel Rights",
            "document_language": "en",
            "images": [
                _upload("a.png", png_bytes(color=(1, 2, 3)), "image/png"),
                _upload("b.png", png_bytes(color=(4, 5, 6)), "image/png"),
            ],
        },
    )
    assert resp.status_code == 201, resp.json()
    body = resp.json()
    assert body["status"] == "pending"
    assert body["registered"] is False
    assert len(body["images"]) == 2
    assert body["review_due_at"]
    record_id = body["id"]
    # The rights holder cannot approve its own record; an officer can.
    assert api.post(f"ip/records/{record_id}/approve").status_code == 403
    off = ApiClient(world["officer"])
    resp = off.post(f"ip/records/{record_id}/reject", {"reason": ""})
    assert resp.status_code == 422
    assert resp.json()["code"] == IpErrorCode.REASON_REQUIRED
    resp = off.post(f"ip/records/{record_id}/approve")
    assert resp.json()["status"] == "approved"
    assert resp.json()["usable"] is True
    assert off.post(f"ip/records/{record_id}/approve").status_code == 409


def test_record_needs_translation_for_other_languages(world):
    api = ApiClient(world["holder"])
    data = {
        **f.german_trademark_fields(),
        "certificate": _upload("urkunde.pdf", PDF_BYTES, "application/pdf"),
    }
    for unknown in ("xx", "zzz", "german"):  # not a language: refused, nothing written
        resp = api.upload(
            "ip/records",
            {
                **data,
                "document_language": unknown,
                "certificate": _upload("u.pdf", PDF_BYTES, "application/pdf"),
            },
        )
        assert resp.status_code == 422, unknown
        assert "document_language" in resp.json()["fields"]
    assert not IpRecord.objects.filter(title="LUMEN").exists()
    data["certificate"] = _upload("urkunde.pdf", PDF_BYTES, "application/pdf")
    resp = api.upload("ip/records", data)
    assert resp.status_code == 422
    assert resp.json()["code"] == IpErrorCode.TRANSLATION_REQUIRED
    assert "translation" in resp.json()["fields"]
    data["certificate"] = _upload("urkunde.pdf", PDF_BYTES, "application/pdf")
    data["translation"] = _upload("translation.pdf", PDF_BYTES + b"%t", "application/pdf")
    resp = api.upload("ip/records", data)
    assert resp.status_code == 201, resp.json()
    assert resp.json()["has_translation"] is True


def test_complaint_items_rejected_one_by_one(world):
    holder = world["holder"]
    # The rights holder's own store (same company: country + registration number).
    own_store = f.supplier(country="GB", registration_number="GB-777")
    own = f.listing(own_store.organization)
    gone = f.listing(world["s2"].organization)
    listing_set_status(actor=None, listing=gone, status=ListingStatus.REMOVED, reason="Spam.")
    body = _file(
        ApiClient(holder),
        world,
        [
            world["l1"].marketplace_url,
            "https://market.example.com/item/does-not-exist",
            own.marketplace_url,
            gone.marketplace_url,
            str(world["l1"].pk),  # the same listing again, by id
            {"listing": world["l2"].marketplace_url, "note": "Second photo is ours"},
        ],
    )
    items = body["items"]
    assert [i["status"] for i in items] == [
        "notified",
        "rejected",
        "rejected",
        "rejected",
        "rejected",
        "notified",
    ]
    assert [i["rejection_reason"] for i in items] == [
        "",
        "unknown_listing",
        "own_listing",
        "already_removed",
        "duplicate",
        "",
    ]
    assert items[5]["note"] == "Second photo is ours"
    assert items[0]["waiting_on"] == "supplier"
    # Monday 10:00 in China + 3 working days -> Thursday 23:59:59 CST.
    assert items[0]["due_at"].startswith("2025-09-25T15:59:59")


def test_complaint_validation_writes_nothing(world):
    api = ApiClient(world["holder"])
    base = {
        "record_id": world["record"].pk,
        "reason": "image_copy",
        "listings": [world["l1"].marketplace_url],
        "explanation": "x",
        "statement_good_faith": True,
        "statement_accuracy": True,
        "statement_authority": True,
        "signature_name": "R",
    }
    resp = api.post("ip/complaints", base)
    assert resp.status_code == 422
    assert resp.json()["code"] == IpErrorCode.REASON_MISMATCH
    resp = api.post("ip/complaints", {**base, "reason": "counterfeit", "statement_accuracy": False})
    assert resp.json()["code"] == IpErrorCode.STATEMENTS_MISSING
    assert "statement_accuracy" in resp.json()["fields"]
    resp = api.post("ip/complaints", {**base, "reason": "counterfeit", "listings": ["x"] * 301})
    assert resp.json()["code"] == IpErrorCode.TOO_MANY_LISTINGS
    resp = api.post(
        "ip/complaints", {**base, "reason": "counterfeit", "listings": ["https://nope"]}
    )
    assert resp.json()["code"] == IpErrorCode.NOTHING_PROCESSABLE
    assert api.get("ip/complaints").json()["count"] == 0


def test_full_flow_remove_counter_maintain_decide_appeal(world):
    holder_api = ApiClient(world["holder"])
    body = _file(holder_api, world, [world["l1"].marketplace_url, world["l2"].marketplace_url])
    i1, i2 = (i["id"] for i in body["items"])
    s1, s2 = ApiClient(world["s1"]), ApiClient(world["s2"])
    # A supplier sees only its own item.
    assert s1.get(f"ip/items/{i2}").status_code == 404
    assert s1.get(f"ip/complaints/{body['id']}").status_code == 404
    notice = s1.get(f"ip/items/{i1}").json()
    assert notice["complaint"]["rights_holder"]["contact_email"] is not None
    assert notice["complaint"]["record"]["registration_number"]
    resp = s1.post(f"ip/items/{i1}/remove")
    assert resp.json()["status"] == "removed"
    assert resp.json()["statements"][0]["automated"] is False
    world["l1"].refresh_from_db()
    assert world["l1"].status == ListingStatus.REMOVED
    assert s1.post(f"ip/items/{i1}/remove").status_code == 409
    # Gone from the catalog for buyers; the supplier sees why.
    assert ApiClient(buyer()).get(f"listings/{world['l1'].pk}").status_code == 404
    own = s1.get(f"listings/{world['l1'].pk}").json()
    assert own["status"] == "removed"
    assert "IP complaint" in own["status_reason"]

    resp = s2.upload(
        f"ip/items/{i2}/counter-notice", {"explanation": "Own design", "signature_name": "Chen"}
    )
    assert resp.status_code == 422
    assert set(resp.json()["fields"]) == {"statement_perjury", "consent_jurisdiction"}
    resp = s2.upload(
        f"ip/items/{i2}/counter-notice",
        {
            "explanation": "Our own design, registered in 2019.",
            "signature_name": "Chen Jing",
            "statement_perjury": "true",
            "consent_jurisdiction": "true",
            "documents": [_upload("reg.pdf", PDF_BYTES, "application/pdf")],
        },
    )
    assert resp.status_code == 200, resp.json()
    assert resp.json()["status"] == "counter_noticed"
    assert resp.json()["waiting_on"] == "rights_holder"
    assert resp.json()["counter_notice"]["documents"] == 1
    # Only the rights holder answers; the supplier cannot maintain.
    assert s2.post(f"ip/items/{i2}/maintain").status_code == 403
    resp = holder_api.post(
        f"ip/items/{i2}/maintain", {"explanation": "Their registration is later."}
    )
    assert resp.json()["status"] == "under_review"
    assert (
        holder_api.post(f"ip/items/{i2}/decision", {"uphold": True, "reason": "x"}).status_code
        == 403
    )
    off = ApiClient(world["officer"])
    resp = off.post(
        f"ip/items/{i2}/decision", {"uphold": True, "reason": "Identical mark on the goods."}
    )
    assert resp.json()["status"] == "removed"
    assert resp.json()["removal_kind"] == "decision"
    # The supplier appeals; the officer who decided may not review the appeal.
    resp = s2.upload(
        f"ip/items/{i2}/appeal", {"explanation": "The officer ignored our registration."}
    )
    assert resp.status_code == 201, resp.json()
    assert s2.upload(f"ip/items/{i2}/appeal", {"explanation": "again"}).status_code == 409
    resp = off.post(f"ip/items/{i2}/appeal/decision", {"uphold": True, "reason": "x"})
    assert resp.status_code == 403
    assert resp.json()["code"] == IpErrorCode.SAME_OFFICER
    resp = ApiClient(world["officer2"]).post(
        f"ip/items/{i2}/appeal/decision", {"uphold": True, "reason": "Earlier registration shown."}
    )
    assert resp.json()["status"] == "restored"
    assert [s["decision"] for s in resp.json()["statements"]] == ["removal", "restoration"]
    world["l2"].refresh_from_db()
    assert world["l2"].status == ListingStatus.ACTIVE
    detail = holder_api.get(f"ip/complaints/{body['id']}").json()
    assert [i["status"] for i in detail["items"]] == ["removed", "restored"]
    assert detail["status"] == "closed"


def test_withdraw_restores_removed_listing(world):
    holder_api = ApiClient(world["holder"])
    body = _file(holder_api, world, [world["l1"].marketplace_url, world["l2"].marketplace_url])
    i1 = body["items"][0]["id"]
    ApiClient(world["s1"]).post(f"ip/items/{i1}/remove")
    resp = holder_api.post(f"ip/complaints/{body['id']}/withdraw", {"reason": "Settled."})
    assert resp.status_code == 200
    assert resp.json()["status"] == "withdrawn"
    assert {i["status"] for i in resp.json()["items"]} == {ItemStatus.WITHDRAWN}
    world["l1"].refresh_from_db()
    assert world["l1"].status == ListingStatus.ACTIVE
    assert holder_api.post(f"ip/complaints/{body['id']}/withdraw").status_code == 409


def test_permissions_foreign_objects_are_404(world):
    holder_api = ApiClient(world["holder"])
    body = _file(holder_api, world, [world["l1"].marketplace_url])
    other_holder = ApiClient(f.rights_holder())
    assert other_holder.get(f"ip/complaints/{body['id']}").status_code == 404
    assert other_holder.get(f"ip/records/{world['record'].pk}").status_code == 404
    assert other_holder.get(f"ip/items/{body['items'][0]['id']}").status_code == 404
    assert other_holder.post(f"ip/complaints/{body['id']}/withdraw").status_code == 404
    assert (
        ApiClient(world["s2"]).post(f"ip/items/{body['items'][0]['id']}/remove").status_code == 404
    )
    assert other_holder.get(f"ip/complaints/{body['id']}/export").status_code == 404
    # Another rights holder cannot use this record.
    resp = other_holder.post(
        "ip/complaints",
        {
            "record_id": world["record"].pk,
            "reason": "counterfeit",
            "listings": ["1"],
            "explanation": "x",
            "statement_good_faith": True,
            "statement_accuracy": True,
            "statement_authority": True,
            "signature_name": "x",
        },
    )
    assert resp.status_code == 404


def test_lists_have_bounded_queries(world, django_assert_max_num_queries):
    holder_api = ApiClient(world["holder"])
    for _ in range(3):
        extra = [f.listing(world["s1"].organization) for _ in range(3)]
        _file(holder_api, world, [x.marketplace_url for x in extra])
    with django_assert_max_num_queries(8):
        assert holder_api.get("ip/complaints").json()["count"] == 3
    with django_assert_max_num_queries(8):
        assert holder_api.get("ip/items").json()["count"] == 9
    with django_assert_max_num_queries(12):
        assert len(holder_api.get("ip/records").json()["items"]) == 1
    supplier_api = ApiClient(world["s1"])  # its token is minted here, not counted below
    with django_assert_max_num_queries(6):
        assert supplier_api.get("ip/items").json()["count"] == 9


def test_stats_public_and_export(world):
    holder_api = ApiClient(world["holder"])
    body = _file(holder_api, world, [world["l1"].marketplace_url, "https://unknown.example/1"])
    ApiClient(world["s1"]).post(f"ip/items/{body['items'][0]['id']}/remove")
    anon = ApiClient(None)
    resp = anon.get("ip/stats", {"period": "month"})
    assert resp.status_code == 200
    totals = resp.json()["totals"]
    assert totals["complaints"] == 1
    assert totals["items"] == 2
    assert totals["items_rejected"] == 1
    assert totals["outcomes_by_reason"]["counterfeit"] == {"rejected": 1, "removed": 1}
    assert totals["median_hours_to_action"] == 0.0
    assert resp.json()["periods"][0]["period"] == "2025-09"
    export = holder_api.get(f"ip/complaints/{body['id']}/export").json()
    assert [p["role"] for p in export["parties"]] == ["principal", "recipient"]
    urls = export["works"][0]["infringing_urls"]
    assert urls[0] == {
        "url": world["l1"].marketplace_url,
        "supplier": world["s1"].organization.name,
        "status": "removed",
        "action_taken": "removed",
        "rejection_reason": None,
    }
    assert export["action_taken"] == "partial"


def test_unverified_rights_holder_cannot_file(frozen):
    holder = f.rights_holder(verified=False)
    resp = ApiClient(holder).upload("ip/records", {"kind": "copyright", "title": "x"})
    assert resp.status_code == 403
    assert resp.json()["code"] == IpErrorCode.ORG_NOT_VERIFIED


def test_expired_or_rejected_record_cannot_back_complaint(world, frozen):
    holder = world["holder"]
    rejected = f.record(holder, approve=False)
    from tradeguard.ip.services import record_reject

    record_reject(actor=world["officer"], record=rejected, reason="Certificate unreadable.")
    expiring = f.record(holder, valid_until=dt.date(2025, 9, 30))
    api = ApiClient(holder)
    for rec, text in ((rejected, "rejected"), (expiring, "expired")):
        if rec is expiring:
            frozen.move_to(dt.datetime(2025, 10, 2, tzinfo=dt.UTC))
        resp = api.post(
            "ip/complaints",
            {
                "record_id": rec.pk,
                "reason": "counterfeit",
                "listings": [world["l1"].marketplace_url],
                "explanation": "x",
                "statement_good_faith": True,
                "statement_accuracy": True,
                "statement_authority": True,
                "signature_name": "x",
            },
        )
        assert resp.status_code == 422
        assert resp.json()["code"] == IpErrorCode.RECORD_NOT_USABLE
        assert text in resp.json()["message"]
