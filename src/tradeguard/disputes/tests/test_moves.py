"""The case page shows every move its viewer can make now and the ones coming with the
date they open; the banner, the Actions card, the list's "whose move" column and the
dashboard's marks come from `moves.case_moves` and cannot disagree."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from django.test import Client

from tradeguard.accounts.tests.factories import buyer as another_buyer
from tradeguard.common import clock
from tradeguard.common.demo import seed_all
from tradeguard.disputes import services
from tradeguard.disputes.models import Dispute
from tradeguard.disputes.moves import case_moves
from tradeguard.disputes.selectors import party_of
from tradeguard.disputes.tests.factories import (
    Cast,
    at,
    delivered_order,
    file_dispute,
    photo,
)

pytestmark = pytest.mark.django_db
NOW = at(2026, 4, 1)


def client_for(user) -> Client:  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(user)
    return client


def _actions_card(page: str) -> str:
    start = page.index('id="actions"')
    return page[start : page.index("</section>", start)]


def test_banner_actions_list_and_dashboard_agree_on_every_demo_case_for_every_side() -> None:
    ctx = seed_all(log=lambda line: None)
    people = [ctx.user(k) for k in ("buyer", "buyer2", "supplier", "supplier2", "supplier3")]
    people.append(ctx.user("officer"))
    for user in people:  # the pages are read in English here (suppliers in CN get Chinese)
        user.language = "en"
        user.save(update_fields=["language"])
    checked = 0
    for user in people:
        web = client_for(user)
        listing = web.get("/disputes/").content.decode()
        listing = listing[listing.index('id="all-title"') :]  # not the officers' queue
        dashboard = web.get("/dashboard/").content.decode()
        for dispute in Dispute.objects.all():
            party = party_of(user, dispute)
            response = web.get(f"/disputes/{dispute.pk}/")
            if party is None:
                assert response.status_code == 404
                continue
            page = response.content.decode()
            moves = case_moves(dispute, party, clock.now())
            banner_mine = "Your move:" in page
            card = _actions_card(page)
            assert banner_mine == moves.my_move, (user.email, dispute.pk)
            if banner_mine:
                # The card offers at least one of the moves the banner asks for.
                primary = [m.label for m in moves.available if m.primary]
                assert primary
                assert any(label in card for label in primary), (user.email, dispute.pk)
                assert "Nothing for you to do" not in card
            row = re.search(
                rf'href="/disputes/{dispute.pk}/">#{dispute.pk} .*?</tr>', listing, re.S
            )
            assert row is not None
            assert ("<strong>Yours</strong>" in row.group(0)) == moves.my_move
            checked += 1
        # The dashboard's count is the number of cases it lists under "Your move".
        section = re.search(r'(?s)data-rows="needs-you">(.*?)</ul>', dashboard)
        marked = section.group(1).count("/disputes/") if section else 0
        mine = sum(
            1
            for d in Dispute.objects.filter(
                status__in=[
                    "awaiting_response",
                    "negotiating",
                    "escalated",
                    "under_review",
                    "decided",
                    "appealed",
                ]
            )
            if (p := party_of(user, d)) is not None
            and p != "platform"
            and case_moves(d, p, clock.now()).my_move
        )
        if user.role != "officer":
            assert marked == min(mine, 6), user.email  # disputes.panels.PANEL_ROWS
    assert checked > 20


def test_escalation_is_announced_with_its_date_then_offered(c: Cast) -> None:
    with time_machine.travel(NOW, tick=False):
        dispute = file_dispute(c, delivered_order(c, NOW))
        page = client_for(c.buyer).get(f"/disputes/{dispute.pk}/").content.decode()
        card = _actions_card(page)
        assert 'id="coming-escalate"' in card
        assert "Escalate to the platform</strong>: available from" in card
        assert 'id="escalate"' not in card
        # Withdrawing is possible now, and asks first, saying what it does.
        assert re.search(r'data-confirm="Withdraw this dispute\? The case closes for good', card)
    with time_machine.travel(dispute.escalation_allowed_at + dt.timedelta(minutes=1), tick=False):
        card = _actions_card(client_for(c.buyer).get(f"/disputes/{dispute.pk}/").content.decode())
        assert 'id="escalate"' in card
        assert "coming-escalate" not in card


def test_after_rejecting_the_suppliers_offer_the_buyer_can_propose_and_escalate(c: Cast) -> None:
    with time_machine.travel(NOW, tick=False):
        dispute = file_dispute(c, delivered_order(c, NOW))
        offer = services.proposal_make(
            actor=c.supplier, dispute=dispute, kind="partial_refund", amount="50.00"
        )
        services.proposal_reject(
            actor=c.buyer, dispute=dispute, proposal_id=offer.pk, reason="Far too little."
        )
    with time_machine.travel(NOW + dt.timedelta(days=4), tick=False):
        page = client_for(c.buyer).get(f"/disputes/{dispute.pk}/").content.decode()
    card = _actions_card(page)
    for label in ("Make a proposal", "Escalate to the platform", "Add evidence", "Withdraw"):
        assert label in card, label
    # The buyer's own request still stands, so the case waits for the supplier.
    assert "Waiting for the supplier:" in page


def test_the_supplier_is_offered_what_its_banner_asks(c: Cast) -> None:
    with time_machine.travel(NOW, tick=False):
        dispute = file_dispute(c, delivered_order(c, NOW))
        page = client_for(c.supplier).get(f"/disputes/{dispute.pk}/").content.decode()
    assert "Your move:" in page
    card = _actions_card(page)
    assert f'href="/disputes/{dispute.pk}/respond/" id="respond-link"' in card
    assert "Nothing for you to do" not in card


def test_a_stranger_sees_no_case_and_no_moves(c: Cast) -> None:
    with time_machine.travel(NOW, tick=False):
        dispute = file_dispute(c, delivered_order(c, NOW))
    assert client_for(another_buyer()).get(f"/disputes/{dispute.pk}/").status_code == 404
    assert case_moves(dispute, None, NOW).moves == ()


def test_each_action_ends_with_what_happened_and_what_comes_next(c: Cast) -> None:
    with time_machine.travel(NOW, tick=False):
        dispute = file_dispute(c, delivered_order(c, NOW))
        web = client_for(c.supplier)
        done = web.post(
            f"/disputes/{dispute.pk}/act/propose/",
            {"kind": "partial_refund", "amount": "40.00", "note": "For the two broken ones."},
            follow=True,
        )
    page = done.content.decode()
    assert "Proposal sent. The other party can accept it" in page
    assert "unsettled cases go to an officer automatically on" in page


def test_a_refused_form_keeps_what_was_typed(c: Cast) -> None:
    with time_machine.travel(NOW, tick=False):
        dispute = file_dispute(c, delivered_order(c, NOW))
        refused = client_for(c.supplier).post(
            f"/disputes/{dispute.pk}/act/propose/",
            {"kind": "partial_refund", "amount": "99999", "note": "Our best offer, really."},
        )
    assert refused.status_code == 422
    page = refused.content.decode()
    assert "more than the covered amount" in page
    assert 'value="99999"' in page
    assert "Our best offer, really.</textarea>" in page
    assert '<option value="partial_refund" selected>' in page


def test_several_evidence_files_upload_at_once_and_a_bad_one_stops_them_all(c: Cast) -> None:
    with time_machine.travel(NOW, tick=False):
        dispute = file_dispute(c, delivered_order(c, NOW))
        web = client_for(c.buyer)
        ok = web.post(
            f"/disputes/{dispute.pk}/act/evidence/",
            {
                "type": "product_photo",
                "description": "Cartons 1-3",
                "submit": "1",
                "file": [photo("a.png", (10, 20, 30)), photo("b.png", (30, 20, 10))],
            },
        )
        assert ok.status_code == 302
        assert dispute.evidence.count() == 2
        from django.core.files.uploadedfile import SimpleUploadedFile

        fake = SimpleUploadedFile("c.png", b"<html>not a picture</html>", content_type="image/png")
        refused = web.post(
            f"/disputes/{dispute.pk}/act/evidence/",
            {"type": "product_photo", "file": [photo("d.png", (1, 2, 3)), fake]},
        )
    assert refused.status_code == 422
    assert "“c.png”" in refused.content.decode()
    assert "Nothing was uploaded." in refused.content.decode()
    assert dispute.evidence.count() == 2


def _wizard_post(order_pk: int, **extra: object) -> dict[str, object]:
    return {
        "order": order_pk,
        "reason": "not_as_described",
        "requested_outcome": "partial_refund",
        "description": "Bowls are 100 mm wide instead of 120 mm.",
        "requirement_source": "spec_clause",
        "requirement_reference": "3.1",
        "requirement_text": "120 mm",
        **extra,
    }


def test_the_filing_wizard_keeps_uploads_across_a_refusal_and_takes_any_number(
    c: Cast,
) -> None:
    with time_machine.travel(NOW, tick=False):
        order = delivered_order(c, NOW)
        web = client_for(c.buyer)
        files = {f"evidence_{i}_file": photo(f"carton-{i}.png", (i * 20, 40, 90)) for i in range(5)}
        types = {f"evidence_{i}_type": "product_photo" for i in range(5)}
        # Five files (more than the three rows the page starts with) and a claim above
        # the covered amount: the service refuses the claim at review.
        refused = web.post(
            "/disputes/new/", _wizard_post(order.pk, claimed_amount="999999", **files, **types)
        )
        assert refused.status_code == 422
        page = refused.content.decode()
        assert "covered" in page
        for i in range(5):
            assert f"carton-{i}.png" in page
            assert f'name="evidence_{i}_sha256"' in page
        assert 'value="Bowls are 100 mm wide instead of 120 mm."' in page or (
            "Bowls are 100 mm wide instead of 120 mm.</textarea>" in page
        )
        # Correct the amount, drop one file, and file: four files reach the case.
        held = dict(re.findall(r'name="(evidence_\d+_sha256)" value="([^"]*)"', page))
        corrected = _wizard_post(order.pk, claimed_amount="100", evidence_4_remove="1")
        corrected.update(held)
        corrected.update(types)
        review = web.post("/disputes/new/", corrected)
        assert "Review before filing" in review.content.decode()
        hidden = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', review.content.decode()))
        hidden["action"] = "file"
        filed = web.post("/disputes/new/", hidden, follow=True)
    dispute = c.buyer.organization.disputes_as_buyer.get()
    assert sorted(dispute.evidence.values_list("file__original_name", flat=True)) == [
        f"carton-{i}.png" for i in range(4)
    ]
    assert f"Dispute #{dispute.pk} filed. The supplier has until" in filed.content.decode()
