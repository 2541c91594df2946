"""Answers of the parties on the per-listing clock: the supplier removes, counter-notifies
or appeals; the rights holder accepts, maintains, records a court action or withdraws."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import IO, Any

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tradeguard.accounts.models import User
from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError, invalid
from tradeguard.common.formatting import format_date
from tradeguard.common.i18n.legal import signature_for
from tradeguard.common.i18n.text import Text, written_in
from tradeguard.common.timers import timer_schedule
from tradeguard.common.workdays import add_working_days
from tradeguard.evidence.models import StoredFile
from tradeguard.evidence.services import file_store
from tradeguard.ip import legal, policy
from tradeguard.ip.enums import (
    IpErrorCode,
    RecordKind,
    RemovalKind,
    SorDecision,
)
from tradeguard.ip.models import (
    Appeal,
    ComplaintItem,
    CounterNotice,
)
from tradeguard.ip.selectors import late_counter_until
from tradeguard.ip.services._common import (
    notify_org,
    notify_users,
    officers,
)
from tradeguard.ip.services.items import (
    DOCUMENT_FORMATS,
    DOCUMENT_MAX_BYTES,
    MAX_DOCUMENTS,
    TIMER_COUNTER,
    S,
    _deadline_check,
    _lock,
    _remove_and_notify,
    _require_reporter,
    _require_supplier,
    _restore_listing,
    _tell_rights_holder,
    _title,
    _wrong_state,
    item_link,
    item_transition,
)
from tradeguard.ip.services.reminders import schedule_counter_reminders


def _store_documents(documents: Sequence[IO[bytes]], actor: User) -> list[StoredFile]:
    """Store the supplier's supporting documents (counter-notice, appeal)."""
    return [
        file_store(
            upload=doc,
            name=str(getattr(doc, "name", "") or "document"),
            actor=actor,
            allowed=DOCUMENT_FORMATS,
            max_bytes=DOCUMENT_MAX_BYTES,
            field="documents",
        )
        for doc in documents
    ]


def item_document_stage(*, actor: User, item: ComplaintItem, upload: IO[bytes]) -> StoredFile:
    """Store one supporting document of the supplier's counter-notice or appeal before it
    is filed: a refused filing keeps what was uploaded and the form hands it back for the
    next attempt. Nothing is attached to the item yet; a file nobody attaches is
    collected after a day like any other unused upload."""
    _require_supplier(actor, item)
    return _store_documents([upload], actor)[0]


def _all_documents(
    documents: Sequence[IO[bytes]], stored_documents: Sequence[StoredFile], actor: User
) -> list[StoredFile]:
    stored = [*stored_documents, *_store_documents(documents, actor)]
    return list({f.pk: f for f in stored}.values())


# --- supplier moves ---------------------------------------------------------------------


def item_remove(*, actor: User, item: ComplaintItem) -> ComplaintItem:
    """The supplier takes the listing down in answer to the notice."""
    with transaction.atomic():
        locked = _lock(item)
        _require_supplier(actor, locked)
        if locked.status != S.NOTIFIED:
            raise _wrong_state(locked, gettext_lazy("remove the listing in answer to this notice"))
        _remove_and_notify(
            locked,
            kind=RemovalKind.VOLUNTARY,
            actor=actor,
            automated=False,
            facts=Text(
                gettext_lazy(
                    "IP complaint #%(number)s named this listing; on %(day)s you chose to "
                    "remove it rather than counter-notify."
                ),
                number=locked.complaint_id,
                day=partial(format_date, clock.now()),
            ),
            params={"removal_kind": RemovalKind.VOLUNTARY},
            extra_fields=["holds_removal", "removal_kind"],
            rights_holder_subject=gettext_lazy("Listing removed by the supplier"),
            rights_holder_body=Text(
                gettext_lazy("The supplier removed “%(title)s” (%(reference)s)."),
                title=_title(locked),
                reference=locked.reference,
            ),
        )
    return locked


def item_counter_notice(
    *,
    actor: User,
    item: ComplaintItem,
    explanation: str,
    statement_perjury: bool,
    consent_jurisdiction: bool,
    signature_name: str,
    documents: Sequence[IO[bytes]] = (),
    stored_documents: Sequence[StoredFile] = (),
    statement_language: str | None = None,
    statements_sha256: str | None = None,
) -> ComplaintItem:
    """The supplier disputes the notice: before the deadline (listing stays up while the
    rights holder answers), or after an automatic or voluntary removal within the late
    counter-notice window. `documents` are uploads to store; `stored_documents` were
    stored before (`item_document_stage`), e.g. by an earlier attempt that was refused.
    The statements are signed as for `complaint_file`."""
    signed = signature_for(
        legal.COUNTER_NOTICE,
        actor=actor,
        language=statement_language,
        shown_sha256=statements_sha256,
    )
    errors: dict[str, str] = {}
    if not (explanation or "").strip():
        errors["explanation"] = _(
            "Explain why the listing does not infringe (e.g. your own design, a licence)."
        )
    if not statement_perjury:
        errors["statement_perjury"] = _(
            "Confirm under penalty of perjury that the listing was removed or named by "
            "mistake or misidentification."
        )
    if not consent_jurisdiction:
        errors["consent_jurisdiction"] = _(
            "Consent to the jurisdiction of the courts where the rights holder may sue."
        )
    if not (signature_name or "").strip():
        errors["signature_name"] = _("Sign with your full name.")
    if len(documents) + len(stored_documents) > MAX_DOCUMENTS:
        errors["documents"] = _("Attach at most %(count)s documents.") % {"count": MAX_DOCUMENTS}
    with transaction.atomic():
        locked = _lock(item)
        _require_supplier(actor, locked)
        if CounterNotice.objects.filter(item=locked).exists():
            raise ApplicationError(
                IpErrorCode.INVALID_TRANSITION,
                _("You already filed a counter-notice for this listing."),
                status=409,
            )
        if locked.status == S.REMOVED:
            if locked.removal_kind == RemovalKind.DECISION:
                raise ApplicationError(
                    IpErrorCode.INVALID_TRANSITION,
                    _("An officer decided this removal; appeal it instead."),
                    status=409,
                )
            _deadline_check(
                late_counter_until(locked), gettext_lazy("counter-notify after removal")
            )
        elif locked.status != S.NOTIFIED:
            raise _wrong_state(locked, gettext_lazy("counter-notify"))
        if errors:
            raise ApplicationError(
                IpErrorCode.STATEMENTS_MISSING,
                _("The counter-notice is incomplete. Nothing was saved."),
                fields=errors,
            )
        stored = _all_documents(documents, stored_documents, actor)
        now = clock.now()
        counter = CounterNotice.objects.create(
            item=locked,
            filed_by=actor,
            explanation=explanation.strip(),
            language=written_in(actor, explanation),
            **signed,
            statement_perjury=True,
            consent_jurisdiction=True,
            signature_name=signature_name.strip(),
            signed_at=now,
            listing_was_removed=locked.holds_removal,
        )
        counter.documents.set(stored)
        copyright_restore = (
            locked.complaint.record.kind == RecordKind.COPYRIGHT and locked.holds_removal
        )
        days = policy.setting(
            "copyright_restore_working_days" if copyright_restore else "rights_holder_working_days"
        )
        locked.counter_due_at = add_working_days(now, int(days), locked.supplier.country)  # type: ignore[union-attr]
        item_transition(
            item=locked,
            new=S.COUNTER_NOTICED,
            actor=actor,
            params={
                "counter_notice": counter.pk,
                "documents": len(stored),
                "due_at": locked.counter_due_at,
            },
            extra_fields=["counter_due_at"],
        )
        timer_schedule(kind=TIMER_COUNTER, aggregate_id=locked.pk, due_at=locked.counter_due_at)
        schedule_counter_reminders(locked)
        if copyright_restore:
            options = gettext_lazy(
                "The listing will be restored at %(due)s unless you record on the complaint "
                "page that you filed a court action against the supplier before then. You "
                "may also accept the counter-notice now."
            )
        elif locked.holds_removal:
            options = gettext_lazy(
                "Accept it (the listing stays) or maintain your complaint (an officer "
                "decides) by %(due)s. If you do not answer, the listing stays and is restored."
            )
        else:
            options = gettext_lazy(
                "Accept it (the listing stays) or maintain your complaint (an officer "
                "decides) by %(due)s. If you do not answer, the listing stays."
            )
        _tell_rights_holder(
            locked,
            gettext_lazy("Counter-notice received"),
            Text(
                gettext_lazy(
                    "The supplier %(supplier)s counter-notified for “%(title)s” "
                    "(%(reference)s):\n\n%(explanation)s\n\nSigned: %(signature)s, under "
                    "penalty of perjury, consenting to jurisdiction."
                ),
                supplier=locked.supplier.name,  # type: ignore[union-attr]
                title=_title(locked),
                reference=locked.reference,
                explanation=counter.explanation,
                signature=counter.signature_name,
            )
            + "\n\n"
            + Text(options, due=locked.counter_due_at),
            actor=actor,
        )
    return locked


def item_appeal(
    *,
    actor: User,
    item: ComplaintItem,
    explanation: str,
    documents: Sequence[IO[bytes]] = (),
    stored_documents: Sequence[StoredFile] = (),
) -> Appeal:
    """The supplier's free internal complaint against a removal (EU DSA Art. 20);
    documents as for `item_counter_notice`."""
    if not (explanation or "").strip():
        raise invalid("explanation", _("Explain why the removal was wrong and what you ask for."))
    with transaction.atomic():
        locked = _lock(item)
        _require_supplier(actor, locked)
        if Appeal.objects.filter(item=locked).exists():
            raise ApplicationError(
                IpErrorCode.ALREADY_APPEALED,
                _("You already appealed this removal; its decision is final on the platform."),
                status=409,
            )
        if locked.status != S.REMOVED:
            raise _wrong_state(locked, gettext_lazy("appeal"))
        statement = (
            locked.statements.filter(decision=SorDecision.REMOVAL)
            .order_by("-created_at", "-id")
            .first()
        )
        assert statement is not None
        assert statement.appeal_until is not None
        if clock.now() > statement.appeal_until:
            raise ApplicationError(
                IpErrorCode.APPEAL_WINDOW_CLOSED,
                _("The appeal window closed on %(appeal_until)s.")
                % {"appeal_until": format(statement.appeal_until, "%Y-%m-%d")},
                status=409,
            )
        stored = _all_documents(documents, stored_documents, actor)[:MAX_DOCUMENTS]
        appeal = Appeal.objects.create(
            item=locked,
            statement=statement,
            filed_by=actor,
            explanation=explanation.strip(),
            language=written_in(actor, explanation),
        )
        appeal.documents.set(stored)
        item_transition(item=locked, new=S.APPEALED, actor=actor, params={"appeal": appeal.pk})
        _tell_rights_holder(
            locked,
            gettext_lazy("Removal appealed"),
            Text(
                gettext_lazy(
                    "The supplier appealed the removal of “%(title)s”. An officer will review "
                    "it.\n\n%(explanation)s"
                ),
                title=_title(locked),
                explanation=appeal.explanation,
            ),
            actor=actor,
        )
        notify_users(
            officers(),
            kind="ip.appeal.filed",
            subject=Text(gettext_lazy("IP appeal on item #%(number)s"), number=locked.pk),
            body=appeal.explanation,
            link=item_link(locked),
            actor=actor,
            topic=locked,
        )
    return appeal


# --- rights-holder moves ----------------------------------------------------------------


def item_accept_counter(*, actor: User, item: ComplaintItem) -> ComplaintItem:
    with transaction.atomic():
        locked = _lock(item)
        _require_reporter(actor, locked.complaint)
        if locked.status != S.COUNTER_NOTICED:
            raise _wrong_state(locked, gettext_lazy("accept a counter-notice"))
        _resolve_for_supplier(
            locked,
            actor=actor,
            automated=False,
            facts=gettext_lazy("The rights holder accepted the supplier's counter-notice."),
        )
    return locked


def item_maintain(*, actor: User, item: ComplaintItem, explanation: str = "") -> ComplaintItem:
    with transaction.atomic():
        locked = _lock(item)
        _require_reporter(actor, locked.complaint)
        if locked.status != S.COUNTER_NOTICED:
            raise _wrong_state(locked, gettext_lazy("maintain the complaint"))
        if locked.complaint.record.kind == RecordKind.COPYRIGHT and locked.holds_removal:
            raise ApplicationError(
                IpErrorCode.INVALID_TRANSITION,
                _(
                    "For copyright, a removed listing is restored after a valid counter-notice "
                    "unless you record that you filed a court action."
                ),
                fields={
                    "court_action": _("Record the court action, or accept the counter-notice.")
                },
                status=409,
            )
        _deadline_check(locked.counter_due_at, gettext_lazy("answer the counter-notice"))
        item_transition(
            item=locked,
            new=S.UNDER_REVIEW,
            actor=actor,
            params={"explanation": (explanation or "").strip()},
        )
        notify_org(
            locked.supplier,
            kind="ip.item.under_review",
            subject=Text(gettext_lazy("Complaint maintained: %(title)s"), title=_title(locked)),
            body=Text(
                gettext_lazy(
                    "The rights holder maintains its complaint despite your counter-notice. "
                    "A platform officer will decide; the listing stays as it is until then."
                )
            )
            + (
                Text(
                    gettext_lazy("\n\nThe rights holder wrote: %(explanation)s"),
                    explanation=explanation.strip(),
                )
                if explanation
                else ""
            ),
            link=item_link(locked),
            actor=actor,
            topic=locked,
        )
        notify_users(
            officers(),
            kind="ip.item.under_review",
            subject=Text(
                gettext_lazy("IP complaint maintained: item #%(number)s"), number=locked.pk
            ),
            body=Text(
                gettext_lazy("%(reason)s — %(reference)s"),
                reason=locked.complaint.get_reason_display,
                reference=locked.reference,
            ),
            link=item_link(locked),
            actor=actor,
            topic=locked,
        )
    return locked


def item_court_action(*, actor: User, item: ComplaintItem, reference: str) -> ComplaintItem:
    """Copyright: the rights holder records a court action, so the listing stays removed."""
    reference = (reference or "").strip()
    if not reference:
        raise invalid("reference", _("Give the court and case number of the action you filed."))
    with transaction.atomic():
        locked = _lock(item)
        _require_reporter(actor, locked.complaint)
        if locked.complaint.record.kind != RecordKind.COPYRIGHT or not locked.holds_removal:
            raise ApplicationError(
                IpErrorCode.NOT_COPYRIGHT,
                _(
                    "A court action keeps a listing removed only for copyright complaints whose "
                    "listing is removed; maintain the complaint instead."
                ),
                status=409,
            )
        if locked.status != S.COUNTER_NOTICED:
            raise _wrong_state(locked, gettext_lazy("record a court action"))
        _deadline_check(locked.counter_due_at, gettext_lazy("record a court action"))
        locked.court_action_reference = reference[:300]
        item_transition(
            item=locked,
            new=S.COURT_ACTION,
            actor=actor,
            params={"reference": reference},
            extra_fields=["court_action_reference"],
        )
        notify_org(
            locked.supplier,
            kind="ip.item.court_action",
            subject=Text(gettext_lazy("Court action filed: %(title)s"), title=_title(locked)),
            body=Text(
                gettext_lazy(
                    "The rights holder reports a court action (%(reference)s). The listing stays "
                    "removed until the court decides or the rights holder withdraws."
                ),
                reference=reference,
            ),
            link=item_link(locked),
            actor=actor,
            topic=locked,
        )
    return locked


def item_withdraw(*, actor: User, item: ComplaintItem, reason: str = "") -> ComplaintItem:
    with transaction.atomic():
        locked = _lock(item)
        _require_reporter(actor, locked.complaint)
        _withdraw_locked(locked, actor=actor, reason=reason)
    return locked


def _withdraw_locked(item: ComplaintItem, *, actor: Any, reason: str) -> None:
    if not policy.can_transition(item.status, S.WITHDRAWN):
        raise _wrong_state(item, gettext_lazy("withdraw"))
    was_removed = item.holds_removal
    where: Any = ""
    if was_removed:
        where = _restore_listing(
            item,
            actor=actor,
            automated=False,
            facts=Text(
                gettext_lazy(
                    "The rights holder withdrew IP complaint #%(number)s for this listing."
                ),
                number=item.complaint_id,
            ),
            ground=gettext_lazy("A withdrawn complaint no longer supports the removal."),
        )
    item_transition(
        item=item,
        new=S.WITHDRAWN,
        actor=actor,
        params={"reason": reason} if reason else {},
        extra_fields=["holds_removal"],
    )
    notify_org(
        item.supplier,
        kind="ip.item.withdrawn",
        subject=Text(gettext_lazy("Complaint withdrawn: %(title)s"), title=_title(item)),
        body=Text(gettext_lazy("The rights holder withdrew its complaint against this listing."))
        + (
            Text(gettext_lazy(" The removal is lifted. %(where)s"), where=where)
            if was_removed
            else ""
        )
        + (Text(gettext_lazy("\n\nReason given: %(reason)s"), reason=reason) if reason else ""),
        link=item_link(item),
        actor=actor,
        topic=item,
    )


def _resolve_for_supplier(item: ComplaintItem, *, actor: Any, automated: bool, facts: Any) -> None:
    """End the item in the supplier's favour: the listing stays, or comes back. `facts`
    is lazy or a `Text`: each reader reads it in their language."""
    where: Any = gettext_lazy("Your listing stays up.")
    if item.holds_removal:
        where = _restore_listing(
            item,
            actor=actor,
            automated=automated,
            facts=facts,
            ground=gettext_lazy(
                "Without a maintained complaint, an officer's decision or a court action, "
                "the removal is no longer supported."
            ),
        )
        new = S.RESTORED
    else:
        new = S.DISMISSED
    item_transition(
        item=item,
        new=new,
        actor=actor,
        params={"facts": str(facts)},
        extra_fields=["holds_removal"],
    )
    notify_org(
        item.supplier,
        kind=f"ip.item.{new}",
        subject=Text(
            gettext_lazy("Listing restored: %(title)s")
            if new == S.RESTORED
            else gettext_lazy("Complaint closed: %(title)s"),
            title=_title(item),
        ),
        body=Text(gettext_lazy("%(facts)s %(where)s"), facts=facts, where=where),
        link=item_link(item),
        actor=actor,
        topic=item,
    )
    _tell_rights_holder(
        item,
        gettext_lazy("Listing stays") if new == S.DISMISSED else gettext_lazy("Listing restored"),
        Text(
            gettext_lazy("%(facts)s “%(title)s” (%(reference)s) stays up.")
            if new == S.DISMISSED
            else gettext_lazy("%(facts)s “%(title)s” (%(reference)s) was restored."),
            facts=facts,
            title=_title(item),
            reference=item.reference,
        ),
        actor=actor,
    )
