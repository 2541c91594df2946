from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from tradeguard.accounts.tests.factories import DEFAULT_PASSWORD, officer
from tradeguard.common.demo import DemoContext
from tradeguard.ip.enums import ItemStatus
from tradeguard.ip.models import Complaint, ComplaintItem
from tradeguard.ip.tests import factories as f

pytestmark = pytest.mark.django_db


def _client(user) -> Client:
    client = Client()
    assert client.login(username=user.email, password=DEFAULT_PASSWORD)
    return client


def test_demo_seed_is_idempotent_and_covers_states():
    from tradeguard.accounts import demo as accounts_demo
    from tradeguard.catalog import demo as catalog_demo
    from tradeguard.ip import demo

    ctx = DemoContext(log=lambda _: None)
    for _ in range(2):
        accounts_demo.seed(ctx)
        catalog_demo.seed(ctx)
        demo.seed(ctx)
    rights = ctx.users["rights"].organization
    assert Complaint.objects.filter(rights_holder=rights).count() == 5
    statuses = set(ComplaintItem.objects.values_list("status", flat=True))
    assert {
        ItemStatus.NOTIFIED,
        ItemStatus.REJECTED,
        ItemStatus.REMOVED,
        ItemStatus.UNDER_REVIEW,
        ItemStatus.COUNTER_NOTICED,
        ItemStatus.WITHDRAWN,
    } <= statuses
    supplier3 = ctx.users["supplier3"].organization
    assert ComplaintItem.objects.filter(supplier=supplier3).exclude(status="rejected").count() == 3


def test_pages_for_each_role(frozen):
    holder = f.rights_holder()
    rec = f.record(holder)
    supplier = f.supplier()
    listing = f.listing(supplier.organization)
    complaint = f.complaint(holder, rec, [listing])
    item = complaint.items.get()
    rh = _client(holder)
    assert b"Listings in play" in rh.get(reverse("ip:portal")).content
    page = rh.get(reverse("ip:complaint", args=[complaint.pk]))
    assert page.status_code == 200
    assert listing.title.encode() in page.content
    assert rh.get(reverse("ip:record", args=[rec.pk])).status_code == 200
    sup = _client(supplier)
    assert listing.title.encode() in sup.get(reverse("ip:portal")).content
    notice = sup.get(reverse("ip:item", args=[item.pk]))
    assert b"file a counter-notice" in notice.content
    assert b"Remove the listing" in notice.content
    assert sup.get(reverse("ip:complaint", args=[complaint.pk])).status_code == 404
    other = _client(f.supplier())
    assert other.get(reverse("ip:item", args=[item.pk])).status_code == 404
    assert _client(officer()).get(reverse("ip:queue")).status_code == 200
    # Every role's dashboard renders the IP panel.
    assert b"IP notices to answer" in sup.get(reverse("web:dashboard")).content
    assert b"IP protection" in rh.get(reverse("web:dashboard")).content
    assert b"IP protection queues" in _client(officer()).get(reverse("web:dashboard")).content
    public = Client().get(reverse("ip:transparency"))
    assert public.status_code == 200
    assert b"transparency report" in public.content
    template = Client().get(reverse("ip:csv_template"))
    assert template["Content-Type"].startswith("text/csv")
    assert template.content.splitlines()[0] == b"listing,note"


def test_counter_notice_form_shows_errors_next_to_fields(frozen):
    holder = f.rights_holder()
    supplier = f.supplier()
    c = f.complaint(holder, f.record(holder), [f.listing(supplier.organization)])
    item = c.items.get()
    page = _client(supplier).post(
        reverse("ip:item", args=[item.pk]),
        {"action": "counter", "explanation": "Ours", "signature_name": "Li"},
    )
    assert page.status_code == 200
    assert b"penalty of perjury" in page.content
    assert b'class="errors"' in page.content
    item.refresh_from_db()
    assert item.status == ItemStatus.NOTIFIED


def test_csv_bulk_filing_in_the_ui(frozen):
    holder = f.rights_holder()
    rec = f.record(holder)
    supplier = f.supplier()
    l1, l2 = f.listing(supplier.organization), f.listing(supplier.organization)
    csv = f"listing,note\n{l1.marketplace_url},first\n{l2.pk},second\nhttps://nope.example/1,\n"
    resp = _client(holder).post(
        reverse("ip:complaint_new"),
        {
            "record": str(rec.pk),
            "reason": "counterfeit",
            "listings": "",
            "csv": SimpleUploadedFile("listings.csv", csv.encode(), content_type="text/csv"),
            "explanation": "Counterfeits of our LUMEN lamps.",
            "statement_good_faith": "on",
            "statement_accuracy": "on",
            "statement_authority": "on",
            "signature_name": "Rachel Rights",
        },
    )
    assert resp.status_code == 302, resp.content.decode()[:2000]
    complaint = Complaint.objects.get()
    assert [(i.status, i.note) for i in complaint.items.order_by("position")] == [
        ("notified", "first"),
        ("notified", "second"),
        ("rejected", ""),
    ]


def _stacked_row(page: str, anchor: str) -> str:
    """The row holding `anchor` in the first stacked table (.table-stack) after it."""
    start = page.index(anchor)
    assert '<table class="table table-stack">' in page[:start]
    return page[start : page.index("</tr>", start)]


def test_ip_tables_name_their_columns_for_a_phone(frozen):
    """On a phone the portal's, queue's and report's tables turn into one block per row
    (.table-stack): every cell but the title carries its column's name, so status and
    deadlines stay readable without scrolling sideways."""
    holder = f.rights_holder()
    rec = f.record(holder)
    pending = f.record(holder, approve=False)
    complaint = f.complaint(holder, rec, [f.listing(f.supplier().organization)])
    portal = _client(holder).get(reverse("ip:portal")).content.decode()
    waiting = _stacked_row(portal, f'href="{reverse("ip:complaint", args=[complaint.pk])}"')
    for column in ("Listing", "Status", "Deadline"):
        assert f'data-label="{column}"' in waiting
    for column in ("Reason", "Record", "Listings", "Filed", "Kind", "Number", "Valid until"):
        assert f'data-label="{column}"' in portal
    queue = _client(officer()).get(reverse("ip:queue")).content.decode()
    row = _stacked_row(queue, f'href="{reverse("ip:record", args=[pending.pk])}"')
    for column in ("Rights holder", "Kind", "Review target"):
        assert f'data-label="{column}"' in row
    report = Client().get(reverse("ip:transparency")).content.decode()
    for column in ("Outcomes (listing items by status)", "Complaints", "Median hours to action"):
        assert f'data-label="{column}"' in report


def test_record_form_names_the_certificate_language_in_the_readers_words(frozen):
    """The document language is chosen by name (English and Chinese first, then every
    ISO 639-1 language), not typed as a code; a certificate in German is filed with its
    translation, and a tampered code is refused on the field with nothing written."""
    from tradeguard.common.testing import PDF_BYTES
    from tradeguard.ip.models import IpRecord

    holder = f.rights_holder()
    client = _client(holder)
    url = reverse("ip:record_new")
    page = client.get(url).content.decode()
    start = page.index('name="document_language"')
    select = page[start : page.index("</select>", start)]
    assert select.index('value="en"') < select.index('value="zh"') < select.index('value="ab"')
    assert '<option value="de">German</option>' in select
    assert '<option value="en" selected>English</option>' in select
    holder.language = "zh-hans"
    holder.save(update_fields=["language"])
    zh = client.get(url).content.decode()
    assert '<option value="de">德语</option>' in zh
    assert '<option value="ja">日语</option>' in zh

    data = {**f.german_trademark_fields(), "document_language": "xx"}
    before = IpRecord.objects.count()
    certificate = SimpleUploadedFile("u.pdf", PDF_BYTES, "application/pdf")
    refused = client.post(url, {**data, "certificate": certificate})
    assert refused.status_code == 200
    assert refused.context["form"].errors["document_language"]
    assert IpRecord.objects.count() == before

    data["document_language"] = "de"
    filed = client.post(
        url,
        {
            **data,
            "certificate": SimpleUploadedFile("u.pdf", PDF_BYTES, "application/pdf"),
            "translation": SimpleUploadedFile("t.pdf", PDF_BYTES + b"%t", "application/pdf"),
        },
    )
    assert filed.status_code == 302, filed.context["form"].errors
    record = IpRecord.objects.get(title="LUMEN", owner=holder.organization)
    assert record.document_language == "de"
    assert "德语" in client.get(filed["Location"]).content.decode()


def test_the_ip_panel_link_says_where_it_goes_in_chinese_too() -> None:
    """The panel's link read "Open", which Chinese took for the status 处理中 (in
    progress): it now says what it opens."""
    desk = officer(language="zh-hans")
    html = _client(desk).get(reverse("web:dashboard")).content.decode()
    assert f'<a href="{reverse("ip:queue")}">打开知识产权队列</a>' in html
    holder = f.rights_holder()
    holder.language = "zh-hans"
    holder.save(update_fields=["language"])
    html = _client(holder).get(reverse("web:dashboard")).content.decode()
    assert f'<a href="{reverse("ip:portal")}">打开知识产权保护</a>' in html
    assert ">处理中</a>" not in html
