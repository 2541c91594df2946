"""Who may fetch a stored file, through every kind of reference, on the web and the API.

Each case builds the rows through the services (as users would), then asks for the file
as each person: 200 for those the rule names, 404 for everyone else, a redirect to the
login page (web) or 401 (API) for anonymous callers."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.test import Client

from tradeguard.accounts.models import User
from tradeguard.accounts.services import organization_document_add
from tradeguard.accounts.tests.factories import buyer, officer, supplier
from tradeguard.catalog.services import listing_set_status
from tradeguard.catalog.tests.factories import listing as listing_factory
from tradeguard.catalog.tests.factories import listing_image
from tradeguard.common import clock
from tradeguard.common.testing import PDF_BYTES, ApiClient, png_bytes
from tradeguard.disputes.tests.factories import (
    add_evidence,
    cast,
    delivered_order,
    file_dispute,
)
from tradeguard.evidence.models import StoredFile
from tradeguard.evidence.selectors import REFERENCES
from tradeguard.ip.services.moves import item_counter_notice
from tradeguard.ip.tests import factories as ipf
from tradeguard.orders.services import order_document_add
from tradeguard.specs import services as specs_services
from tradeguard.specs.tests.factories import booked, world

pytestmark = pytest.mark.django_db

WHO = ("buyer", "other_buyer", "supplier", "other_supplier", "officer", "anonymous")


@dataclass
class Files:
    people: dict[str, User | None]
    files: dict[str, StoredFile] = field(default_factory=dict)


def _pdf(tag: str) -> io.BytesIO:
    return io.BytesIO(PDF_BYTES + tag.encode())


def _web_status(who: User | None, stored: StoredFile) -> int:
    client = Client()
    if who is not None:
        client.force_login(who)
    return int(client.get(f"/files/{stored.pk}/content/").status_code)


def _api_status(who: User | None, stored: StoredFile) -> int:
    api = ApiClient(who) if who is not None else ApiClient()
    return int(api.get(f"files/{stored.pk}").status_code)


def expected(allowed: set[str], who: str, *, api: bool) -> int:
    if who == "anonymous":
        return 401 if api else 302
    return 200 if who in allowed else 404


# --- trade: dispute evidence, order documents, verification documents -------------------


@pytest.fixture
def trade() -> Files:
    c = cast()
    people: dict[str, User | None] = {
        "buyer": c.buyer,
        "other_buyer": buyer(),
        "supplier": c.supplier,
        "other_supplier": supplier(),
        "officer": c.officer,
        "anonymous": None,
    }
    found = Files(people)
    order = delivered_order(c, clock.now())
    dispute = file_dispute(c, order)
    found.files["submitted buyer photo"] = add_evidence(c.buyer, dispute).file
    found.files["buyer draft"] = add_evidence(
        c.buyer, dispute, "transaction_record", submit=False
    ).file
    found.files["supplier draft"] = add_evidence(
        c.supplier, dispute, "shipping_document", submit=False
    ).file
    found.files["submitted supplier document"] = add_evidence(
        c.supplier, dispute, "shipping_document"
    ).file
    found.files["order document"] = order_document_add(
        actor=c.supplier,
        order=order,
        kind="sales_contract",
        upload=_pdf("contract"),
        name="contract.pdf",
    ).file
    found.files["buyer verification document"] = organization_document_add(
        actor=c.buyer,
        organization=c.buyer.organization,
        kind="business_licence",
        upload=_pdf("licence"),
        name="licence.pdf",
    ).file
    return found


TRADE_RULES = {
    "submitted buyer photo": {"buyer", "supplier", "officer"},
    "submitted supplier document": {"buyer", "supplier", "officer"},
    "buyer draft": {"buyer"},
    "supplier draft": {"supplier"},
    "order document": {"buyer", "supplier", "officer"},
    "buyer verification document": {"buyer", "officer"},
}


@pytest.mark.parametrize("api", [False, True], ids=["web", "api"])
@pytest.mark.parametrize("ref", list(TRADE_RULES))
def test_trade_files_are_shown_to_exactly_those_who_may_see_them(
    trade: Files, ref: str, api: bool
) -> None:
    stored = trade.files[ref]
    status = _api_status if api else _web_status
    got = {who: status(trade.people[who], stored) for who in WHO}
    assert got == {who: expected(TRADE_RULES[ref], who, api=api) for who in WHO}


def test_a_draft_becomes_visible_to_the_other_side_once_submitted(trade: Files) -> None:
    from tradeguard.disputes.models import EvidenceItem
    from tradeguard.disputes.services import evidence_submit

    draft = EvidenceItem.objects.get(file=trade.files["buyer draft"])
    assert _web_status(trade.people["supplier"], draft.file) == 404
    evidence_submit(actor=trade.people["buyer"], dispute=draft.dispute, item=draft)
    assert _web_status(trade.people["supplier"], draft.file) == 200
    assert _web_status(trade.people["officer"], draft.file) == 200
    assert _web_status(trade.people["other_supplier"], draft.file) == 404


def test_unknown_file_is_404_like_a_foreign_one(trade: Files) -> None:
    assert _web_status(trade.people["officer"], StoredFile(pk=999_999)) == 404
    assert _api_status(trade.people["officer"], StoredFile(pk=999_999)) == 404


@pytest.mark.parametrize(
    "path",
    ["/files/{id}/", "/files/{id}/download/", "/files/{id}/thumbnail/240/", "/files/{id}/pages/1/"],
)
def test_every_web_path_asks_the_same_rule(trade: Files, path: str) -> None:
    stored = trade.files["supplier draft"]
    client = Client()
    client.force_login(trade.people["buyer"])
    assert client.get(path.format(id=stored.pk)).status_code == 404


@pytest.mark.parametrize("tail", ["", "/info", "/thumbnail", "/pages/1"])
def test_every_api_path_asks_the_same_rule(trade: Files, tail: str) -> None:
    stored = trade.files["supplier draft"]
    response = ApiClient(trade.people["buyer"]).get(f"files/{stored.pk}{tail}")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


# --- IP: certificates, pictures of the right, letters, counter-notice documents ---------


@pytest.fixture
def ip() -> Files:
    holder = ipf.rights_holder()
    seller = ipf.supplier()
    people: dict[str, User | None] = {
        "rights_holder": holder,
        "other_rights_holder": ipf.rights_holder(),
        "supplier": seller,
        "other_supplier": ipf.supplier(),
        "buyer": buyer(),
        "officer": officer(),
        "anonymous": None,
    }
    found = Files(people)
    # Unique bytes: files are shared by content, and every holder's licence is the same
    # test PDF (whoever has the same bytes may fetch them).
    record = ipf.record(holder, kind="design_patent", certificate=_pdf("certificate 1"))
    found.files["certificate"] = record.certificate  # type: ignore[assignment]
    found.files["picture of the right"] = record.images.get().file
    item = ipf.complaint(holder, record, [ipf.listing(seller.organization)]).items.get()
    item_counter_notice(
        actor=seller,
        item=item,
        explanation="Our own design, sold since 2019; see the design registration.",
        statement_perjury=True,
        consent_jurisdiction=True,
        signature_name="S. Seller",
        documents=[_pdf("our-design")],
    )
    item.refresh_from_db()
    found.files["counter-notice document"] = item.counter_notice.documents.get()
    return found


IP_WHO = ("rights_holder", "other_rights_holder", "supplier", "other_supplier", "buyer", "officer")
IP_RULES = {
    "certificate": {"rights_holder", "officer"},
    # The notified supplier sees what its listing is said to copy.
    "picture of the right": {"rights_holder", "supplier", "officer"},
    "counter-notice document": {"rights_holder", "supplier", "officer"},
}


@pytest.mark.parametrize("api", [False, True], ids=["web", "api"])
@pytest.mark.parametrize("ref", list(IP_RULES))
def test_ip_documents_follow_the_ip_rules(ip: Files, ref: str, api: bool) -> None:
    stored = ip.files[ref]
    status = _api_status if api else _web_status
    got = {who: status(ip.people[who], stored) for who in (*IP_WHO, "anonymous")}
    assert got == {who: expected(IP_RULES[ref], who, api=api) for who in (*IP_WHO, "anonymous")}


# --- specs, catalog and monitoring ------------------------------------------------------


def _people_of_world() -> tuple[Any, dict[str, User | None]]:
    w = world()
    return w, {
        "buyer": w.buyer,
        "other_buyer": buyer(),
        "supplier": w.supplier,
        "other_supplier": supplier(),
        "officer": officer(),
        "inspector": w.inspector,
        "anonymous": None,
    }


def test_inspection_photos_follow_the_inspection(db: None) -> None:
    w, people = _people_of_world()
    photo = specs_services.inspection_photo_add(
        actor=w.inspector,
        inspection=booked(w),
        upload=io.BytesIO(png_bytes(color=(1, 2, 3))),
        name="carton.png",
    )
    allowed = {"buyer", "supplier", "officer", "inspector"}
    for api, status in ((False, _web_status), (True, _api_status)):
        got = {who: status(user, photo.file) for who, user in people.items()}
        assert got == {who: expected(allowed, who, api=api) for who in people}


def test_approved_sample_photos_follow_the_order(db: None) -> None:
    w, people = _people_of_world()
    photo = specs_services.approved_sample_photo_add(
        actor=w.buyer,
        order=w.order,
        upload=io.BytesIO(png_bytes(color=(4, 5, 6))),
        name="golden-sample.png",
    )
    got = {who: _web_status(user, photo.file) for who, user in people.items()}
    # Whoever may see the order: its parties, officers, and none else (the inspector
    # sees orders it was booked for; none here).
    assert got == {
        who: expected({"buyer", "supplier", "officer"}, who, api=False) for who in people
    }


def test_letters_and_appeal_documents_follow_the_ip_rules(db: None) -> None:
    from tradeguard.accounts.enums import Role
    from tradeguard.ip.services import agent_authorization_submit
    from tradeguard.ip.services.moves import item_appeal, item_remove

    principal = ipf.rights_holder()
    agent = ipf.rights_holder(role=Role.AGENT)
    letter = agent_authorization_submit(
        actor=agent,
        principal=principal.organization,
        letter=_pdf("letter of authorization"),
        valid_until=clock.now().date().replace(year=clock.now().year + 1),
    ).letter
    stranger = ipf.rights_holder()
    assert {
        who: _web_status(user, letter)
        for who, user in {
            "agent": agent,
            "principal": principal,
            "officer": officer(),
            "other_rights_holder": stranger,
        }.items()
    } == {"agent": 200, "principal": 200, "officer": 200, "other_rights_holder": 404}

    seller = ipf.supplier()
    record = ipf.record(principal, certificate=_pdf("certificate 2"))
    item = ipf.complaint(principal, record, [ipf.listing(seller.organization)]).items.get()
    item_remove(actor=seller, item=item)
    appeal = item_appeal(
        actor=seller,
        item=item,
        explanation="The listing sold our own brand; see the registration.",
        documents=[_pdf("our registration")],
    )
    document = appeal.documents.get()
    assert _web_status(seller, document) == 200
    assert _web_status(principal, document) == 200
    assert _web_status(officer(), document) == 200
    assert _web_status(ipf.supplier(), document) == 404
    assert _web_status(stranger, document) == 404


def test_monitored_images_follow_monitoring(db: None) -> None:
    from tradeguard.monitoring.tests.factories import monitored

    owner = ipf.rights_holder()
    image = monitored(owner, seed=11)
    assert _web_status(owner, image.file) == 200
    assert _web_status(officer(), image.file) == 200
    assert _web_status(ipf.rights_holder(), image.file) == 404
    assert _web_status(supplier(), image.file) == 404


def test_listing_images_follow_the_listing(db: None) -> None:
    seller = supplier()
    listing = listing_factory(actor=seller)
    image = listing_image(listing, seller, color=(9, 9, 9))
    stranger = buyer()
    assert _web_status(stranger, image.file) == 200  # an active listing is public
    listing_set_status(actor=seller, listing=listing, status="hidden")
    assert _web_status(stranger, image.file) == 404
    assert _web_status(seller, image.file) == 200


def test_every_reference_kind_is_registered() -> None:
    """A new model that refers to stored files must say who may see them."""
    from django.apps import apps

    from tradeguard.evidence.models import StoredFile as SF

    referring = set()
    for model in apps.get_models():
        for f in model._meta.get_fields():
            if getattr(f, "related_model", None) is SF and (f.many_to_many or f.many_to_one):
                referring.add(f"{model._meta.label}.{f.name}")
    covered = {
        "disputes.EvidenceItem.file",
        "orders.OrderDocument.file",
        "accounts.OrganizationDocument.file",
        "ip.AgentAuthorization.letter",
        "ip.IpRecord.certificate",
        "ip.IpRecord.translation",
        "ip.IpRecordImage.file",
        "ip.CounterNotice.documents",
        "ip.Appeal.documents",
        "specs.ApprovedSamplePhoto.file",
        "specs.InspectionPhoto.file",
        "catalog.ListingImage.file",
        "monitoring.MonitoredImage.file",
        # Derived data of a monitored or listing image, never shown by itself.
        "monitoring.ImageFingerprint.file",
    }
    assert referring == covered
    assert len(REFERENCES) >= 14


def test_api_resources_name_their_files_for_the_files_endpoint(trade: Files) -> None:
    from tradeguard.disputes.models import EvidenceItem

    photo = EvidenceItem.objects.get(file=trade.files["submitted buyer photo"])
    api = ApiClient(trade.people["officer"])
    evidence = api.get(f"disputes/{photo.dispute_id}").json()["evidence"]
    shown = {e["file"]["id"]: e["file"] for e in evidence}
    assert trade.files["buyer draft"].pk not in shown  # drafts stay with their side
    described = shown[photo.file_id]
    assert described["sha256"] == photo.file.sha256
    assert described["mime_type"] == "image/png"
    fetched = api.get(described["url"])
    assert fetched.status_code == 200
    assert fetched["X-Content-SHA256"] == photo.file.sha256
