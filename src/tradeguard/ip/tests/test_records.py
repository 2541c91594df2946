"""IP records, agents' letters of authorization, drafts and monitored images."""

from __future__ import annotations

import datetime as dt

import pytest

from tradeguard.accounts.enums import Role
from tradeguard.accounts.tests.factories import officer
from tradeguard.common.errors import ApplicationError
from tradeguard.common.testing import ApiClient
from tradeguard.ip.enums import IpErrorCode, RecordStatus
from tradeguard.ip.selectors import copyright_reference_images
from tradeguard.ip.services import (
    agent_authorization_decide,
    agent_authorization_submit,
    complaint_prefill,
    record_reject,
    record_submit,
)
from tradeguard.ip.tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("kind", "kwargs", "missing"),
    [
        (
            "trademark",
            {},
            {
                "registration_number",
                "jurisdiction",
                "valid_until",
                "certificate",
                "classes",
                "word_mark",
                "title",
            },
        ),
        (
            "trademark",
            {
                "title": "LUMEN",
                "registration_number": "1",
                "jurisdiction": "EUIPO",
                "valid_until": dt.date(2030, 1, 1),
                "classes": "9, 99",
                "word_mark": "LUMEN",
            },
            {"classes", "certificate"},
        ),
        (
            "design_patent",
            {
                "title": "Lamp",
                "registration_number": "D1",
                "jurisdiction": "CN",
                "valid_until": dt.date(2030, 1, 1),
            },
            {"images", "certificate"},
        ),
        (
            "utility_patent",
            {"title": "Hinge", "valid_until": dt.date(2020, 1, 1)},
            {"registration_number", "jurisdiction", "valid_until", "certificate", "images"},
        ),
        ("copyright", {"title": "Photo"}, {"images", "claim_statement", "claim_signed_name"}),
        ("copyright", {"title": "Photo", "registration_number": "VA-1"}, {"images", "certificate"}),
    ],
)
def test_record_requires_what_its_kind_needs(frozen, kind, kwargs, missing):
    holder = f.rights_holder()
    with pytest.raises(ApplicationError) as err:
        record_submit(actor=holder, kind=kind, **kwargs)
    assert err.value.code == IpErrorCode.RECORD_INCOMPLETE
    assert set(err.value.fields) == missing


def test_record_review_target_is_three_working_days_in_the_platform_country(frozen):
    holder = f.rights_holder()
    rec = f.record(holder, approve=False)
    # Monday 10:00 Singapore time + 3 working days -> Thursday 23:59:59 SGT.
    assert rec.review_due_at == dt.datetime(2025, 9, 25, 15, 59, 59, tzinfo=dt.UTC)
    rejected = record_reject(actor=officer(), record=rec, reason="Number not found at UKIPO.")
    assert rejected.status == RecordStatus.REJECTED
    assert rejected.rejection_reason == "Number not found at UKIPO."


def test_unregistered_copyright_with_signed_claim(frozen):
    holder = f.rights_holder()
    rec = record_submit(
        actor=holder,
        kind="copyright",
        title="Studio photos",
        images=[f.png("a.png")],
        claim_statement="Taken by our photographer on 2024-03-01.",
        claim_signed_name="Rachel Rights",
    )
    assert rec.registered is False
    assert rec.claim_signed_at is not None
    assert rec.certificate is None


def test_agent_acts_only_with_an_approved_letter(frozen):
    principal = f.rights_holder()
    agent = f.rights_holder(role=Role.AGENT, name="IP Agency Ltd")
    supplier = f.supplier()
    listing = f.listing(supplier.organization)
    with pytest.raises(ApplicationError) as err:
        f.record(agent, on_behalf_of=principal.organization)
    assert err.value.code == IpErrorCode.NO_AUTHORIZATION
    auth = agent_authorization_submit(
        actor=agent,
        principal=principal.organization,
        letter=f.pdf("loa.pdf"),
        valid_until=dt.date(2026, 9, 1),
    )
    with pytest.raises(ApplicationError):
        f.record(agent, on_behalf_of=principal.organization)
    agent_authorization_decide(
        actor=officer(), authorization=auth, approve=True, reason="Letter signed by the director."
    )
    rec = f.record(agent, on_behalf_of=principal.organization)
    assert rec.owner == principal.organization
    assert rec.filed_by_org == agent.organization
    complaint = f.complaint(agent, rec, [listing])
    assert complaint.rights_holder == principal.organization
    assert complaint.filed_by_org == agent.organization
    # Both the principal and the agent see the complaint; the agent answers for it.
    assert ApiClient(principal).get(f"ip/complaints/{complaint.pk}").status_code == 200
    assert ApiClient(agent).get(f"ip/complaints/{complaint.pk}").status_code == 200
    # A plain rights holder (not an agent) cannot act for another organization.
    with pytest.raises(ApplicationError) as err:
        f.record(f.rights_holder(), on_behalf_of=principal.organization)
    assert err.value.status == 403


def test_agent_letter_expiry_ends_authority(frozen):
    principal = f.rights_holder()
    agent = f.rights_holder(role=Role.AGENT)
    auth = agent_authorization_submit(
        actor=agent,
        principal=principal.organization,
        letter=f.pdf("loa.pdf"),
        valid_until=dt.date(2025, 10, 1),
    )
    agent_authorization_decide(actor=officer(), authorization=auth, approve=True, reason="ok")
    rec = f.record(agent, on_behalf_of=principal.organization)
    frozen.move_to(dt.datetime(2025, 10, 2, tzinfo=dt.UTC))
    with pytest.raises(ApplicationError) as err:
        f.complaint(agent, rec, [f.listing(f.supplier().organization)])
    assert err.value.code == IpErrorCode.NO_AUTHORIZATION


def test_copyright_reference_images_are_the_monitored_images(frozen):
    holder = f.rights_holder()
    approved = f.record(holder, kind="copyright")
    f.record(holder, kind="copyright", approve=False)
    f.record(holder, kind="trademark")
    expiring = f.record(holder, kind="copyright", valid_until=dt.date(2025, 9, 30))
    found = copyright_reference_images()
    assert {(img.pk, org.pk, rec.pk) for img, org, rec in found} == {
        (approved.images.get().file_id, holder.organization_id, approved.pk),
        (expiring.images.get().file_id, holder.organization_id, expiring.pk),
    }
    frozen.move_to(dt.datetime(2025, 10, 1, tzinfo=dt.UTC))
    assert [rec.pk for _, _, rec in copyright_reference_images()] == [approved.pk]


def test_complaint_prefill_draft_for_image_monitoring(frozen):
    holder = f.rights_holder()
    rec = f.record(holder, kind="copyright")
    supplier = f.supplier()
    l1, l2 = f.listing(supplier.organization), f.listing(supplier.organization)
    draft = complaint_prefill(
        actor=None,
        rights_holder=holder.organization,
        listings=[l1, l2.pk, l1],
        source_ref={"matches": [7, 8]},
    )
    # Without the record the evidence belongs to, the draft never guesses one of the
    # holder's records (even its only one): the rights holder chooses on the form.
    assert draft.record is None
    assert draft.reason == "image_copy"
    assert draft.listings == [l1.marketplace_url, l2.marketplace_url]
    api = ApiClient(holder)
    assert api.get(f"ip/drafts/{draft.pk}").json()["listings"] == draft.listings
    resp = api.post(
        "ip/complaints",
        {
            "record_id": rec.pk,
            "reason": draft.reason,
            "listings": draft.listings,
            "explanation": draft.explanation,
            "statement_good_faith": True,
            "statement_accuracy": True,
            "statement_authority": True,
            "signature_name": "Rachel",
            "draft_id": draft.pk,
        },
    )
    assert resp.status_code == 201
    draft.refresh_from_db()
    assert draft.complaint_id == resp.json()["id"]
    assert ApiClient(f.rights_holder()).get(f"ip/drafts/{draft.pk}").status_code == 404


def test_officers_are_told_when_a_record_waits_past_its_review_target(frozen):
    from tradeguard.common.events import events_for
    from tradeguard.common.timers import run_due
    from tradeguard.ip.services import record_approve
    from tradeguard.notifications.models import Notification

    reviewer = officer()
    holder = f.rights_holder()
    late = f.record(holder, approve=False)
    on_time = f.record(holder, approve=False)
    record_approve(actor=reviewer, record=on_time)
    run_due(late.review_due_at - dt.timedelta(seconds=1))
    assert not Notification.objects.filter(kind="ip.record.overdue").exists()
    run_due(late.review_due_at)
    # Every officer hears of it, once, about the late record only.
    [told] = Notification.objects.filter(kind="ip.record.overdue", recipient=reviewer)
    assert f"#{late.pk}" in told.subject
    assert "2025-09-25" in told.body
    assert Notification.objects.filter(kind="ip.record.overdue").count() == len(
        {n.recipient_id for n in Notification.objects.filter(kind="ip.record.overdue")}
    )
    run_due(late.review_due_at + dt.timedelta(days=3))  # fires once
    assert Notification.objects.filter(kind="ip.record.overdue", recipient=reviewer).count() == 1
    assert [e.type for e in events_for(late)].count("ip.record.review_overdue") == 1
    assert "ip.record.review_overdue" not in [e.type for e in events_for(on_time)]
