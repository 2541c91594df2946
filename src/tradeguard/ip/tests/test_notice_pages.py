"""Notice pages people can use (issue 11): pictures of the listing and of the right for
every party, confirmations that state the consequence, a message after every action,
uploads kept across a refusal, labels instead of codes."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape
from typing import Any

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from tradeguard.accounts.services import user_set_language
from tradeguard.accounts.tests.factories import officer
from tradeguard.catalog.enums import ListingStatus
from tradeguard.catalog.services import listing_image_add, listing_image_remove
from tradeguard.common.testing import PDF_BYTES, png_bytes
from tradeguard.ip.enums import ItemStatus
from tradeguard.ip.models import CounterNotice
from tradeguard.ip.services import item_counter_notice, item_maintain
from tradeguard.ip.tests import factories as f

pytestmark = pytest.mark.django_db


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _messages(response: Any) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.fixture
def notice(frozen: Any) -> dict[str, Any]:
    holder = f.rights_holder()
    rec = f.record(holder, kind="copyright", title="Lamp photographs 2024")
    # A supplier in China reads Chinese by default; these tests read the English texts.
    supplier = user_set_language(actor=f.supplier(), language="en")
    listing = f.listing(supplier.organization, title="Copied arc lamp")
    photo = listing_image_add(
        actor=supplier, listing=listing, upload=f.png("copy.png", (200, 30, 30)), name="copy.png"
    )
    complaint = f.complaint(holder, rec, [listing])
    return {
        "holder": holder,
        "record": rec,
        "supplier": supplier,
        "listing": listing,
        "photo": photo,
        "complaint": complaint,
        "item": complaint.items.get(),
    }


def _picture_urls(html: str, item_pk: int) -> list[str]:
    return sorted(set(re.findall(rf'src="(/ip/items/{item_pk}/pictures/[a-z]+/\d+/)"', html)))


def test_every_party_sees_the_listing_beside_the_right(notice: dict[str, Any]) -> None:
    item, photo = notice["item"], notice["photo"]
    right = notice["record"].images.get()
    expected = sorted(
        [
            reverse("ip:item_picture", args=[item.pk, "listing", photo.pk]),
            reverse("ip:item_picture", args=[item.pk, "right", right.pk]),
        ]
    )
    for user in (notice["holder"], notice["supplier"], officer()):
        client = _client(user)
        html = client.get(reverse("ip:item", args=[item.pk])).content.decode()
        assert "The listing and the right asserted" in html
        assert _picture_urls(html, item.pk) == expected
        for url in expected:
            image = client.get(url)
            assert image.status_code == 200
            assert image["Content-Type"] == "image/png"
            assert image["X-Content-Type-Options"] == "nosniff"


def test_pictures_are_for_the_notice_s_parties_only(notice: dict[str, Any]) -> None:
    item, photo = notice["item"], notice["photo"]
    url = reverse("ip:item_picture", args=[item.pk, "listing", photo.pk])
    assert _client(f.supplier()).get(url).status_code == 404
    assert _client(f.rights_holder()).get(url).status_code == 404
    assert Client().get(url).status_code == 302  # to the login page
    other = f.listing(f.supplier().organization)
    stranger = listing_image_add(
        actor=other.supplier.members.first(), listing=other, upload=f.png("x.png"), name="x.png"
    )
    client = _client(notice["holder"])
    wrong_image = reverse("ip:item_picture", args=[item.pk, "listing", stranger.pk])
    assert client.get(wrong_image).status_code == 404
    wrong_kind = reverse("ip:item_picture", args=[item.pk, "certificate", photo.pk])
    assert client.get(wrong_kind).status_code == 404


def test_the_listing_s_photos_stay_visible_after_removal(notice: dict[str, Any]) -> None:
    supplier, item, photo = notice["supplier"], notice["item"], notice["photo"]
    listing_image_remove(actor=supplier, listing=notice["listing"], image_id=photo.pk)
    client = _client(supplier)
    client.post(reverse("ip:item", args=[item.pk]), {"action": "remove", "confirmed": "yes"})
    notice["listing"].refresh_from_db()
    assert notice["listing"].status == ListingStatus.REMOVED
    holder = _client(notice["holder"])
    html = holder.get(reverse("ip:item", args=[item.pk])).content.decode()
    assert "Since removed from the listing" in html
    url = reverse("ip:item_picture", args=[item.pk, "listing", photo.pk])
    assert holder.get(url).status_code == 200  # the catalog no longer shows it to them


def test_a_trademark_without_images_shows_its_word_mark(frozen: Any) -> None:
    holder = f.rights_holder()
    rec = f.record(holder, title="LUMEN")
    item = f.complaint(holder, rec, [f.listing(f.supplier().organization)]).items.get()
    html = _client(holder).get(reverse("ip:item", args=[item.pk])).content.decode()
    assert '<span class="wordmark">LUMEN</span>' in html
    assert "The listing has no photos." in html


def test_removing_asks_first_with_the_consequence(notice: dict[str, Any]) -> None:
    item, client = notice["item"], _client(notice["supplier"])
    url = reverse("ip:item", args=[item.pk])
    page = client.get(url).content.decode()
    # The removal sits in its own card, after the counter-notice form.
    assert page.index("Sign and file counter-notice") < page.index("Or remove the listing")
    question = client.post(url, {"action": "remove"})
    html = question.content.decode()
    assert question.status_code == 200
    assert "Remove “Copied arc lamp” from the marketplace?" in html
    assert "This counts against your store." in html
    assert "gives your store 2 sanction points" in html
    assert 'name="confirmed" value="yes"' in html
    item.refresh_from_db()
    assert item.status == ItemStatus.NOTIFIED  # nothing happened yet
    done = client.post(url, {"action": "remove", "confirmed": "yes"})
    assert done.status_code == 302
    item.refresh_from_db()
    assert item.status == ItemStatus.REMOVED
    [message] = _messages(done)
    assert message.startswith("“Copied arc lamp” is removed from the marketplace")
    assert "you can still file a counter-notice until" in message


def test_withdrawing_a_complaint_asks_first_and_keeps_the_reason(notice: dict[str, Any]) -> None:
    complaint, client = notice["complaint"], _client(notice["holder"])
    url = reverse("ip:complaint", args=[complaint.pk])
    question = client.post(url, {"reason": "Wrong listing"})
    html = question.content.decode()
    assert f"Withdraw complaint #{complaint.pk}?" in html
    assert "1 listing still in play is withdrawn" in html
    assert "This cannot be undone" in html
    assert 'name="reason" value="Wrong listing"' in html
    complaint.refresh_from_db()
    assert complaint.status == "open"
    done = client.post(url, {"reason": "Wrong listing", "confirmed": "yes"})
    complaint.refresh_from_db()
    assert complaint.status == "withdrawn"
    assert complaint.withdrawal_reason == "Wrong listing"
    assert _messages(done) == [
        f"Complaint #{complaint.pk} withdrawn: 1 listing withdrawn. The suppliers were told; "
        "nothing further happens on this complaint."
    ]


def _countered(notice: dict[str, Any]) -> Any:
    item_counter_notice(
        actor=notice["supplier"],
        item=notice["item"],
        explanation="Our own photo.",
        statement_perjury=True,
        consent_jurisdiction=True,
        signature_name="Li",
    )
    return notice["item"]


def test_the_rights_holder_s_answers_confirm_and_report(notice: dict[str, Any]) -> None:
    item, client = _countered(notice), _client(notice["holder"])
    url = reverse("ip:item", args=[item.pk])
    question = unescape(client.post(url, {"action": "accept"}).content.decode())
    assert "Accept the supplier's counter-notice for “Copied arc lamp”?" in question
    assert "You cannot maintain the complaint afterwards." in question
    done = client.post(url, {"action": "accept", "confirmed": "yes"})
    item.refresh_from_db()
    assert item.status == ItemStatus.DISMISSED
    assert _messages(done) == [
        "Counter-notice accepted: “Copied arc lamp” stays up. The supplier was told."
    ]


def test_maintaining_needs_no_confirmation_and_says_what_comes_next(
    notice: dict[str, Any],
) -> None:
    item, client = _countered(notice), _client(notice["holder"])
    done = client.post(reverse("ip:item", args=[item.pk]), {"action": "maintain", "reason": "x"})
    item.refresh_from_db()
    assert item.status == ItemStatus.UNDER_REVIEW
    [message] = _messages(done)
    assert "A platform officer now decides" in message


def test_an_officer_s_decision_confirms_with_the_posted_reason(notice: dict[str, Any]) -> None:
    item = _countered(notice)
    item_maintain(actor=notice["holder"], item=item)
    client = _client(officer())
    url = reverse("ip:item", args=[item.pk])
    form = {"action": "decide", "uphold": "1", "reason": "Same photo, pixel for pixel."}
    question = client.post(url, form).content.decode()
    assert "Record this decision on “Copied arc lamp”?" in question
    assert "“Copied arc lamp” is removed from the marketplace." in question
    assert "The supplier gets 2 sanction points" in question
    assert 'name="reason" value="Same photo, pixel for pixel."' in question
    # A form error is shown on the page, not asked about.
    missing = client.post(url, {"action": "decide", "uphold": "1", "reason": ""})
    assert "Record this decision" not in missing.content.decode()
    done = client.post(url, {**form, "confirmed": "yes"})
    item.refresh_from_db()
    assert item.status == ItemStatus.REMOVED
    [message] = _messages(done)
    assert message.startswith("Decision recorded: “Copied arc lamp” is removed")


def test_a_refused_counter_notice_keeps_the_uploaded_files(notice: dict[str, Any]) -> None:
    item, client = notice["item"], _client(notice["supplier"])
    url = reverse("ip:item", args=[item.pk])
    first = client.post(
        url,
        {
            "action": "counter",
            "explanation": "We photographed our own lamp.",
            "signature_name": "Li Wei",
            "documents": [
                SimpleUploadedFile("design.pdf", PDF_BYTES, content_type="application/pdf"),
                SimpleUploadedFile("studio.png", png_bytes(), content_type="image/png"),
                SimpleUploadedFile("tool.exe", b"MZ\x90\x00" * 64),
            ],
        },
    )
    html = first.content.decode()
    assert first.status_code == 200
    assert "Under penalty of perjury" in html  # the statement that was missing
    assert "We photographed our own lamp." in html
    assert 'value="Li Wei"' in html
    assert "design.pdf" in html
    assert "studio.png" in html
    assert "“tool.exe”:" in html  # the bad file is named; the good ones are kept
    token = re.search(r'name="documents_kept" value="([^"]+)"', html)
    kept_ids = re.findall(r'name="documents_keep" value="(\d+)" checked', html)
    assert token is not None
    assert len(kept_ids) == 2
    assert not CounterNotice.objects.exists()
    second = client.post(
        url,
        {
            "action": "counter",
            "explanation": "We photographed our own lamp.",
            "signature_name": "Li Wei",
            "statement_perjury": "on",
            "consent_jurisdiction": "on",
            "documents_kept": token.group(1),
            "documents_keep": kept_ids[:1],  # the supplier unticked the photo
        },
    )
    assert second.status_code == 302
    counter = CounterNotice.objects.get()
    assert [d.pk for d in counter.documents.all()] == [int(kept_ids[0])]
    [message] = _messages(second)
    assert message.startswith("Counter-notice filed and sent to the rights holder.")
    assert "has until" in message


def test_kept_files_cannot_be_borrowed_from_another_notice(notice: dict[str, Any]) -> None:
    from django.core import signing

    from tradeguard.ip.views import DOCUMENTS_SALT

    item, supplier = notice["item"], notice["supplier"]
    forged = signing.dumps({"u": supplier.pk, "i": item.pk + 1, "f": [1]}, salt=DOCUMENTS_SALT)
    response = _client(supplier).post(
        reverse("ip:item", args=[item.pk]),
        {
            "action": "counter",
            "explanation": "x",
            "signature_name": "Li",
            "statement_perjury": "on",
            "consent_jurisdiction": "on",
            "documents_kept": forged,
            "documents_keep": ["1"],
        },
    )
    assert response.status_code == 302
    assert CounterNotice.objects.get().documents.count() == 0


def test_a_tampered_kept_files_token_is_refused(notice: dict[str, Any]) -> None:
    item = notice["item"]
    tampered = _client(notice["supplier"]).post(
        reverse("ip:item", args=[item.pk]),
        {"action": "counter", "explanation": "x", "documents_kept": "bogus"},
    )
    assert "are no longer held" in tampered.content.decode()
    assert not CounterNotice.objects.exists()


def test_pages_show_labels_not_codes(notice: dict[str, Any], frozen: Any) -> None:
    frozen.shift(dt.timedelta(hours=1))  # the transparency report counts what came before now
    client = _client(notice["holder"])
    complaint = client.get(reverse("ip:complaint", args=[notice["complaint"].pk]))
    html = complaint.content.decode()
    assert "Copied product image" in html
    assert "image_copy" not in html
    assert "Record:" not in html  # internal ids are left out of the history
    item = notice["item"]
    assert '<td data-label="Whose move">Supplier</td>' in html  # whose move, as a label
    transparency = Client().get(reverse("ip:transparency")).content.decode()
    assert "Copied product image" in transparency
    assert "Supplier notified: 1" in transparency
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", re.sub(r"<[^>]+>", " ", transparency))
    page = _client(notice["supplier"]).get(reverse("ip:item", args=[item.pk])).content.decode()
    assert "/ip/items/" not in re.sub(r'(href|src|action|hx-get|value)="[^"]*"', "", page)


def test_the_listing_page_links_its_notices(notice: dict[str, Any]) -> None:
    listing, item = notice["listing"], notice["item"]
    html = _client(notice["supplier"]).get(reverse("catalog:detail", args=[listing.pk]))
    text = html.content.decode()
    assert "IP notices on this listing" in text
    assert f'href="{reverse("ip:item", args=[item.pk])}"' in text
    buyer_view = _client(f.supplier()).get(reverse("catalog:detail", args=[listing.pk]))
    assert "IP notices on this listing" not in buyer_view.content.decode()


def test_record_pictures_are_shown_to_those_who_see_the_record(notice: dict[str, Any]) -> None:
    rec = notice["record"]
    image = rec.images.get()
    url = reverse("ip:record_picture", args=[rec.pk, image.pk])
    html = _client(notice["holder"]).get(reverse("ip:record", args=[rec.pk])).content.decode()
    assert url in html
    assert "English" in html  # the document language by name
    assert _client(notice["holder"]).get(url).status_code == 200
    assert _client(notice["supplier"]).get(url).status_code == 404


def test_the_status_line_speaks_to_the_party_whose_move_it_is(notice: dict[str, Any]) -> None:
    item = notice["item"]
    url = reverse("ip:item", args=[item.pk])

    def status_line(user: Any) -> str:
        html = unescape(_client(user).get(url).content.decode())
        block = html.split('class="alert alert-info" role="status">', 1)[1].split("</div>", 1)[0]
        return " ".join(re.sub(r"<[^>]+>", " ", block).split())

    supplier_line = status_line(notice["supplier"])
    assert supplier_line.startswith("Waiting on: you.")
    assert "Remove the listing or file a counter-notice below" in supplier_line
    holder_line = status_line(notice["holder"])
    assert holder_line.startswith("Waiting on: the supplier.")
    assert "The supplier removes the listing or counter-notifies" in holder_line

    _countered(notice)
    # The listing was never taken down, so it simply stays without an answer.
    assert status_line(notice["holder"]).endswith(
        "Accept the counter-notice or maintain your complaint below; without an answer the "
        "listing stays."
    )
    assert status_line(notice["supplier"]).startswith("Waiting on: the rights holder.")
