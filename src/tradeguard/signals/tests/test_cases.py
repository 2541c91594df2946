"""Messages posted on a case are checked; the buyer is warned, the officer reads the
evidence, the supplier's side reads nothing of it."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.test import Client

from tradeguard.accounts.tests.factories import buyer, supplier
from tradeguard.common.testing import ApiClient
from tradeguard.disputes import services
from tradeguard.disputes.models import Dispute
from tradeguard.disputes.tests.factories import (
    Cast,
    at,
    bring_under_review,
    delivered_order,
    file_dispute,
)
from tradeguard.signals import rules
from tradeguard.signals.models import ScamSignal

pytestmark = pytest.mark.django_db
NOW = at(2026, 4, 1)
FEE = "We shipped. Kindly pay the cargo insurance premium of $299 first, then we release it."
BENIGN = "Insurance certificate attached, policy number PICC-2026-55812."


def client_for(user) -> Client:  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(user)
    return client


def case(c: Cast) -> Dispute:
    with time_machine.travel(NOW, tick=False):
        return file_dispute(c, delivered_order(c, NOW))


def post(c: Cast, dispute: Dispute, body: str, *, by: str = "supplier") -> None:
    actor = c.supplier if by == "supplier" else c.buyer
    with time_machine.travel(NOW + dt.timedelta(hours=1), tick=False):
        services.message_post(actor=actor, dispute=dispute, body=body)


def test_a_fee_demand_after_payment_is_stored_with_its_evidence(c: Cast) -> None:
    dispute = case(c)
    post(c, dispute, FEE)
    (signal,) = ScamSignal.objects.all()
    message = dispute.messages.get()
    assert signal.kind == rules.EXTRA_FEE
    assert signal.dispute == dispute
    assert signal.order == dispute.order
    assert signal.message == message
    assert signal.supplier == dispute.supplier
    assert signal.order_paid is True
    assert signal.rules_version == rules.VERSION
    assert message.body[signal.evidence_start : signal.evidence_end] == signal.evidence
    assert "insurance premium" in signal.evidence


def test_benign_messages_and_a_buyers_own_fees_store_nothing(c: Cast) -> None:
    dispute = case(c)
    post(c, dispute, BENIGN)
    post(c, dispute, "My forwarder paid the import duty and VAT, receipt attached.", by="buyer")
    post(c, dispute, "I must pay a $400 insurance fee to my own insurer first.", by="buyer")
    assert not ScamSignal.objects.exists()


def test_a_buyer_reporting_the_suppliers_demand_is_warned_at_once(c: Cast) -> None:
    dispute = case(c)
    post(
        c,
        dispute,
        "The supplier says I must pay a $400 insurance fee first. Is this normal?",
        by="buyer",
    )
    (signal,) = ScamSignal.objects.all()
    assert signal.kind == rules.EXTRA_FEE
    assert signal.supplier == dispute.supplier
    assert signal.message.party == "buyer"
    body = ApiClient(c.buyer).get(f"disputes/{dispute.pk}/signals").json()
    assert body["signals"][0]["reported_by_buyer"] is True
    assert (
        body["warning"] == "What you report the supplier asked for matches patterns used in scams."
    )
    page = client_for(c.buyer).get(f"/disputes/{dispute.pk}/").content.decode()
    assert "Warning: this may be a scam." in page
    assert "(in your message)" in page
    officer = client_for(c.officer).get(f"/disputes/{dispute.pk}/").content.decode()
    assert "Reported by the buyer" in officer


def test_the_api_gives_the_buyer_and_the_officer_the_signals_and_what_to_do(c: Cast) -> None:
    dispute = case(c)
    post(c, dispute, FEE)
    for user in (c.buyer, c.officer):
        answer = ApiClient(user).get(f"disputes/{dispute.pk}/signals")
        assert answer.status_code == 200, answer.content
        body = answer.json()
        assert [s["kind"] for s in body["signals"]] == ["extra_fee"]
        assert body["signals"][0]["message_id"] == dispute.messages.get().pk
        assert "insurance premium" in body["signals"][0]["evidence"]
        assert body["warning"]
        assert any("designated account" in step for step in body["steps"])


def test_the_api_answers_a_case_without_signals_with_no_warning(c: Cast) -> None:
    dispute = case(c)
    body = ApiClient(c.buyer).get(f"disputes/{dispute.pk}/signals").json()
    assert body == {"dispute_id": dispute.pk, "signals": [], "warning": None, "steps": []}


def test_the_supplier_side_may_not_read_the_signals(c: Cast) -> None:
    dispute = case(c)
    post(c, dispute, FEE)
    answer = ApiClient(c.supplier).get(f"disputes/{dispute.pk}/signals")
    assert answer.status_code == 403
    assert answer.json()["code"] == "permission_denied"


@pytest.mark.parametrize("stranger", [buyer, supplier])
def test_foreign_cases_answer_404(c: Cast, stranger) -> None:  # type: ignore[no-untyped-def]
    dispute = case(c)
    post(c, dispute, FEE)
    answer = ApiClient(stranger()).get(f"disputes/{dispute.pk}/signals")
    assert answer.status_code == 404


def test_the_buyer_sees_a_plain_warning_on_the_case_and_order_pages(c: Cast) -> None:
    dispute = case(c)
    post(c, dispute, FEE)
    web = client_for(c.buyer)
    for url in (f"/disputes/{dispute.pk}/", f"/orders/{dispute.order_id}/"):
        page = web.get(url).content.decode()
        assert "Warning: this may be a scam." in page, url
        assert "Do not pay anything more" in page
        assert "Extra fee demanded after payment" in page
        assert "extra_fee" not in page  # a label, never the code


def test_the_supplier_sees_no_warning_and_no_signals(c: Cast) -> None:
    dispute = case(c)
    post(c, dispute, FEE)
    web = client_for(c.supplier)
    for url in (f"/disputes/{dispute.pk}/", f"/orders/{dispute.order_id}/"):
        page = web.get(url).content.decode()
        assert "scam" not in page.lower(), url


def test_a_case_without_signals_shows_no_warning(c: Cast) -> None:
    dispute = case(c)
    post(c, dispute, BENIGN)
    page = client_for(c.buyer).get(f"/disputes/{dispute.pk}/").content.decode()
    assert "Warning: this may be a scam." not in page


def test_the_officer_reads_the_signals_on_the_case_and_sorts_the_queue_by_them(
    c: Cast,
) -> None:
    quiet = case(c)
    flagged = case(c)
    post(c, flagged, FEE)
    post(c, flagged, "Please note our company bank account has changed.")
    with time_machine.travel(NOW + dt.timedelta(days=3, hours=1), tick=False):
        services.dispute_escalate(actor=c.buyer, dispute=quiet)
    bring_under_review(c, flagged, NOW)
    quiet.refresh_from_db()
    assert quiet.status == "under_review"
    web = client_for(c.officer)
    with time_machine.travel(NOW + dt.timedelta(days=9, hours=1), tick=False):
        page = web.get(f"/disputes/{flagged.pk}/").content.decode()
        assert 'id="scam-signals"' in page
        assert "Change of the receiving bank account" in page
        assert "Warning: this may be a scam." not in page
        by_signals = web.get("/disputes/?queue_sort=signals").content.decode()
        queue = by_signals.split('id="queue"')[1].split("</section>")[0]
        assert "2 signals" in queue
        assert queue.index(f"/disputes/{flagged.pk}/") < queue.index(f"/disputes/{quiet.pk}/")
        assert "most scam signals first" in queue
        urgent = web.get("/disputes/").content.decode()
        assert "most urgent first" in urgent


def test_the_queue_sorted_by_signals_pages_with_its_cursor(
    c: Cast, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re

    from tradeguard.disputes import views

    monkeypatch.setattr(views, "PAGE_SIZE", 1)
    quiet = case(c)
    flagged = case(c)
    post(c, flagged, FEE)
    with time_machine.travel(NOW + dt.timedelta(days=3, hours=1), tick=False):
        services.dispute_escalate(actor=c.buyer, dispute=quiet)
    bring_under_review(c, flagged, NOW)
    web = client_for(c.officer)
    with time_machine.travel(NOW + dt.timedelta(days=9, hours=1), tick=False):
        first = web.get("/disputes/?queue_sort=signals").content.decode()
        queue = first.split('id="queue"')[1].split("</section>")[0]
        assert f"/disputes/{flagged.pk}/" in queue
        assert f"/disputes/{quiet.pk}/" not in queue
        link = re.search(r'href="(\?[^"]*queue=[^"]+)"', queue)
        assert link is not None
        second = web.get("/disputes/" + link.group(1).replace("&amp;", "&")).content.decode()
        queue = second.split('id="queue"')[1].split("</section>")[0]
        assert f"/disputes/{quiet.pk}/" in queue
        assert f"/disputes/{flagged.pk}/" not in queue


def test_the_officers_signal_rows_name_their_columns_for_a_phone(c: Cast) -> None:
    """On a phone the signals table turns into one block per signal (.table-stack):
    every cell but the signal's kind carries its column's name."""
    dispute = case(c)
    post(c, dispute, FEE)
    with time_machine.travel(NOW + dt.timedelta(hours=2), tick=False):
        page = client_for(c.officer).get(f"/disputes/{dispute.pk}/").content.decode()
    table = page[page.index('id="scam-signals"') :]
    table = table[table.index('<table class="table table-stack">') :]
    row = table[table.index("<tr><td>") : table.index("</tr>", table.index("<tr><td>"))]
    for column in ("Evidence", "Order paid then", "Found", "Review"):
        assert f'data-label="{column}"' in row
