"""Writes of scam signals. The detector (`detector.py`) only finds; these store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils.translation import gettext as _

from tradeguard.accounts.enums import VerificationStatus
from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError, invalid, not_found, permission_denied
from tradeguard.common.events import event_record
from tradeguard.sanctions.services import points_award
from tradeguard.signals import policy, rules
from tradeguard.signals.detector import Context, detect
from tradeguard.signals.enums import ReviewDecision, SignalKind, SignalsErrorCode, SignalStatus
from tradeguard.signals.models import ScamSignal

SANCTION_SOURCE = "dispute_scam_signals"

if TYPE_CHECKING:
    from tradeguard.disputes.models import Dispute, Message


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


def signal_review(
    *, actor: Any, dispute: Dispute, signal_id: int, decision: str, note: str = ""
) -> ScamSignal:
    """An officer confirms a signal (the supplier gets the serious-violation points,
    once per case) or dismisses it (the buyer's warning drops it)."""
    if not getattr(actor, "is_officer", False):
        raise permission_denied(_("Only officers review scam signals."))
    if decision not in ReviewDecision.values:
        raise invalid(
            "decision",
            _("Choose %(choices)s.")
            % {"choices": ", ".join(str(label) for label in ReviewDecision.labels)},
        )
    note = (note or "").strip()
    if len(note) > 2000:
        raise invalid("note", _("Keep the note under 2,000 characters."))
    with transaction.atomic():
        signal = (
            ScamSignal.objects.select_for_update()
            .filter(pk=signal_id, dispute=dispute)
            .select_related("supplier")
            .first()
        )
        if signal is None:
            raise not_found(_("scam signal"))
        if signal.status != SignalStatus.OPEN:
            raise ApplicationError(
                SignalsErrorCode.ALREADY_REVIEWED,
                _("This signal was already reviewed: %(status)s.")
                % {"status": str(signal.get_status_display()).lower()},
                status=409,
            )
        old = signal.status
        signal.status = (
            SignalStatus.CONFIRMED if decision == ReviewDecision.CONFIRM else SignalStatus.DISMISSED
        )
        signal.reviewed_by = actor
        signal.reviewed_at = clock.now()
        signal.review_note = note
        signal.save(
            update_fields=["status", "reviewed_by", "reviewed_at", "review_note", "updated_at"]
        )
        event_record(
            obj=signal,
            type=f"signal.{signal.status}",
            actor=actor,
            old={"status": old},
            new={"status": signal.status},
            params={"dispute": dispute.pk, "note": note},
        )
        if signal.status == SignalStatus.CONFIRMED:
            points_award(
                supplier=signal.supplier,
                points=policy.confirmed_signal_points(),
                reason=(
                    f"Confirmed scam signal on dispute #{dispute.pk}: "
                    f"{SignalKind(signal.kind).label}."
                ),
                # One sanction per case: the case is the source, its first confirmed
                # signal the reason (later confirmations replay the same entry).
                source_type=SANCTION_SOURCE,
                source_id=dispute.pk,
                actor=actor,
                idempotency_key=f"scam_signal:dispute:{dispute.pk}",
            )
    return signal
