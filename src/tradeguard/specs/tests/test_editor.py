"""The specification editor: one card per clause, many clauses in one save, reordering
without JavaScript, errors at the field of the clause they belong to with everything
typed kept, and the server-rendered preview."""

from __future__ import annotations

import html
import re

import pytest
from django.test import Client
from django.urls import reverse

from tradeguard.specs.models import Specification
from tradeguard.specs.tests import factories as f
from tradeguard.specs.views.editor import rearrange

pytestmark = pytest.mark.django_db


client_for = f.client_for


form_data = f.editor_post


def measure(cid: str, text: str, value: str, unit: str, tol: str, **kw: str) -> dict[str, str]:
    return {
        "clause_id": cid,
        "text": text,
        "kind": kw.get("kind", "dimension"),
        "severity": kw.get("severity", "major"),
        "target_type": "measure",
        "measure_mode": "tolerance",
        "value": value,
        "unit": unit,
        "tolerance": tol,
    }


ONE_OF_EACH = [
    measure("3.2", "Bottle height", "450", "mm", "5"),
    {
        "clause_id": "2.1",
        "text": "Net weight",
        "kind": "weight",
        "severity": "minor",
        "target_type": "measure",
        "measure_mode": "range",
        "unit": "g",
        "min": "320",
        "max": "340",
        "tolerance": "99",  # typed before switching to min/max: ignored, not refused
    },
    {
        "clause_id": "4.1",
        "text": "Body colour",
        "kind": "colour",
        "severity": "minor",
        "target_type": "colour",
        "hex": "#c8102e",
        "pantone": "186 C",
        "delta_e": "1.5",
    },
    {
        "clause_id": "4.2",
        "text": "Lid colour",
        "kind": "colour",
        "severity": "minor",
        "target_type": "colour",
        "lab": "42.5, 68.1, 48.3",
    },
    {
        "clause_id": "6.1",
        "text": "CE mark on the gift box",
        "kind": "labeling",
        "severity": "major",
        "target_type": "text",
        "required_text": "CE",
    },
    {
        "clause_id": "7.1",
        "text": "Lid seals without leaking when inverted",
        "kind": "function",
        "severity": "critical",
        "target_type": "check",
        "expected": "yes",
    },
    {
        "clause_id": "8.1",
        "text": "Food-grade 18/8 stainless steel",
        "kind": "material",
        "severity": "major",
    },
]


def cards(page: str) -> list[str]:
    """The HTML of each clause card, in page order (not the hidden template)."""
    page = page.split('<template id="clause-template">')[0]
    return page.split('<section class="clause-card')[1:]


def value_of(card: str, name: str) -> str:
    match = re.search(rf'name="c-\d+-{name}"[^>]*?value="([^"]*)"', card)
    if match:
        return html.unescape(match.group(1))
    match = re.search(rf'name="c-\d+-{name}"[^>]*>([^<]*)</textarea>', card)
    return html.unescape(match.group(1)).strip() if match else ""


def test_one_save_writes_many_clauses_of_every_kind_in_page_order():
    w = f.world()
    c = client_for(w.buyer)
    page = c.get(reverse("specs:new")).content.decode()
    assert len(cards(page)) == 1  # one empty card to start
    assert "Add clause" in page
    extra = [measure(f"9.{i}", f"Dimension {i}", str(100 + i), "mm", "0.5") for i in range(33)]
    rows = ONE_OF_EACH + extra
    r = c.post(reverse("specs:new"), form_data([*rows, {}], product_name="Steel bottle"))
    assert r.status_code == 302, r.content.decode()[:2000]
    spec = Specification.objects.get()
    clauses = spec.latest_version.clause_dicts
    assert len(clauses) == 40
    assert [c["clause_id"] for c in clauses[:7]] == [
        "3.2",
        "2.1",
        "4.1",
        "4.2",
        "6.1",
        "7.1",
        "8.1",
    ]
    by_id = {c["clause_id"]: c for c in clauses}
    assert by_id["3.2"]["target"] == {
        "type": "measure",
        "value": "450",
        "unit": "mm",
        "tolerance": "5",
    }
    assert by_id["2.1"]["target"] == {"type": "measure", "unit": "g", "min": "320", "max": "340"}
    assert by_id["4.1"]["target"]["hex"] == "#C8102E"
    assert by_id["4.1"]["target"]["delta_e"] == "1.5"
    assert by_id["4.2"]["target"]["lab"] == [42.5, 68.1, 48.3]
    assert by_id["6.1"]["target"] == {"type": "text", "text": "CE"}
    assert by_id["7.1"]["target"] == {"type": "check", "expected": True}
    assert by_id["8.1"]["target"] is None
    detail = c.get(r["Location"])
    message = str(next(iter(detail.context["messages"])))
    assert "saved as version 1 with 40 clauses" in message
    assert "Next: attach it to an order" in message
    page = detail.content.decode()
    assert "450 mm ± 5" in page
    assert "320-340 g" in page
    assert '<td data-label="Kind">Dimension</td>' in page
    assert "Major</span>" in page


def test_the_editor_of_a_new_version_opens_with_every_clause_in_its_card():
    w = f.world()
    c = client_for(w.buyer)
    c.post(reverse("specs:new"), form_data(ONE_OF_EACH, product_name="Steel bottle"))
    spec = Specification.objects.get()
    page = c.get(reverse("specs:edit", args=[spec.pk])).content.decode()
    shown = cards(page)
    assert len(shown) == len(ONE_OF_EACH)
    assert value_of(shown[0], "value") == "450"
    assert re.search(r'value="range"[^>]*checked', shown[1])
    assert value_of(shown[3], "lab") == "42.5, 68.1, 48.3"
    assert "450 mm ± 5" in shown[0]  # the preview is there before typing
    # Saving it unchanged is refused with the reason; everything stays.
    rows = ONE_OF_EACH
    r = c.post(reverse("specs:edit", args=[spec.pk]), form_data(rows))
    assert r.status_code == 422
    assert "nothing changed" in r.content.decode()
    rows = [dict(row) for row in ONE_OF_EACH]
    rows[0]["tolerance"] = "3"
    r = c.post(reverse("specs:edit", args=[spec.pk]), form_data(rows, notes="tighter"))
    assert r.status_code == 302
    assert spec.versions.count() == 2
    assert spec.latest_version.clause_dicts[0]["target"]["tolerance"] == "3"


def test_errors_stay_at_the_field_of_their_clause_and_nothing_typed_is_lost():
    w = f.world()
    c = client_for(w.buyer)
    rows = [
        measure("3.2", "Bottle height", "450", "mm", "-5"),
        measure("3.3", "Bottle width", "80", "kg", "1"),  # not a length
        {**measure("3.4", "Neck", "30", "mm", "1"), "kind": ""},
        measure("3.2", "Height again", "12", "furlongz", "1"),  # duplicate id, unknown unit
        {
            "clause_id": "5.1",
            "text": "Colour",
            "kind": "colour",
            "severity": "minor",
            "target_type": "colour",
        },
        {},  # an empty card is skipped, not refused
    ]
    r = c.post(reverse("specs:new"), form_data(rows, product_name="Steel bottle"))
    assert r.status_code == 422
    assert Specification.objects.count() == 0
    page = r.content.decode()
    shown = cards(page)
    assert len(shown) == 6

    def error(card: str, field: str) -> str:
        match = re.search(rf'id="id_c-\d+-{field}_errors"><li>([^<]*)</li>', card)
        return html.unescape(match.group(1)) if match else ""

    assert "negative" in error(shown[0], "tolerance")
    assert "not a unit of length" in error(shown[1], "unit")
    assert "kind of requirement" in error(shown[2], "kind")
    assert "used twice" in error(shown[3], "clause_id")
    assert "Unknown unit" in error(shown[3], "unit")
    assert "needs a hex colour" in error(shown[4], "hex")
    assert error(shown[5], "clause_id") == ""
    # Everything typed is still there, in its card.
    assert value_of(shown[0], "tolerance") == "-5"
    assert value_of(shown[1], "text") == "Bottle width"
    assert value_of(shown[3], "unit") == "furlongz"
    assert 'value="Steel bottle"' in page
    # The summary at the top links to each field.
    assert "6 things to fix before saving" in page
    assert 'href="#id_c-1-unit">Clause 2, unit</a>' in page
    assert "clauses.1" not in page  # no internal paths


def test_cards_move_up_and_down_are_added_and_removed_without_javascript():
    w = f.world()
    c = client_for(w.buyer)
    rows = [
        measure("1", "First", "1", "mm", "1"),
        measure("2", "Second", "2", "mm", "1"),
        measure("3", "Third", "3", "mm", "1"),
    ]
    url = reverse("specs:new")
    r = c.post(url, form_data(rows, product_name="Bottle", op="up-2"))
    assert r.status_code == 200
    shown = cards(r.content.decode())
    assert [value_of(card, "clause_id") for card in shown] == ["1", "3", "2"]
    assert "autofocus" in shown[1]  # the moved card keeps the focus
    assert 'value="Bottle"' in r.content.decode()
    r = c.post(url, form_data(rows, product_name="Bottle", op="down-0"))
    assert [value_of(card, "clause_id") for card in cards(r.content.decode())] == ["2", "1", "3"]
    r = c.post(url, form_data(rows, product_name="Bottle", op="remove-1"))
    assert [value_of(card, "clause_id") for card in cards(r.content.decode())] == ["1", "3"]
    r = c.post(url, form_data(rows, product_name="Bottle", op="add"))
    shown = cards(r.content.decode())
    assert len(shown) == 4
    assert value_of(shown[3], "clause_id") == ""
    # The first card has no "up", the last no "down".
    assert re.search(r'value="up-0"[^>]*disabled', shown[0])
    assert re.search(r'value="down-3"[^>]*disabled', shown[3])
    assert Specification.objects.count() == 0  # rearranging never saves


def test_rearrange_is_a_pure_list_operation():
    rows = [{"clause_id": "a"}, {"clause_id": "b"}, {"clause_id": "c"}]
    assert rearrange(rows, "up-0") == (rows, 0)
    assert rearrange(rows, "down-2") == (rows, 2)
    assert rearrange(rows, "remove-9") == (rows, None)
    assert rearrange(rows, "bogus") == (rows, None)
    moved, focus = rearrange(rows, "down-0")
    assert [r["clause_id"] for r in moved] == ["b", "a", "c"]
    assert focus == 1
    assert rows[0]["clause_id"] == "a"  # the input is not changed


def preview(client: Client, **fields: str) -> str:
    data = {f"c-7-{k}": v for k, v in fields.items()}
    r = client.get(reverse("specs:clause_preview"), data)
    assert r.status_code == 200
    return html.unescape(r.content.decode())


def test_the_preview_reads_a_clause_like_the_spec_sheet():
    w = f.world()
    c = client_for(w.buyer)
    assert "Fill in the clause" in preview(c)
    text = preview(c, **measure("3.2", "Bottle height", "450", "mm", "5"))
    assert "450 mm ± 5" in text
    assert "Dimension" in text
    assert "Major if broken" in text
    text = preview(c, **{**measure("3.2", "Height", "450", "", "5")})
    assert "Target not complete: Give a unit such as mm" in text
    text = preview(c, **measure("3.2", "Height", "450", "kg", "5"))
    assert "not a unit of length" in text
    text = preview(
        c,
        clause_id="4.1",
        text="Body",
        kind="colour",
        severity="minor",
        target_type="colour",
        hex="#c8102e",
        pantone="186 C",
    )
    assert "186 C / #C8102E within ΔE00 2" in text
    assert 'type="color" value="#C8102E"' in text
    text = preview(
        c,
        clause_id="4.2",
        text="Lid",
        kind="colour",
        severity="minor",
        target_type="colour",
        lab="53.24, 80.09, 67.2",
    )
    assert "Lab 53.24, 80.09, 67.2 within ΔE00 2" in text
    assert 'type="color" value="#FF0000"' in text
    text = preview(
        c,
        clause_id="2.1",
        text="Weight",
        kind="weight",
        severity="minor",
        target_type="measure",
        measure_mode="range",
        unit="g",
        min="320",
    )
    assert "at least 320 g" in text
    assert "Described only" in preview(c, clause_id="8.1", text="Steel", kind="material")
    # Signed-out visitors are sent to sign in.
    assert Client().get(reverse("specs:clause_preview")).status_code == 302


def test_only_the_owning_buyer_opens_the_editor():
    w = f.world()
    spec = f.spec(w.buyer)
    assert client_for(w.supplier).get(reverse("specs:new")).status_code == 404
    assert client_for(w.supplier).get(reverse("specs:edit", args=[spec.pk])).status_code == 404
    other = client_for(f.other_buyer())
    assert other.get(reverse("specs:edit", args=[spec.pk])).status_code == 404
    r = other.post(reverse("specs:edit", args=[spec.pk]), form_data(ONE_OF_EACH))
    assert r.status_code == 404
    assert spec.versions.count() == 1


def test_a_refused_import_names_the_clause_and_field_not_a_path():
    import json

    from django.core.files.uploadedfile import SimpleUploadedFile

    w = f.world()
    c = client_for(w.buyer)
    bad = {
        "product_name": "Bottle",
        "clauses": [
            {
                "clause_id": "3.2",
                "text": "Height",
                "kind": "dimension",
                "severity": "major",
                "target": {"type": "measure", "value": "1", "unit": "kg", "tolerance": "1"},
            },
            {"clause_id": "4.1", "text": "Colour", "kind": "shade", "severity": "minor"},
        ],
    }
    upload = SimpleUploadedFile("spec.json", json.dumps(bad).encode(), "application/json")
    r = c.post(reverse("specs:import"), {"file": upload})
    assert r.status_code == 422
    page = html.unescape(r.content.decode())
    assert "Clause 1 (id 3.2), unit:" in page
    assert "Clause 2 (id 4.1), kind:" in page
    assert "clauses.0" not in page
    assert Specification.objects.count() == 0
