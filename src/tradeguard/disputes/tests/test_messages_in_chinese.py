"""A party reading Chinese gets refusals wholly in Chinese: who is refused and the
case's state are words, never codes ("buyer", "appealed") or English hints."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.utils import translation

from tradeguard.common.errors import ApplicationError
from tradeguard.common.tests.test_i18n import english_left
from tradeguard.disputes import services
from tradeguard.disputes.enums import DisputesErrorCode, DisputeStatus
from tradeguard.disputes.tests.factories import (
    Cast,
    add_evidence,
    at,
    delivered_order,
    file_dispute,
    findings_for,
    run_due_at,
)

pytestmark = pytest.mark.django_db
E = DisputesErrorCode
REASON = "The officer overlooked the measurements in the new report."


def test_a_second_appeal_by_the_same_party_is_refused_in_chinese(c: Cast) -> None:
    start = at(2026, 6, 1)
    with time_machine.travel(start, tick=False):
        dispute = file_dispute(c, delivered_order(c, start), reason="not_as_described")
        add_evidence(c.buyer, dispute, "spec_sheet")
        add_evidence(c.buyer, dispute, "product_photo")
    with time_machine.travel(start + dt.timedelta(days=3, hours=1), tick=False):
        services.dispute_escalate(actor=c.buyer, dispute=dispute)
        with translation.override("zh-hans"), pytest.raises(ApplicationError) as early:
            services.decision_make(
                actor=c.officer,
                dispute=dispute,
                outcome="supplier",
                statement="The photos do not show a deviation from clause 3.1.",
                findings=findings_for(dispute),
            )
    # "this one is escalated. The evidence window ends ...": no English hint left.
    assert early.value.code == E.INVALID_TRANSITION
    assert english_left(early.value.message, ("UTC",)) == [], early.value.message
    run_due_at(start + dt.timedelta(days=8, hours=2))
    dispute.refresh_from_db()
    assert dispute.status == DisputeStatus.UNDER_REVIEW
    with time_machine.travel(start + dt.timedelta(days=9), tick=False):
        services.decision_make(
            actor=c.officer,
            dispute=dispute,
            outcome="supplier",
            statement="The photos do not show a deviation from clause 3.1.",
            findings=findings_for(dispute),
        )
    dispute.refresh_from_db()
    with time_machine.travel(start + dt.timedelta(days=10), tick=False):
        add_evidence(c.buyer, dispute, "lab_report")
        services.appeal_file(actor=c.buyer, dispute=dispute, reason=REASON)
        with translation.override("zh-hans"), pytest.raises(ApplicationError) as pending:
            services.appeal_file(actor=c.buyer, dispute=dispute, reason=REASON)
    assert english_left(pending.value.message) == [], pending.value.message
    with time_machine.travel(start + dt.timedelta(days=12), tick=False):
        services.decision_make(
            actor=c.officer2,
            dispute=dispute,
            outcome="supplier",
            statement="The new report does not change the finding on clause 3.1.",
            findings=findings_for(dispute),
        )
    with time_machine.travel(start + dt.timedelta(days=13), tick=False):
        with translation.override("zh-hans"), pytest.raises(ApplicationError) as again:
            services.appeal_file(actor=c.buyer, dispute=dispute, reason=REASON)
        with translation.override("en"), pytest.raises(ApplicationError) as english:
            services.appeal_file(actor=c.buyer, dispute=dispute, reason=REASON)
    assert again.value.code == E.APPEAL_ALREADY_USED
    assert english_left(again.value.message) == [], again.value.message
    assert "买家" in again.value.message
    assert english.value.message.startswith("The buyer has already appealed")
