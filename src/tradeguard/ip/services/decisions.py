"""Officer decisions on maintained complaints and appeals, and the deadline handlers."""

from __future__ import annotations

from functools import partial
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tradeguard.accounts.models import User
from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError, invalid
from tradeguard.common.events import event_record
from tradeguard.common.formatting import format_date
from tradeguard.common.i18n.text import Text, written_in
from tradeguard.common.timers import timer_schedule
from tradeguard.ip.enums import (
    AppealStatus,
    IpErrorCode,
    RecordKind,
    RemovalKind,
)
from tradeguard.ip.models import (
    Appeal,
    ComplaintItem,
)
from tradeguard.ip.services._common import (
    notify_org,
    require_officer,
    require_reason,
    webhook,
)
from tradeguard.ip.services.items import (
    TIMER_RESPOND,
    S,
    _lock,
    _remove_and_notify,
    _restore_listing,
    _tell_rights_holder,
    _title,
    _wrong_state,
    item_link,
    item_transition,
)
from tradeguard.ip.services.moves import _resolve_for_supplier

# --- officer moves ----------------------------------------------------------------------


def item_decide(
    *,
    actor: User,
    item: ComplaintItem,
    uphold: bool,
    reason: str,
    manifestly_unfounded: bool = False,
) -> ComplaintItem:
    """An officer decides a maintained complaint: uphold (remove) or not (stays/restored)."""
    require_officer(actor, _("Only platform officers decide maintained complaints."))
    reason = require_reason(reason)
    if uphold and manifestly_unfounded:
        raise invalid(
            "manifestly_unfounded", _("An upheld complaint cannot be manifestly unfounded.")
        )
    with transaction.atomic():
        locked = _lock(item)
        if locked.status != S.UNDER_REVIEW:
            raise _wrong_state(locked, gettext_lazy("decide"))
        locked.decided_by = actor
        locked.decision_reason = reason
        locked.decision_language = written_in(actor, reason)
        locked.manifestly_unfounded = manifestly_unfounded
        fields = [
            "decided_by",
            "decision_reason",
            "decision_language",
            "manifestly_unfounded",
            "holds_removal",
            "removal_kind",
        ]
        if uphold:
            _remove_and_notify(
                locked,
                kind=RemovalKind.DECISION,
                actor=actor,
                automated=False,
                facts=Text(
                    gettext_lazy(
                        "The supplier counter-notified; the rights holder maintained complaint "
                        "#%(number)s; an officer reviewed both and decided: %(reason)s"
                    ),
                    number=locked.complaint_id,
                    reason=reason,
                ),
                params={"uphold": True, "reason": reason},
                extra_fields=fields,
                rights_holder_subject=gettext_lazy("Complaint upheld"),
                rights_holder_body=Text(
                    gettext_lazy("An officer upheld your complaint: %(reason)s"), reason=reason
                ),
            )
        else:
            locked.save(
                update_fields=[
                    "decided_by",
                    "decision_reason",
                    "decision_language",
                    "manifestly_unfounded",
                ]
            )
            _resolve_for_supplier(
                locked,
                actor=actor,
                automated=False,
                facts=Text(
                    gettext_lazy(
                        "An officer reviewed the maintained complaint and did not uphold it: "
                        "%(reason)s"
                    ),
                    reason=reason,
                ),
            )
        webhook(
            "ip.item.decided",
            {
                "item_id": locked.pk,
                "complaint_id": locked.complaint_id,
                "uphold": uphold,
                "status": locked.status,
            },
        )
    if manifestly_unfounded:
        from tradeguard.ip.services.reporters import reporter_assess_abuse

        reporter_assess_abuse(organization=locked.complaint.rights_holder, actor=actor)
    return locked


def appeal_decide(
    *,
    actor: User,
    item: ComplaintItem,
    uphold: bool,
    reason: str,
    manifestly_unfounded: bool = False,
) -> Appeal:
    """A different officer reviews the supplier's appeal: uphold restores the listing."""
    require_officer(actor, _("Only platform officers decide appeals."))
    reason = require_reason(reason)
    with transaction.atomic():
        locked = _lock(item)
        appeal = Appeal.objects.select_for_update().filter(item=locked).first()
        if locked.status != S.APPEALED or appeal is None or appeal.status != AppealStatus.OPEN:
            raise _wrong_state(locked, gettext_lazy("decide an appeal"))
        if locked.decided_by_id == actor.pk or appeal.statement.decided_by_id == actor.pk:
            raise ApplicationError(
                IpErrorCode.SAME_OFFICER,
                _("You took the decision under appeal; a different officer must review it."),
                status=403,
            )
        appeal.status = AppealStatus.UPHELD if uphold else AppealStatus.REJECTED
        appeal.decided_by = actor
        appeal.decided_at = clock.now()
        appeal.decision_reason = reason
        appeal.decision_language = written_in(actor, reason)
        appeal.save(
            update_fields=[
                "status",
                "decided_by",
                "decided_at",
                "decision_reason",
                "decision_language",
                "updated_at",
            ]
        )
        where: Any = ""
        if uphold:
            locked.manifestly_unfounded = manifestly_unfounded
            where = _restore_listing(
                locked,
                actor=actor,
                automated=False,
                facts=Text(
                    gettext_lazy(
                        "Your appeal was reviewed by an officer who upheld it: %(reason)s"
                    ),
                    reason=reason,
                ),
                ground=gettext_lazy("On appeal, the removal was found not to be justified."),
            )
            item_transition(
                item=locked,
                new=S.RESTORED,
                actor=actor,
                params={"appeal": appeal.pk, "reason": reason},
                extra_fields=["holds_removal", "manifestly_unfounded"],
            )
        else:
            item_transition(
                item=locked,
                new=S.REMOVED,
                actor=actor,
                params={"appeal": appeal.pk, "reason": reason},
            )
        event_record(
            obj=appeal,
            type=f"ip.appeal.{appeal.status}",
            actor=actor,
            new={"status": appeal.status},
            params={"reason": reason},
        )
        notify_org(
            locked.supplier,
            kind=f"ip.appeal.{appeal.status}",
            subject=Text(
                gettext_lazy("Appeal upheld: %(title)s")
                if uphold
                else gettext_lazy("Appeal rejected: %(title)s"),
                title=_title(locked),
            ),
            body=Text(gettext_lazy("Decision on your appeal: %(reason)s"), reason=reason)
            + "\n\n"
            + (
                where
                if uphold
                else gettext_lazy(
                    "The removal stands. This ends the platform's internal review; "
                    "you may turn to a certified out-of-court dispute settlement body or a court."
                )
            ),
            link=item_link(locked),
            actor=actor,
            topic=locked,
        )
        _tell_rights_holder(
            locked,
            gettext_lazy("Appeal upheld, listing restored")
            if uphold
            else gettext_lazy("Appeal rejected"),
            Text(
                gettext_lazy("An officer decided the supplier's appeal: %(reason)s"), reason=reason
            ),
            actor=actor,
        )
    if uphold and manifestly_unfounded:
        from tradeguard.ip.services.reporters import reporter_assess_abuse

        reporter_assess_abuse(organization=locked.complaint.rights_holder, actor=actor)
    return appeal


# --- deadlines (timer handlers call these) ---------------------------------------------


def item_respond_deadline(item_id: int) -> str:
    """No answer by the deadline: the listing is removed automatically."""
    with transaction.atomic():
        locked = ComplaintItem.objects.select_for_update().filter(pk=item_id).first()
        if locked is None:
            return "gone"
        locked = _lock(locked)
        if locked.status != S.NOTIFIED:
            return f"skipped: {locked.status}"
        if locked.respond_due_at and clock.now() < locked.respond_due_at:
            return "not due"
        _remove_and_notify(
            locked,
            kind=RemovalKind.AUTOMATIC,
            actor=None,
            automated=True,
            facts=Text(
                gettext_lazy(
                    "IP complaint #%(number)s named this listing. You were notified on %(day)s "
                    "and did not remove the listing or counter-notify by the deadline (%(due)s)."
                ),
                number=locked.complaint_id,
                day=partial(format_date, locked.notified_at),
                due=locked.respond_due_at,
            ),
            params={"removal_kind": RemovalKind.AUTOMATIC},
            extra_fields=["holds_removal", "removal_kind"],
            rights_holder_subject=gettext_lazy("Listing removed"),
            rights_holder_body=Text(
                gettext_lazy(
                    "The supplier did not answer by the deadline; “%(title)s” (%(reference)s) "
                    "was removed automatically."
                ),
                title=_title(locked),
                reference=locked.reference,
            ),
        )
    return "removed"


def item_counter_deadline(item_id: int) -> str:
    """The rights holder did not answer the counter-notice: the listing stays/is restored."""
    with transaction.atomic():
        locked = ComplaintItem.objects.select_for_update().filter(pk=item_id).first()
        if locked is None:
            return "gone"
        locked = _lock(locked)
        if locked.status != S.COUNTER_NOTICED:
            return f"skipped: {locked.status}"
        if locked.counter_due_at and clock.now() < locked.counter_due_at:
            return "not due"
        copyright_restore = (
            locked.complaint.record.kind == RecordKind.COPYRIGHT and locked.holds_removal
        )
        facts = (
            gettext_lazy(
                "The supplier filed a valid counter-notice and the rights holder did not record "
                "a court action within 10 business days."
            )
            if copyright_restore
            else gettext_lazy(
                "The supplier counter-notified and the rights holder did not answer by the "
                "deadline."
            )
        )
        _resolve_for_supplier(locked, actor=None, automated=True, facts=facts)
    return str(locked.status)


def schedule_respond_deadline(item: ComplaintItem) -> None:
    assert item.respond_due_at is not None
    timer_schedule(kind=TIMER_RESPOND, aggregate_id=item.pk, due_at=item.respond_due_at)
