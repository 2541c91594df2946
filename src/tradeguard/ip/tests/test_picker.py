"""The complaint form's listing picker: search by title, store, number or URL, cards with
the listing's first photo, picks kept across a refusal, errors named by the listing
(issue 11, point 9)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from tradeguard.accounts.tests.factories import buyer
from tradeguard.catalog.services import listing_image_add, listing_set_status
from tradeguard.ip import selectors
from tradeguard.ip.enums import ItemStatus
from tradeguard.ip.models import Complaint
from tradeguard.ip.tests import factories as f

pytestmark = pytest.mark.django_db


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def market(frozen: Any) -> dict[str, Any]:
    holder = f.rights_holder()
    rec = f.record(holder)
    lamp_maker = f.supplier(name="Shenzhen Lamp Works")
    bottle_maker = f.supplier(name="Ningbo Bottles")
    lamp = f.listing(lamp_maker.organization, title="Arc desk lamp LED")
    listing_image_add(actor=lamp_maker, listing=lamp, upload=f.png("lamp.png"), name="lamp.png")
    bottle = f.listing(bottle_maker.organization, title="Steel bottle 500 ml")
    hidden = f.listing(lamp_maker.organization, title="Arc floor lamp (hidden)")
    listing_set_status(actor=lamp_maker, listing=hidden, status="hidden", reason="Restock")
    return {
        "holder": holder,
        "record": rec,
        "lamp_maker": lamp_maker,
        "lamp": lamp,
        "bottle": bottle,
        "hidden": hidden,
    }


def _found(user: Any, query: str) -> list[int]:
    return [c.listing.pk for c in selectors.listing_choices(user, query=query)]


def test_search_by_title_store_number_and_url(market: dict[str, Any]) -> None:
    holder, lamp, bottle = market["holder"], market["lamp"], market["bottle"]
    assert _found(holder, "arc desk") == [lamp.pk]  # the hidden floor lamp is not offered
    assert _found(holder, "ningbo") == [bottle.pk]
    assert _found(holder, f"#{bottle.pk}") == [bottle.pk]
    assert _found(holder, str(lamp.pk))[0] == lamp.pk
    assert _found(holder, lamp.marketplace_url + "/") == [lamp.pk]
    assert _found(holder, "a") == []  # too short to search
    assert selectors.listing_choices(buyer(), query="lamp") == []  # reporters only


def test_search_marks_listings_already_reported_in_a_fixed_number_of_queries(
    market: dict[str, Any], django_assert_max_num_queries: Any
) -> None:
    holder, lamp = market["holder"], market["lamp"]
    complaint = f.complaint(holder, market["record"], [lamp])
    for n in range(5):
        f.listing(market["lamp_maker"].organization, title=f"Arc lamp copy {n}")
    # suppliers by name, listings, their photos, the reporter's organizations, reports
    with django_assert_max_num_queries(5):
        found = selectors.listing_choices(holder, query="arc")
    choice = next(c for c in found if c.listing.pk == lamp.pk)
    assert choice.reported is not None
    assert choice.reported.complaint_id == complaint.pk
    assert choice.blocked == f"Already named in your complaint #{complaint.pk}."
    assert choice.image is not None  # its first photo for the card
    assert all(not c.blocked for c in found if c.listing.pk != lamp.pk)


def test_search_results_are_cards_with_thumbnails(market: dict[str, Any]) -> None:
    client = _client(market["holder"])
    lamp = market["lamp"]
    page = client.get(reverse("ip:listing_search"), {"q": "lamp works"})
    html = page.content.decode()
    assert page.status_code == 200
    image = lamp.images.get()
    assert reverse("catalog:image", args=[lamp.pk, image.pk]) in html
    assert "Arc desk lamp LED" in html
    assert "Shenzhen Lamp Works" in html
    assert f"Listing #{lamp.pk}" in html
    # A listing already picked says so instead of offering it again.
    again = client.get(reverse("ip:listing_search"), {"q": "lamp works", "picked": lamp.pk})
    assert ">Added<" in again.content.decode()
    assert (
        "No active listing matches"
        in client.get(reverse("ip:listing_search"), {"q": "zzz"}).content.decode()
    )


def test_picking_returns_the_card_once_and_dropping_frees_the_button(
    market: dict[str, Any],
) -> None:
    client = _client(market["holder"])
    lamp = market["lamp"]
    url = reverse("ip:listing_pick")
    card = client.get(url, {"id": lamp.pk}).content.decode()
    assert f'<input type="hidden" name="picked" value="{lamp.pk}">' in card
    assert f'name="note_{lamp.pk}"' in card
    assert 'hx-swap-oob="true"' in card
    assert ">Added<" in card
    repeat = client.get(url, {"id": lamp.pk, "picked": lamp.pk}).content.decode()
    assert 'name="picked"' not in repeat
    dropped = client.get(url, {"drop": lamp.pk}).content.decode()
    assert 'name="picked"' not in dropped
    assert ">Add<" in dropped
    assert client.get(url, {"id": 999999}).status_code == 404
    assert client.get(url, {"id": market["hidden"].pk}).status_code == 404


def _form(rec: Any, **extra: Any) -> dict[str, Any]:
    data = {
        "record": str(rec.pk),
        "reason": "counterfeit",
        "listings": "",
        "explanation": "Counterfeit LUMEN lamps.",
        "statement_good_faith": "on",
        "statement_accuracy": "on",
        "statement_authority": "on",
        "signature_name": "Rachel Rights",
    }
    data.update(extra)
    return data


def test_filing_from_picks_with_notes(market: dict[str, Any]) -> None:
    client = _client(market["holder"])
    lamp, bottle = market["lamp"], market["bottle"]
    response = client.post(
        reverse("ip:complaint_new"),
        _form(
            market["record"],
            picked=[lamp.pk, bottle.pk],
            **{f"note_{lamp.pk}": "Our logo on the shade", f"note_{bottle.pk}": ""},
        ),
    )
    complaint = Complaint.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("ip:complaint", args=[complaint.pk])
    items = list(complaint.items.order_by("position"))
    assert [(i.listing_id, i.note, i.reference) for i in items] == [
        (lamp.pk, "Our logo on the shade", lamp.marketplace_url),
        (bottle.pk, "", bottle.marketplace_url),
    ]
    [message] = [str(m) for m in get_messages(response.wsgi_request)]
    assert message.startswith(f"Complaint #{complaint.pk} filed: 2 listings notified.")
    # 3 working days in China (end of day there), shown in the rights holder's zone.
    assert "answers by 2025-09-25 16:59 UTC+1" in message


def test_a_refusal_keeps_picks_notes_pasted_lines_and_csv_rows(market: dict[str, Any]) -> None:
    client = _client(market["holder"])
    lamp, bottle = market["lamp"], market["bottle"]
    csv = SimpleUploadedFile("more.csv", f"listing,note\n{bottle.pk},from csv\n".encode())
    page = client.post(
        reverse("ip:complaint_new"),
        _form(
            market["record"],
            picked=[lamp.pk],
            listings="https://nowhere.example/x",
            csv=csv,
            statement_accuracy="",
            **{f"note_{lamp.pk}": "Shade logo"},
        ),
    )
    html = page.content.decode()
    assert page.status_code == 200
    assert not Complaint.objects.exists()
    assert "State, under penalty of perjury" in html
    assert f'name="picked" value="{lamp.pk}"' in html
    assert 'value="Shade logo"' in html
    assert "https://nowhere.example/x" in html
    assert "1 listing from “more.csv” is kept" in html
    kept = re.search(r'name="csv_kept" value="([^"]*)"', html)
    assert kept is not None
    rows = json.loads(kept.group(1).replace("&quot;", '"'))["rows"]
    assert rows == [[str(bottle.pk), "from csv"]]
    # The next attempt files all three sources without uploading the CSV again.
    response = client.post(
        reverse("ip:complaint_new"),
        _form(
            market["record"],
            picked=[lamp.pk],
            csv_kept=json.dumps({"name": "more.csv", "rows": rows}),
            **{f"note_{lamp.pk}": "Shade logo"},
        ),
    )
    assert response.status_code == 302
    notes = list(Complaint.objects.get().items.order_by("position").values_list("note", flat=True))
    assert notes == ["Shade logo", "from csv"]


def test_errors_name_the_listing_not_its_index(market: dict[str, Any]) -> None:
    holder = market["holder"]
    org = holder.organization
    org.registration_number = "GB-0123456"
    org.save(update_fields=["registration_number"])
    # The rights holder's own store: the same company (registration number) as a supplier.
    own_store = f.supplier(country=org.country, registration_number=org.registration_number)
    own = f.listing(own_store.organization, title="Our own lamp")
    client = _client(holder)
    page = client.post(
        reverse("ip:complaint_new"),
        _form(market["record"], picked=[own.pk], listings="https://nowhere.example/x"),
    )
    html = page.content.decode()
    assert "None of the listings can be processed" in html
    assert "“https://nowhere.example/x”: No listing with this URL or id" in html
    own_card = html[html.index(f'id="pick-{own.pk}"') :]
    assert "The listing belongs to the rights holder itself" in own_card[:3000]
    assert "Listings.0" not in html
    assert "listings.1" not in html.lower()


def test_without_javascript_add_and_search_rerender_the_form_without_filing(
    market: dict[str, Any],
) -> None:
    client = _client(market["holder"])
    lamp = market["lamp"]
    page = client.post(
        reverse("ip:complaint_new"),
        {"record": "", "reason": "counterfeit", "q": "arc desk", "add": lamp.pk, "explanation": ""},
    )
    html = page.content.decode()
    assert page.status_code == 200
    assert f'name="picked" value="{lamp.pk}"' in html
    assert "This field is required" not in html  # not filing: no complaints about blanks
    assert ">Added<" in html  # the search results show it taken
    dropped = client.post(
        reverse("ip:complaint_new"), {"picked": [lamp.pk], "drop": lamp.pk, "q": ""}
    )
    assert f'name="picked" value="{lamp.pk}"' not in dropped.content.decode()
    assert not Complaint.objects.exists()


def test_several_records_are_chosen_explicitly(market: dict[str, Any]) -> None:
    holder = market["holder"]
    f.record(holder, kind="copyright")
    html = _client(holder).get(reverse("ip:complaint_new")).content.decode()
    assert '<option value="" selected>Choose a record…</option>' in html
    page = _client(holder).post(
        reverse("ip:complaint_new"), _form(market["record"], record="", picked=[market["lamp"].pk])
    )
    assert "Choose the IP record that backs this complaint." in page.content.decode()
    assert not Complaint.objects.exists()


def test_reason_mismatch_speaks_in_labels(market: dict[str, Any]) -> None:
    page = _client(market["holder"]).post(
        reverse("ip:complaint_new"),
        _form(market["record"], reason="image_copy", picked=[market["lamp"].pk]),
    )
    html = page.content.decode()
    assert "For this record choose: Counterfeit goods, Trademark misuse." in html
    assert "image_copy" not in html.replace('value="image_copy"', "")
    assert Complaint.objects.count() == 0
    assert ItemStatus.NOTIFIED  # (the enum is what the page would show as a label)
