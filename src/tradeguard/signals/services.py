"""Writes of scam signals. The detector (`detector.py`) only finds; these store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tradeguard.accounts.enums import VerificationStatus
from tradeguard.common import clock
from tradeguard.common.events import event_record
from tradeguard.signals import rules
from tradeguard.signals.detector import Context, detect
from tradeguard.signals.models import ScamSignal

if TYPE_CHECKING:
    from tradeguard.disputes.models import Message


def signals_check_message(*, message: Message) -> list[ScamSignal]:
    """Check a message just posted on a case; store what is found. Runs inside the
    posting service's transaction, so a message and its signals are written together."""
    dispute = message.dispute
    order = dispute.order
    supplier = dispute.supplier
    verified = supplier.verification_status == VerificationStatus.VERIFIED
    paid = order.paid_at is not None and order.paid_at <= message.created_at
    context = Context(
        paid=paid,
        author=message.party,
        verified_names=(supplier.name,) if verified else (),
        verified_registration=supplier.registration_number if verified else "",
    )
    stored = []
    now = clock.now()
    for found in detect(message.body, context):
        signal = ScamSignal.objects.create(
            kind=found.kind,
            order=order,
            dispute=dispute,
            message=message,
            supplier=supplier,
            rule=found.rule,
            rules_version=rules.VERSION,
            evidence=found.evidence,
            evidence_start=found.start,
            evidence_end=found.end,
            order_paid=paid,
            detected_at=now,
        )
        event_record(
            obj=signal,
            type="signal.detected",
            params={"kind": found.kind, "dispute": dispute.pk, "message": message.pk},
        )
        stored.append(signal)
    return stored
