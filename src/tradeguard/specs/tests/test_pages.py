"""The specs pages as people use them: readiness says the right next step in every state
and never links to the page it is on; irreversible actions confirm with their
consequences; every action ends with what happened and what comes next; labels, never
codes."""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from tradeguard.specs import services
from tradeguard.specs.selectors import order_readiness
from tradeguard.specs.tests import factories as f

pytestmark = pytest.mark.django_db


client_for = f.client_for


def item(user: Any, order: Any, key: str) -> Any:
    return next(i for i in order_readiness(user, order).items if i.key == key)


def visible(page: str) -> str:
    """The page's text as people read it (no tags, attributes or scripts)."""
    page = re.sub(r"<(script|template)\b.*?</\1>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def readiness_html(page: str) -> str:
    start = page.index('<section class="card readiness"')
    return page[start : page.index("</section>", start)]


def test_readiness_asks_for_a_reinspection_after_a_failed_inspection_not_a_booking():
    w = f.world(status="paid")
    f.binding_spec(w)
    first = item(w.buyer, w.order, "inspection")
    assert first.next_step == "Book a pre-shipment inspection before the goods ship."
    assert first.fix_label == "Book a pre-shipment inspection"

    inspection = f.booked(w)
    booked = item(w.buyer, w.order, "inspection")
    assert f"#{inspection.pk} booked with {w.inspector.organization.name}" in booked.detail
    assert booked.next_step == f"Waiting for {w.inspector.organization.name} to sign the report."
    assert item(w.inspector, w.order, "inspection").next_step.startswith("Your move")

    services.inspection_report_save(
        actor=w.inspector, inspection=inspection, content=f.failing_content()
    )
    services.inspection_report_sign(actor=w.inspector, inspection=inspection)
    failed = item(w.buyer, w.order, "inspection")
    assert not failed.done
    assert "failed" in failed.detail
    assert "re-inspection" in failed.next_step
    assert "Book a pre-shipment inspection" not in failed.next_step
    assert [link.label for link in failed.links] == [
        "See the failed report",
        "Book a re-inspection",
    ]
    assert failed.links[0].url == reverse("specs:inspection", args=[inspection.pk])
    supplier = item(w.supplier, w.order, "inspection")
    assert supplier.next_step.startswith("Rework the lot")
    assert [link.label for link in supplier.links] == ["See the failed report"]

    again = f.booked(w)
    rebooked = item(w.buyer, w.order, "inspection")
    assert f"Re-inspection #{again.pk} booked" in rebooked.detail
    services.inspection_report_save(
        actor=w.inspector, inspection=again, content=f.passing_content()
    )
    services.inspection_report_sign(actor=w.inspector, inspection=again)
    assert item(w.buyer, w.order, "inspection").done


def test_after_shipment_a_failed_inspection_points_to_a_dispute():
    w = f.world(status="completed", paid="12000.00")
    f.binding_spec(w)
    f.signed(w, f.failing_content())
    failed = item(w.buyer, w.order, "inspection")
    assert "not-as-described dispute" in failed.next_step
    labels = [link.label for link in failed.links]
    assert labels == ["See the failed report", "File a not-as-described dispute"]
    assert failed.links[1].url == f"{reverse('disputes:new')}?order={w.order.pk}"


def test_with_a_dispute_open_the_failed_report_points_to_that_dispute():
    from tradeguard.disputes import services as disputes

    w = f.world(status="completed", paid="12000.00")
    f.binding_spec(w)
    f.signed(w, f.failing_content())
    dispute = disputes.dispute_open(
        actor=w.buyer,
        order=w.order,
        reason="not_as_described",
        requested_outcome="full_refund",
        description="The bottles are 125 mm tall; the spec says 120 mm ± 2.",
        requirements=[disputes.RequirementInput("spec_clause", "3.2", "")],
    ).dispute
    failed = item(w.buyer, w.order, "inspection")
    assert "evidence in your dispute" in failed.next_step
    assert failed.links[1].label == "Open the dispute"
    assert failed.links[1].url == reverse("disputes:detail", args=[dispute.pk])


def test_spec_guidance_follows_who_must_accept():
    w = f.world()
    assert item(w.supplier, w.order, "spec").next_step.startswith("The buyer attaches")
    assert item(w.supplier, w.order, "spec").links == ()
    spec = f.spec(w.buyer)
    att = services.order_spec_attach(actor=w.buyer, order=w.order, version=spec.versions.get())
    assert item(w.buyer, w.order, "spec").next_step == "Your move: review v1 and accept it."
    services.spec_accept(actor=w.buyer, attachment=att)
    buyer_view = item(w.buyer, w.order, "spec")
    assert buyer_view.next_step == "Waiting for the supplier to accept v1."
    assert buyer_view.links == ()
    assert item(w.supplier, w.order, "spec").next_step == "Your move: review v1 and accept it."
    services.spec_accept(actor=w.supplier, attachment=att)
    assert item(w.buyer, w.order, "spec").done


@pytest.mark.parametrize("state", ["new", "proposed", "failed", "booked"])
def test_readiness_never_links_to_the_page_it_is_shown_on(state: str):
    w = f.world(status="paid")
    if state == "proposed":
        spec = f.spec(w.buyer)
        services.order_spec_attach(actor=w.buyer, order=w.order, version=spec.versions.get())
    elif state == "failed":
        f.binding_spec(w)
        f.signed(w, f.failing_content())
    elif state == "booked":
        f.binding_spec(w)
        f.booked(w)
    c = client_for(w.buyer)
    for url in (
        reverse("specs:order", args=[w.order.pk]),
        reverse("orders:detail", args=[w.order.pk]),
    ):
        panel = readiness_html(c.get(url).content.decode())
        hrefs = [html.unescape(h) for h in re.findall(r'href="([^"]*)"', panel)]
        assert hrefs, url
        for href in hrefs:
            assert urlsplit(href).path != url, f"{href} links to the page it is on"
        # The step is still said: the section below is named instead of linked.
        assert '<p class="next-step"' in panel
    spec_page = readiness_html(c.get(reverse("specs:order", args=[w.order.pk])).content.decode())
    assert "data-here" in spec_page


def test_accepting_confirms_with_its_consequences_and_says_what_comes_next():
    w = f.world()
    spec = f.spec(w.buyer)
    att = services.order_spec_attach(actor=w.buyer, order=w.order, version=spec.versions.get())
    page = client_for(w.supplier).get(reverse("specs:order", args=[w.order.pk])).content.decode()
    start = page.index('<details class="confirm"')
    confirm = html.unescape(page[start : page.index("</details>", start)])
    assert "Accept v1 as binding…" in confirm
    assert "Acceptance cannot be withdrawn" in confirm
    assert "disputes about these goods are decided against its clauses" in confirm
    assert "Yes, accept v1" in confirm
    sc = client_for(w.supplier)
    r = sc.post(
        reverse("specs:order_action", args=[w.order.pk, "accept"]),
        {"attachment": att.pk, "sha256": att.version.sha256},
        follow=True,
    )
    text = html.unescape(r.content.decode())
    assert "You accepted version 1. The buyer has been asked to accept it too" in text
    r = client_for(w.buyer).post(
        reverse("specs:order_action", args=[w.order.pk, "accept"]),
        {"attachment": att.pk},
        follow=True,
    )
    text = html.unescape(r.content.decode())
    assert "Both parties have now accepted it: it is binding for order" in text
    assert "Version 1 is binding for this order" in text


def test_signing_confirms_with_its_consequences():
    w = f.world()
    f.binding_spec(w)
    inspection = f.booked(w)
    services.inspection_report_save(
        actor=w.inspector, inspection=inspection, content=f.failing_content()
    )
    ic = client_for(w.inspector)
    page = html.unescape(ic.get(reverse("specs:inspection", args=[inspection.pk])).content.decode())
    start = page.index('<details class="confirm" id="sign"')
    confirm = page[start : page.index("</details>", start)]
    assert "Sign report v1?" in confirm
    assert "it cannot be edited" in confirm
    assert "The verdict computed from your findings is Fail" in confirm
    entry = html.unescape(
        ic.get(reverse("specs:report_edit", args=[inspection.pk])).content.decode()
    )
    assert "Save and sign…" in entry
    assert "Yes, save and sign v1" in entry
    r = ic.post(reverse("specs:sign", args=[inspection.pk]), follow=True)
    text = html.unescape(r.content.decode())
    assert "Report v1 signed: Fail. It can no longer change" in text


def test_pages_show_labels_not_codes():
    w = f.world()
    f.binding_spec(w)
    inspection = f.signed(w, f.failing_content())
    c = client_for(w.buyer)
    page = c.get(reverse("specs:inspection", args=[inspection.pk])).content.decode()
    assert "Major: AQL 2.5, normal inspection" in html.unescape(page)
    assert '<td data-label="Severity">Major</td>' in page
    assert ">major<" not in page
    assert ">fail<" not in page
    assert ">Fail<" in page
    spec_page = c.get(reverse("specs:detail", args=[w.order.specs.get().version.specification_id]))
    text = spec_page.content.decode()
    assert '<td data-label="Kind">Colour</td>' in text
    assert '<td data-label="Kind">Labeling</td>' in text
    assert ">minor<" not in text
    order_page = html.unescape(c.get(reverse("specs:order", args=[w.order.pk])).content.decode())
    assert "inspection level General II" in order_page
    assert "Pre-shipment inspection #" in order_page
    assert "pre_shipment" not in visible(order_page)


def test_booking_and_photo_messages_say_what_comes_next():
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tradeguard.common.testing import png_bytes

    w = f.world()
    f.binding_spec(w)
    bc = client_for(w.buyer)
    r = bc.post(
        reverse("specs:order_action", args=[w.order.pk, "book"]),
        {"kind": "pre_shipment", "inspector_org": w.inspector.organization_id},
        follow=True,
    )
    text = html.unescape(r.content.decode())
    assert f"booked with {w.inspector.organization.name}. They record and sign the report" in text
    upload = SimpleUploadedFile("s.png", png_bytes(), "image/png")
    r = bc.post(
        reverse("specs:order_action", args=[w.order.pk, "photo"]),
        {"file": upload, "caption": "Golden sample"},
        follow=True,
    )
    assert "compare the goods with it" in html.unescape(r.content.decode())


SNAKE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")


def test_no_page_of_the_specs_app_shows_a_snake_case_code():
    w = f.world(status="paid")
    att = f.binding_spec(w)
    spec = att.version.specification
    services.spec_version_create(
        actor=w.buyer, specification=spec, clauses=f.CLAUSES[:2], notes="shorter"
    )
    done = f.signed(w, f.failing_content())
    draft = f.booked(w)
    services.inspection_report_save(actor=w.inspector, inspection=draft, content={"notes": "x"})
    pages = {
        w.buyer: [
            reverse("specs:list"),
            reverse("specs:new"),
            reverse("specs:edit", args=[spec.pk]),
            reverse("specs:detail", args=[spec.pk]),
            reverse("specs:version", args=[spec.pk, 1]),
            reverse("specs:diff", args=[spec.pk]),
            reverse("specs:import"),
            reverse("specs:order", args=[w.order.pk]),
            reverse("specs:inspections"),
            reverse("specs:inspection", args=[done.pk]),
            reverse("specs:inspection", args=[draft.pk]),
        ],
        w.supplier: [
            reverse("specs:list"),
            reverse("specs:detail", args=[spec.pk]),
            reverse("specs:order", args=[w.order.pk]),
            reverse("specs:inspection", args=[done.pk]),
        ],
        w.inspector: [
            reverse("specs:inspections"),
            reverse("specs:inspection", args=[draft.pk]),
            reverse("specs:report_edit", args=[draft.pk]),
        ],
    }
    for user, urls in pages.items():
        c = client_for(user)
        for url in urls:
            r = c.get(url)
            assert r.status_code == 200, url
            main = r.content.decode().split('<main id="main"', 1)[1].split("</main>", 1)[0]
            codes = SNAKE.findall(visible(main))
            assert codes == [], f"{url} as {user.role}: {codes}"


def test_the_order_timeline_reads_specs_events_as_labels():
    w = f.world(status="paid")
    f.binding_spec(w)
    services.quality_settings_update(actor=w.buyer, order=w.order, level="III", aql_major="1.0")
    f.signed(w, f.failing_content())
    page = client_for(w.buyer).get(reverse("orders:detail", args=[w.order.pk])).content.decode()
    start = page.index('aria-labelledby="timeline')
    timeline = visible(page[start : page.index("</section>", start)])
    for label in (
        "Specification attached for acceptance",
        "Specification accepted",
        "Specification binding: accepted by both",
        "AQL settings changed",
        "General III",
        "Inspection booked",
        "Pre-shipment inspection",
        "Inspection report signed",
        "Fail",
    ):
        assert label in timeline, label
    # (The orders app's own "order recorded" event is not the specs app's to label.)
    assert [c for c in SNAKE.findall(timeline) if c != "trade_assurance"] == []
    assert not re.search(r"[0-9a-f]{64}", timeline)  # hashes short
