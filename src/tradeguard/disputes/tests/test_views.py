"""The HTML pages render for each role and the forms call the services."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine
from django.test import Client

from tradeguard.disputes.tests.factories import (
    Cast,
    add_evidence,
    at,
    decided_case,
    delivered_order,
    file_dispute,
    run_due_at,
)

pytestmark = pytest.mark.django_db
NOW = at(2026, 4, 1)


def client_for(user) -> Client:  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(user)
    return client


def test_wizard_explains_eligibility_then_files_with_evidence(c: Cast) -> None:
    with time_machine.travel(NOW, tick=False):
        order = delivered_order(c, NOW)
        web = client_for(c.buyer)
        assert order.reference in web.get("/disputes/new/").content.decode()
        reasons = web.get(f"/disputes/new/?order={order.pk}").content.decode()
        assert "Freight increases" in reasons
        assert "can be filed from" in reasons or "You may file until" in reasons
        refused = web.get(f"/disputes/new/?order={order.pk}&reason=late_shipment").content.decode()
        assert "Shipped late: cannot be filed" in refused
        assert "reason_not_applicable" not in refused  # people see the reason, not its code
        form = web.get(f"/disputes/new/?order={order.pk}&reason=not_as_described").content.decode()
        assert "perceived quality alone cannot be judged" in form
        post = {
            "order": order.pk,
            "reason": "not_as_described",
            "requested_outcome": "full_refund",
            "description": "Bowls are 100 mm wide instead of 120 mm.",
            "requirement_source": "",
        }
        missing = web.post("/disputes/new/", post)
        assert "perceived quality alone cannot be judged" in missing.content.decode()
        from tradeguard.disputes.tests.factories import photo

        post.update(
            {
                "requirement_source": "spec_clause",
                "requirement_reference": "3.1",
                "requirement_text": "120 mm",
                "evidence_0_type": "product_photo",
                "evidence_0_file": photo(),
            }
        )
        review = web.post("/disputes/new/", post)
        html = review.content.decode()
        assert "Review before filing" in html
        import re

        hidden = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', html))
        hidden["action"] = "file"
        filed = web.post("/disputes/new/", hidden)
        assert filed.status_code == 302
        dispute = c.buyer.organization.disputes_as_buyer.get()
        assert dispute.evidence.filter(status="submitted").count() == 1
        response = web.get(filed["Location"])
        assert response.status_code == 200
        page = response.content.decode()
        assert "Waiting for the supplier" in page
        assert "case strength" in page


def test_case_pages_for_each_role_and_foreign_404(c: Cast) -> None:
    from tradeguard.accounts.tests.factories import buyer

    with time_machine.travel(NOW, tick=False):
        dispute = file_dispute(c, delivered_order(c, NOW))
        for user in (c.buyer, c.supplier, c.officer):
            assert client_for(user).get(f"/disputes/{dispute.pk}/").status_code == 200
            assert client_for(user).get("/disputes/").status_code == 200
        assert client_for(buyer()).get(f"/disputes/{dispute.pk}/").status_code == 404
        respond = client_for(c.supplier).get(f"/disputes/{dispute.pk}/respond/").content.decode()
        assert "Answer in one of three ways" in respond


def test_case_page_action_errors_are_shown_next_to_the_form(c: Cast) -> None:
    with time_machine.travel(NOW, tick=False):
        dispute = file_dispute(c, delivered_order(c, NOW))
        response = client_for(c.supplier).post(
            f"/disputes/{dispute.pk}/act/propose/", {"kind": "partial_refund", "amount": "99999"}
        )
    assert response.status_code == 422
    assert "more than the covered amount" in response.content.decode()


def test_officer_queue_and_decision_form(c: Cast) -> None:
    with time_machine.travel(NOW, tick=False):
        dispute = file_dispute(c, delivered_order(c, NOW))
        item = add_evidence(c.buyer, dispute, "product_photo")
    with time_machine.travel(NOW + dt.timedelta(days=3, hours=1), tick=False):
        client_for(c.buyer).post(f"/disputes/{dispute.pk}/act/escalate/")
    run_due_at(NOW + dt.timedelta(days=8, hours=2))
    web = client_for(c.officer)
    with time_machine.travel(NOW + dt.timedelta(days=9), tick=False):
        assert "Officer queue" in web.get("/disputes/").content.decode()
        empty = web.post(
            f"/disputes/{dispute.pk}/decide/",
            {"outcome": "supplier", "statement": "Nothing shows a deviation here."},
        )
        assert "No findings, no decision" in empty.content.decode()
        done = web.post(
            f"/disputes/{dispute.pk}/decide/",
            {
                "outcome": "supplier",
                "statement": "Nothing shows a deviation here.",
                "finding_0_text": "The photo shows no measurement.",
                "finding_0_evidence": [str(item.pk)],
                "finding_0_requirement": str(dispute.requirements.get().pk),
            },
        )
    assert done.status_code == 302
    dispute.refresh_from_db()
    assert dispute.status == "decided"


def test_case_page_discards_a_draft_of_your_own_side_only(c: Cast) -> None:
    with time_machine.travel(NOW, tick=False):
        dispute = file_dispute(c, delivered_order(c, NOW))
        draft = add_evidence(c.buyer, dispute, "product_photo", submit=False)
        page = client_for(c.buyer).get(f"/disputes/{dispute.pk}/").content.decode()
        discard = f"/disputes/{dispute.pk}/act/discard_evidence/"
        assert discard in page
        # The supplier neither sees the draft nor can discard it.
        seller_page = client_for(c.supplier).get(f"/disputes/{dispute.pk}/").content.decode()
        assert discard not in seller_page
        refused = client_for(c.supplier).post(
            f"/disputes/{dispute.pk}/act/discard_evidence/", {"evidence": draft.pk}
        )
        assert refused.status_code == 404
        done = client_for(c.buyer).post(
            f"/disputes/{dispute.pk}/act/discard_evidence/", {"evidence": draft.pk}
        )
        assert done.status_code == 302
        assert dispute.evidence.count() == 0
        history = client_for(c.buyer).get(f"/disputes/{dispute.pk}/").content.decode()
        assert "Draft evidence discarded" in history


def test_wizard_keeps_a_file_someone_else_uploaded_first_and_refuses_foreign_hashes(
    c: Cast,
) -> None:
    from tradeguard.disputes.tests.factories import photo

    with time_machine.travel(NOW, tick=False):
        # Another buyer's case already holds the very same photo (files are shared by
        # content, so the stored file names that buyer as its uploader).
        other = file_dispute(c, delivered_order(c, NOW))
        add_evidence(c.buyer, other, "product_photo", color=(200, 30, 30))
        from tradeguard.accounts.tests.factories import buyer

        second = buyer()
        order = delivered_order(Cast(second, c.supplier, c.officer, c.officer2), NOW)
        web = client_for(second)
        hidden = _reviewed(
            web,
            {**_wizard_case(order), "evidence_0_type": "product_photo", "evidence_0_file": photo()},
        )
        assert hidden["evidence_0_sha256"]
        # A hash this user never uploaded is refused, nothing is filed.
        forged = {**hidden, "evidence_0_sha256": "0" * 64}
        refused = web.post("/disputes/new/", forged)
        assert refused.status_code == 422
        assert "no longer held" in refused.content.decode()
        assert not second.organization.disputes_as_buyer.exists()
        filed = web.post("/disputes/new/", hidden)
        assert filed.status_code == 302
        dispute = second.organization.disputes_as_buyer.get()
        assert dispute.evidence.filter(status="submitted").count() == 1


def _wizard_case(order: Any) -> dict[str, Any]:
    """The filing wizard's case fields for `order` (a not-as-described claim)."""
    return {
        "order": order.pk,
        "reason": "not_as_described",
        "requested_outcome": "full_refund",
        "description": "Bowls are 100 mm wide instead of 120 mm.",
        "requirement_source": "spec_clause",
        "requirement_reference": "3.1",
        "requirement_text": "120 mm",
    }


def _reviewed(web: Client, post: dict[str, Any]) -> dict[str, str]:
    """Post the wizard's first step; the review step's hidden fields, ready to file."""
    import re

    review = web.post("/disputes/new/", post).content.decode()
    hidden = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', review))
    hidden["action"] = "file"
    return hidden


def _reviewed_wizard(c: Cast) -> tuple[Client, dict[str, str]]:
    """The wizard at its review step with two staged files; returns the final post."""
    from tradeguard.disputes.tests.factories import pdf, photo

    order = delivered_order(c, NOW)
    web = client_for(c.buyer)
    hidden = _reviewed(
        web,
        {
            **_wizard_case(order),
            "evidence_0_type": "product_photo",
            "evidence_0_file": photo(),
            "evidence_1_type": "sales_contract",
            "evidence_1_file": pdf("contract.pdf"),
        },
    )
    assert hidden["idempotency_key"]
    return web, hidden


def test_reposting_the_wizards_last_step_files_once_with_each_file_once(c: Cast) -> None:
    with time_machine.travel(NOW, tick=False):
        web, final = _reviewed_wizard(c)
        first = web.post("/disputes/new/", final)
        again = web.post("/disputes/new/", final)  # the browser's "resend" or a double click
        assert first.status_code == again.status_code == 302
        assert first["Location"] == again["Location"]
        dispute = c.buyer.organization.disputes_as_buyer.get()
        assert dispute.evidence.count() == 2
        assert dispute.evidence.filter(status="submitted").count() == 2


def test_a_failure_while_attaching_the_evidence_files_nothing(
    c: Cast, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tradeguard.disputes.services import filing

    calls = []
    real = filing.evidence_attach_stored

    def crash_on_second(**kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("the worker died here")
        return real(**kwargs)

    with time_machine.travel(NOW, tick=False):
        web, final = _reviewed_wizard(c)
        monkeypatch.setattr(filing, "evidence_attach_stored", crash_on_second)
        web.raise_request_exception = False
        crashed = web.post("/disputes/new/", final)
        assert crashed.status_code == 500
        assert not c.buyer.organization.disputes_as_buyer.exists()
        # Sent again (same key): filed whole.
        monkeypatch.setattr(filing, "evidence_attach_stored", real)
        assert web.post("/disputes/new/", final).status_code == 302
        assert c.buyer.organization.disputes_as_buyer.get().evidence.count() == 2


def test_case_list_rows_name_their_columns_for_a_phone(c: Cast) -> None:
    """On a phone the list turns into one block per case (.table-stack): each cell
    carries its column's name, so status, whose move and the next deadline stay
    readable without scrolling sideways."""
    with time_machine.travel(NOW, tick=False):
        case = file_dispute(c, delivered_order(c, NOW))
        page = client_for(c.buyer).get("/disputes/").content.decode()
    table = page[page.index('<table class="table table-stack">') :]
    start = table.index(f'href="/disputes/{case.pk}/"')
    row = table[start : table.index("</tr>", start)]
    for column in ("Order", "Status", "Claim", "Whose move", "Next deadline"):
        assert f'data-label="{column}"' in row


def test_refund_rows_name_their_columns_for_a_phone(c: Cast) -> None:
    """On a phone the award's refunds turn into one block per refund (.table-stack):
    status and payment carry their column's name under the amount."""
    case = decided_case(c, NOW)
    with time_machine.travel(NOW + dt.timedelta(days=10, hours=1), tick=False):
        page = client_for(c.officer).get(f"/disputes/{case.pk}/").content.decode()
    refund = case.refunds.get()
    table = page[page.index('<table class="table table-stack"><thead><tr><th>Amount') :]
    row = table[table.index("<tr><td>") : table.index(f'value="{refund.pk}"')]
    for column in ("Status", "Paid"):
        assert f'data-label="{column}"' in row
