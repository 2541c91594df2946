"""A reason the system gives a sanction is stored as a code with its values and read in
each reader's language; the stored text stays English (API, audit) and a reason typed
by a person, or written before codes, is shown as stored."""

from __future__ import annotations

import pytest
from django.utils import translation

from tradeguard.disputes.enums import DecisionOutcome, DisputeReason
from tradeguard.ip.enums import ComplaintReason
from tradeguard.sanctions.models import SanctionEntry
from tradeguard.sanctions.policy import Rung
from tradeguard.sanctions.reasons import REASONS
from tradeguard.sanctions.services import points_award, strike_record
from tradeguard.sanctions.tests.factories import supplier_org

pytestmark = pytest.mark.django_db


def test_a_coded_reason_is_stored_in_english_and_read_in_the_readers_language() -> None:
    org = supplier_org()
    entry = points_award(
        supplier=org,
        points=3,
        reason_code="dispute_lost",
        reason_params={"dispute": 8, "reason": "late_shipment", "outcome": "buyer_partial"},
        source_type="dispute",
        source_id=8,
        actor=None,
        idempotency_key="dispute:8:loss",
    )
    entry = SanctionEntry.objects.get(pk=entry.pk)
    assert entry.reason == "Lost dispute #8 (Shipped late): For the buyer: partial refund."
    with translation.override("en"):
        assert entry.reason_text == entry.reason
    with translation.override("zh-hans"):
        chinese = entry.reason_text
        labels = [str(DisputeReason.LATE_SHIPMENT.label), str(DecisionOutcome.BUYER_PARTIAL.label)]
    assert all(label in chinese for label in labels)
    assert "Shipped late" not in chinese


def test_an_ip_strike_names_the_complaint_reason_and_the_listing_as_written() -> None:
    org = supplier_org()
    entry = strike_record(
        supplier=org,
        reason_code="ip_counterfeit",
        reason_params={"complaint": 2, "reason": "counterfeit", "title": "LUMEN arc lamp"},
        source_type="ip_complaint",
        source_id=2,
        actor=None,
        idempotency_key="ip:2:strike",
    )
    assert entry.reason == (
        "Counterfeit: IP complaint #2 upheld (Counterfeit goods) for “LUMEN arc lamp”"
    )
    with translation.override("zh-hans"):
        text = entry.reason_text
        label = str(ComplaintReason.COUNTERFEIT.label)
    assert label in text
    assert "LUMEN arc lamp" in text  # the listing's title is shown as its supplier wrote it


def test_a_typed_reason_and_an_unknown_code_read_as_stored() -> None:
    org = supplier_org()
    entry = points_award(
        supplier=org,
        points=1,
        reason="Fake tracking numbers on three orders",
        source_type="officer",
        source_id=1,
        actor=None,
        idempotency_key="officer:1",
    )
    assert entry.reason_text == "Fake tracking numbers on three orders"
    assert REASONS.render("gone_code", {}, "as stored") == "as stored"
    assert REASONS.render("dispute_lost", {"dispute": 1}, "as stored") == "as stored"


def test_the_ladder_reads_in_the_active_language() -> None:
    rung = Rung(points=36, restriction_days=21, hide_listings=True, terminate=False)
    with translation.override("en"):
        assert rung.label == "36 points: 21-day restriction, listings hidden"
    assert Rung(48, 0, True, True).label == "48 points: membership terminated"
    assert Rung(6, 0, False, False).label == "6 points: warning"
