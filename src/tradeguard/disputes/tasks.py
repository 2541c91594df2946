"""Deadline handlers. Each re-reads the case and does nothing if it moved on, so firing
twice (or late) is harmless."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from tradeguard.common import clock
from tradeguard.common.events import event_record
from tradeguard.common.i18n.text import Text
from tradeguard.common.timers import timer_handler
from tradeguard.disputes.enums import DisputeStatus, ObligationStatus, Party, ReturnStatus
from tradeguard.disputes.models import Dispute, SupplierObligation
from tradeguard.disputes.services import awards_enforce, dispute_close_if_done, dispute_transition
from tradeguard.disputes.services._common import tell
from tradeguard.disputes.services.awards import _refresh
from tradeguard.sanctions.policy import award_ignored_points

S = DisputeStatus


def _locked(dispute_id: int) -> Dispute | None:
    return (
        Dispute.objects.select_for_update()
        .select_related("order", "buyer", "supplier")
        .filter(pk=dispute_id)
        .first()
    )


@timer_handler("dispute.response_reminder")
def response_reminder(dispute_id: int) -> str:
    dispute = (
        Dispute.objects.select_related("order", "buyer", "supplier").filter(pk=dispute_id).first()
    )
    if dispute is None or dispute.status != S.AWAITING_RESPONSE:
        return "skipped: already answered"
    tell(
        dispute,
        [Party.SUPPLIER],
        kind="dispute.reminder",
        subject=_("respond within 24 hours"),
        body=Text(
            _(
                "You have not responded to this dispute yet. Respond by %(due)s, or the buyer "
                "may escalate it and the case is marked “respondent silent”."
            ),
            due=dispute.response_due_at,
        ),
    )
    return "reminded supplier"


@timer_handler("dispute.response_due")
def response_due(dispute_id: int) -> str:
    dispute = (
        Dispute.objects.select_related("order", "buyer", "supplier").filter(pk=dispute_id).first()
    )
    if dispute is None or dispute.status not in (S.AWAITING_RESPONSE, S.NEGOTIATING):
        return "skipped: case moved on"
    silent = dispute.supplier_responded_at is None
    tell(
        dispute,
        [Party.BUYER],
        kind="dispute.may_escalate",
        subject=_("you may escalate now"),
        body=Text(
            _(
                "The supplier did not respond in time. You may now escalate the case to the "
                "platform; otherwise it escalates by itself on %(auto)s."
            )
            if silent
            else _(
                "The case is not settled yet. You may now escalate it to the platform; "
                "otherwise it escalates by itself on %(auto)s."
            ),
            auto=dispute.auto_escalate_at,
        ),
    )
    return "buyer told it may escalate"


@timer_handler("dispute.auto_escalate")
def auto_escalate(dispute_id: int) -> str:
    with transaction.atomic():
        dispute = _locked(dispute_id)
        if dispute is None or dispute.status not in (S.AWAITING_RESPONSE, S.NEGOTIATING):
            return "skipped: case moved on"
        dispute.escalated_by = "system"
        dispute.respondent_silent = dispute.supplier_responded_at is None
        dispute_transition(
            actor=None,
            dispute=dispute,
            to=S.ESCALATED,
            actor_label="system",
            params={"by": "system", "respondent_silent": dispute.respondent_silent},
        )
        return "escalated" + (" (respondent silent)" if dispute.respondent_silent else "")


@timer_handler("dispute.evidence_reminder")
def evidence_reminder(dispute_id: int) -> str:
    dispute = (
        Dispute.objects.select_related("order", "buyer", "supplier").filter(pk=dispute_id).first()
    )
    if dispute is None or dispute.status != S.ESCALATED or dispute.evidence_due_at is None:
        return "skipped: case moved on"
    hours = round((dispute.evidence_due_at - clock.now()).total_seconds() / 3600)
    tell(
        dispute,
        [Party.BUYER, Party.SUPPLIER],
        kind="dispute.reminder",
        subject=Text(_("evidence window closes in about %(hours)s hours"), hours=hours),
        body=Text(
            _(
                "The evidence window closes at %(due)s. Submit your evidence before then. "
                "Drafts that are not submitted by then are not seen by the officer."
            ),
            due=dispute.evidence_due_at,
        ),
    )
    return f"reminded both parties ({hours} h left)"


@timer_handler("dispute.evidence_due")
def evidence_due(dispute_id: int) -> str:
    with transaction.atomic():
        dispute = _locked(dispute_id)
        if dispute is None or dispute.status != S.ESCALATED:
            return "skipped: case moved on"
        if dispute.evidence_due_at and dispute.evidence_due_at > clock.now():
            return "skipped: not due yet"
        dispute_transition(actor=None, dispute=dispute, to=S.UNDER_REVIEW, actor_label="system")
        return "under review"


@timer_handler("dispute.decision_overdue")
def decision_overdue(dispute_id: int) -> str:
    dispute = (
        Dispute.objects.select_related("order", "buyer", "supplier").filter(pk=dispute_id).first()
    )
    if dispute is None or dispute.status not in (S.UNDER_REVIEW, S.APPEALED):
        return "skipped: decided"
    if dispute.decision_due_at and dispute.decision_due_at > clock.now():
        return "skipped: not due yet"
    event_record(
        obj=dispute,
        type="dispute.decision_overdue",
        actor_label="system",
        params={"decision_due_at": dispute.decision_due_at},
    )
    tell(
        dispute,
        [Party.PLATFORM],
        kind="dispute.overdue",
        subject=_("decision overdue"),
        body=Text(
            _("The decision target of %(due)s has passed. The case is highlighted in the queue."),
            due=dispute.decision_due_at or "",
        ),
    )
    return "officers told: overdue"


@timer_handler("dispute.award_reminder")
def award_reminder(dispute_id: int) -> str:
    dispute = (
        Dispute.objects.select_related("order", "buyer", "supplier").filter(pk=dispute_id).first()
    )
    if dispute is None:
        return "skipped"
    pending = SupplierObligation.objects.filter(
        dispute=dispute, status=ObligationStatus.PENDING, due_at__gt=clock.now()
    ).first()
    if pending is None or dispute.status == S.APPEALED:
        return "skipped: nothing pending"
    tell(
        dispute,
        [Party.SUPPLIER],
        kind="dispute.reminder",
        subject=_("award deadline approaching"),
        body=Text(
            _(
                "You must still carry out: %(what)s, by %(due)s. Confirm it on the case page. "
                "Ignoring it costs %(points)s sanction points and restricts your account."
            ),
            what=lambda: str(pending.get_kind_display()).lower(),
            due=pending.due_at,
            points=award_ignored_points(),
        ),
    )
    return "reminded supplier"


@timer_handler("dispute.award_due")
def award_due(dispute_id: int) -> str:
    return awards_enforce(dispute_id)


@timer_handler("dispute.return_due")
def return_due(dispute_id: int) -> str:
    with transaction.atomic():
        dispute = _locked(dispute_id)
        if dispute is None or dispute.return_status != ReturnStatus.AWAITING_SHIPMENT:
            return "skipped: return shipped or not expected"
        if dispute.return_due_at and dispute.return_due_at > clock.now():
            return "skipped: not due yet"
        dispute.return_status = ReturnStatus.MISSED
        dispute.save(update_fields=["return_status", "updated_at"])
        event_record(
            obj=dispute,
            type="dispute.return_missed",
            actor_label="system",
            new={"return_status": ReturnStatus.MISSED},
        )
        tell(
            dispute,
            [Party.BUYER, Party.SUPPLIER],
            kind="dispute.return_missed",
            subject=_("return not shipped"),
            body=_(
                "The goods were not shipped back by the deadline, so the refund tied to the "
                "return lapsed."
            ),
        )
        _refresh(dispute)
        return "return missed: refund lapsed"


@timer_handler("dispute.buyer_confirm_due")
def buyer_confirm_due(dispute_id: int) -> str:
    with transaction.atomic():
        dispute = _locked(dispute_id)
        if dispute is None:
            return "skipped"
        now = clock.now()
        waiting = list(
            SupplierObligation.objects.select_for_update().filter(
                dispute=dispute, status=ObligationStatus.CONFIRMED, buyer_confirm_due_at__lte=now
            )
        )
        for obligation in waiting:
            obligation.status = ObligationStatus.FULFILLED
            obligation.fulfilled_at = now
            obligation.save(update_fields=["status", "fulfilled_at"])
            event_record(
                obj=dispute,
                type="dispute.obligation_fulfilled",
                actor_label="system",
                params={"obligation": obligation.pk, "by": "deadline: the buyer did not object"},
            )
        if waiting:
            _refresh(dispute)
        return f"{len(waiting)} confirmation(s) accepted by default"


@timer_handler("dispute.appeal_window_end")
def appeal_window_end(dispute_id: int) -> str:
    with transaction.atomic():
        dispute = _locked(dispute_id)
        if dispute is None or dispute.status != S.DECIDED:
            return "skipped: not decided"
        dispute_close_if_done(dispute)
        return "closed" if dispute.status == S.CLOSED else "kept open: award pending"
