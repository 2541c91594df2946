"""IP records and agents' letters of authorization: submission and officer review."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import IO, Any

from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tradeguard.accounts.enums import OrgKind, Role
from tradeguard.accounts.models import Organization, User
from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError, permission_denied
from tradeguard.common.events import event_record
from tradeguard.common.formatting import format_date, format_language, language_codes
from tradeguard.common.hooks import call_after_commit
from tradeguard.common.i18n.text import Text
from tradeguard.common.timers import timer_schedule
from tradeguard.common.workdays import add_working_days
from tradeguard.evidence.enums import FileCategory
from tradeguard.evidence.models import StoredFile
from tradeguard.evidence.services import file_store
from tradeguard.ip import policy
from tradeguard.ip.enums import (
    AuthorizationStatus,
    IpErrorCode,
    RecordImageKind,
    RecordKind,
    RecordStatus,
)
from tradeguard.ip.models import AgentAuthorization, IpRecord, IpRecordImage, ReporterStanding
from tradeguard.ip.services._common import (
    acting_principal,
    notify_org,
    notify_users,
    officers,
    require_officer,
    require_reason,
)

TIMER_REVIEW_DUE = "ip.record.review_due"

DOCUMENT_FORMATS = (FileCategory.PDF, FileCategory.IMAGE)
DOCUMENT_MAX_BYTES = 20 * 1024 * 1024
IMAGE_MAX_BYTES = 15 * 1024 * 1024
MAX_IMAGES = 20
IMAGE_KIND_FOR = {
    RecordKind.TRADEMARK: RecordImageKind.MARK,
    RecordKind.DESIGN_PATENT: RecordImageKind.DRAWING,
    RecordKind.UTILITY_PATENT: RecordImageKind.DRAWING,
    RecordKind.COPYRIGHT: RecordImageKind.REFERENCE,
}


def _name(upload: Any, default: str) -> str:
    return str(getattr(upload, "name", "") or default)


def _clean_classes(classes: Iterable[Any] | str) -> tuple[list[int], str | None]:
    if isinstance(classes, str):
        parts = [p.strip() for p in classes.replace(";", ",").split(",") if p.strip()]
    else:
        parts = [str(p).strip() for p in classes]
    out: list[int] = []
    for part in parts:
        if not part.isdigit() or not 1 <= int(part) <= 45:
            return [], f"{part!r} is not a Nice class; use numbers 1 to 45, e.g. 9, 25."
        if int(part) not in out:
            out.append(int(part))
    return sorted(out), None


def record_submit(
    *,
    actor: User,
    kind: str,
    title: str = "",
    registration_number: str = "",
    jurisdiction: str = "",
    classes: Iterable[Any] | str = (),
    word_mark: str = "",
    valid_until: dt.date | None = None,
    document_language: str = "en",
    certificate: IO[bytes] | None = None,
    translation: IO[bytes] | None = None,
    images: Sequence[IO[bytes]] = (),
    claim_statement: str = "",
    claim_signed_name: str = "",
    on_behalf_of: Organization | None = None,
) -> IpRecord:
    """File an IP record for review. Every missing piece is reported at once, per field;
    nothing is stored unless the whole record is complete."""
    owner = acting_principal(actor, on_behalf_of)
    errors: dict[str, str] = {}
    if kind not in RecordKind.values:
        raise ApplicationError(
            IpErrorCode.RECORD_INCOMPLETE,
            _("Unknown kind of IP record."),
            fields={
                "kind": _("Choose one of: %(values)s.") % {"values": ", ".join(RecordKind.values)}
            },
        )
    kind = RecordKind(kind)
    title = (title or "").strip() or (word_mark or "").strip()
    registration_number = (registration_number or "").strip()
    jurisdiction = (jurisdiction or "").strip()
    language = (document_language or "").strip().lower()
    today = clock.now().date()
    clean_classes: list[int] = []
    if not title:
        errors["title"] = _("Give the mark, design, invention or work title.")
    if language not in language_codes():
        errors["document_language"] = _(
            "Give the ISO 639-1 code of the language the documents are written in, e.g. en, zh, de."
        )
    if valid_until is not None and valid_until < today:
        errors["valid_until"] = _(
            "The right expired on %(date)s; an expired right cannot be registered. "
            "Upload the renewal instead."
        ) % {"date": format_date(valid_until)}
    registered = True
    if kind == RecordKind.COPYRIGHT:
        registered = bool(registration_number)
        if not images:
            errors["images"] = _("Upload at least one reference image of the work.")
        if registered and certificate is None:
            errors["certificate"] = _("Upload the copyright registration certificate.")
        if not registered:
            if not (claim_statement or "").strip():
                errors["claim_statement"] = _(
                    "An unregistered work needs a copyright claim statement: who created "
                    "the work, when, and that you own it."
                )
            if not (claim_signed_name or "").strip():
                errors["claim_signed_name"] = _("Sign the claim statement with your full name.")
    else:
        if not registration_number:
            errors["registration_number"] = _("Give the registration or patent number.")
        if not jurisdiction:
            errors["jurisdiction"] = _("Give the office or country, e.g. EUIPO, CNIPA or US.")
        if valid_until is None:
            errors["valid_until"] = _("Give the date the registration is valid until.")
        if certificate is None:
            errors["certificate"] = _("Upload the registration certificate.")
    if kind == RecordKind.TRADEMARK:
        clean_classes, class_error = _clean_classes(classes)
        if class_error:
            errors["classes"] = class_error
        elif not clean_classes:
            errors["classes"] = _("Give the Nice classes the mark is registered in, e.g. 9, 25.")
        if not (word_mark or "").strip() and not images:
            errors["word_mark"] = _("Give the word mark, upload the mark image, or both.")
    if kind in (RecordKind.DESIGN_PATENT, RecordKind.UTILITY_PATENT) and not images:
        errors["images"] = _("Upload at least one drawing from the patent.")
    if len(images) > MAX_IMAGES:
        errors["images"] = _("Upload at most %(count)s images.") % {"count": MAX_IMAGES}
    has_documents = certificate is not None
    if has_documents and policy.needs_translation(language) and translation is None:
        raise ApplicationError(
            IpErrorCode.TRANSLATION_REQUIRED,
            _("Documents in %(language)s need an English or Chinese translation.")
            % {"language": format_language(language)},
            fields={
                "translation": _(
                    "Attach a translation into English or Chinese, or set the "
                    "document language if the documents are already in English or Chinese."
                ),
                **errors,
            },
        )
    if errors:
        raise ApplicationError(
            IpErrorCode.RECORD_INCOMPLETE,
            _("The IP record is incomplete. Nothing was saved."),
            fields=errors,
        )
    now = clock.now()
    image_kind = IMAGE_KIND_FOR[kind]
    image_formats = (
        (FileCategory.IMAGE, FileCategory.PDF)
        if image_kind == RecordImageKind.DRAWING
        else (FileCategory.IMAGE,)
    )
    with transaction.atomic():
        cert_file = (
            file_store(
                upload=certificate,
                name=_name(certificate, "certificate"),
                actor=actor,
                allowed=DOCUMENT_FORMATS,
                max_bytes=DOCUMENT_MAX_BYTES,
                field="certificate",
            )
            if certificate is not None
            else None
        )
        translation_file = (
            file_store(
                upload=translation,
                name=_name(translation, "translation"),
                actor=actor,
                allowed=DOCUMENT_FORMATS,
                max_bytes=DOCUMENT_MAX_BYTES,
                field="translation",
            )
            if translation is not None
            else None
        )
        stored: list[StoredFile] = []
        for upload in images:
            file = file_store(
                upload=upload,
                name=_name(upload, "image"),
                actor=actor,
                allowed=image_formats,
                max_bytes=IMAGE_MAX_BYTES,
                field="images",
            )
            if file not in stored:
                stored.append(file)
        assert actor.organization is not None  # checked by acting_principal
        record = IpRecord.objects.create(
            owner=owner,
            filed_by=actor,
            filed_by_org=actor.organization,
            kind=kind,
            title=title[:300],
            registration_number=registration_number,
            jurisdiction=jurisdiction,
            classes=clean_classes,
            word_mark=(word_mark or "").strip(),
            valid_until=valid_until,
            registered=registered,
            certificate=cert_file,
            document_language=language,
            translation=translation_file,
            claim_statement=(claim_statement or "").strip() if not registered else "",
            claim_signed_name=(claim_signed_name or "").strip() if not registered else "",
            claim_signed_at=now if not registered else None,
            review_due_at=_review_due(owner, now),
        )
        IpRecordImage.objects.bulk_create(
            IpRecordImage(record=record, file=f, kind=image_kind, position=i)
            for i, f in enumerate(stored)
        )
        event_record(
            obj=record,
            type="ip.record.submitted",
            actor=actor,
            new={"status": record.status, "kind": kind},
            params={
                "owner": owner.name,
                "registration_number": registration_number,
                "images": len(stored),
                "review_due_at": record.review_due_at,
            },
        )
        timer_schedule(kind=TIMER_REVIEW_DUE, aggregate_id=record.pk, due_at=record.review_due_at)
    return record


def record_review_overdue(record_id: int) -> str:
    """The review target passed with the record still waiting: say so to the officers
    (the queue already sorts by the target and highlights what is late)."""
    record = IpRecord.objects.select_related("owner").filter(pk=record_id).first()
    if record is None or record.status != RecordStatus.PENDING:
        return "skipped: reviewed"
    if clock.now() < record.review_due_at:
        return "skipped: not due yet"
    event_record(
        obj=record,
        type="ip.record.review_overdue",
        actor_label="system",
        params={"review_due_at": record.review_due_at},
    )
    notify_users(
        officers(),
        kind="ip.record.overdue",
        subject=Text(
            gettext_lazy("IP record #%(number)s waits past its review target"), number=record.pk
        ),
        body=Text(
            gettext_lazy(
                "%(kind)s “%(title)s” of %(owner)s was due for review by %(due)s. The rights "
                "holder cannot file complaints on it until it is reviewed."
            ),
            kind=record.get_kind_display,
            title=record.title,
            owner=record.owner.name,
            due=record.review_due_at,
        ),
        link=reverse("ip:record", args=[record.pk]),
        topic=record,
    )
    return "officers told"


def _review_due(owner: Organization, now: dt.datetime) -> dt.datetime:
    standing = ReporterStanding.objects.filter(organization=owner, good_faith=True).exists()
    days = policy.setting(
        "good_faith_record_review_working_days" if standing else "record_review_working_days"
    )
    return add_working_days(now, int(days), str(policy.setting("platform_country")))


def _record_decide(*, actor: User, record: IpRecord, approve: bool, reason: str) -> IpRecord:
    require_officer(actor, _("Only platform officers review IP records."))
    if not approve:
        reason = require_reason(reason, message=_("Rejecting an IP record needs a written reason."))
    with transaction.atomic():
        locked = IpRecord.objects.select_for_update().get(pk=record.pk)
        if locked.status != RecordStatus.PENDING:
            raise ApplicationError(
                IpErrorCode.RECORD_NOT_PENDING,
                _("This record is already %(status)s.")
                % {"status": RecordStatus(locked.status).label.lower()},
                status=409,
            )
        old = locked.status
        locked.status = RecordStatus.APPROVED if approve else RecordStatus.REJECTED
        locked.reviewed_by = actor
        locked.reviewed_at = clock.now()
        locked.rejection_reason = "" if approve else reason
        locked.save(
            update_fields=["status", "reviewed_by", "reviewed_at", "rejection_reason", "updated_at"]
        )
        event_record(
            obj=locked,
            type="ip.record.approved" if approve else "ip.record.rejected",
            actor=actor,
            old={"status": old},
            new={"status": locked.status},
            params={"reason": reason} if reason else {},
        )
        verdict = "approved" if approve else "rejected"
        body = Text(
            gettext_lazy(
                "Your %(kind)s record “%(title)s” (%(number)s) was approved. It can now back "
                "complaints."
            )
            if approve
            else gettext_lazy(
                "Your %(kind)s record “%(title)s” (%(number)s) was rejected.\n\nReason: "
                "%(reason)s\n\nYou may file a corrected record."
            ),
            kind=locked.get_kind_display,
            title=locked.title,
            number=locked.registration_number or gettext_lazy("unregistered"),
            reason=reason,
        )
        for org in {locked.owner, locked.filed_by_org}:
            notify_org(
                org,
                kind=f"ip.record.{verdict}",
                subject=Text(
                    gettext_lazy("IP record approved: %(title)s")
                    if approve
                    else gettext_lazy("IP record rejected: %(title)s"),
                    title=locked.title,
                ),
                body=body,
                link=reverse("ip:record", args=[locked.pk]),
                actor=actor,
                topic=locked,
            )
    return locked


# Called with the approved record after the approving transaction commits. The
# image-monitoring app registers itself here (from its AppConfig.ready()) so that a
# copyright record's reference images are watched from the moment it is approved.
RECORD_APPROVED_HOOKS: list[Callable[[IpRecord], None]] = []


def record_approve(*, actor: User, record: IpRecord, reason: str = "") -> IpRecord:
    with transaction.atomic():
        approved = _record_decide(actor=actor, record=record, approve=True, reason=reason)
        call_after_commit(RECORD_APPROVED_HOOKS, approved)
    return approved


def record_reject(*, actor: User, record: IpRecord, reason: str) -> IpRecord:
    return _record_decide(actor=actor, record=record, approve=False, reason=reason)


def agent_authorization_submit(
    *,
    actor: User,
    principal: Organization,
    letter: IO[bytes],
    valid_until: dt.date,
) -> AgentAuthorization:
    """An agent uploads its principal's letter of authorization for officer review."""
    agent = actor.organization
    if actor.role != Role.AGENT or agent is None:
        raise permission_denied(
            _("Only users with the agent role submit letters of authorization.")
        )
    if principal.kind != OrgKind.RIGHTS_HOLDER or principal.pk == agent.pk:
        raise ApplicationError(
            IpErrorCode.NOT_A_RIGHTS_HOLDER,
            _("%(name)s is not another rights-holder organization.") % {"name": principal.name},
            fields={"principal": _("Choose the rights holder that authorized you.")},
        )
    if valid_until < clock.now().date():
        raise ApplicationError(
            IpErrorCode.RECORD_INCOMPLETE,
            _("The letter of authorization has already expired."),
            fields={"valid_until": _("Upload a current letter and give its end date.")},
        )
    with transaction.atomic():
        stored = file_store(
            upload=letter,
            name=_name(letter, "letter-of-authorization"),
            actor=actor,
            allowed=DOCUMENT_FORMATS,
            max_bytes=DOCUMENT_MAX_BYTES,
            field="letter",
        )
        auth = AgentAuthorization.objects.create(
            agent=agent,
            principal=principal,
            letter=stored,
            valid_until=valid_until,
            submitted_by=actor,
        )
        event_record(
            obj=auth,
            type="ip.authorization.submitted",
            actor=actor,
            new={"status": auth.status},
            params={"agent": agent.name, "principal": principal.name, "valid_until": valid_until},
        )
    return auth


def agent_authorization_decide(
    *, actor: User, authorization: AgentAuthorization, approve: bool, reason: str
) -> AgentAuthorization:
    require_officer(actor, _("Only platform officers review letters of authorization."))
    reason = require_reason(
        reason, message=_("A decision on a letter of authorization needs a written reason.")
    )
    with transaction.atomic():
        auth = AgentAuthorization.objects.select_for_update().get(pk=authorization.pk)
        if auth.status != AuthorizationStatus.PENDING:
            raise ApplicationError(
                IpErrorCode.AUTHORIZATION_NOT_PENDING,
                _("This letter of authorization is already %(status)s.")
                % {"status": AuthorizationStatus(auth.status).label.lower()},
                status=409,
            )
        old = auth.status
        auth.status = AuthorizationStatus.APPROVED if approve else AuthorizationStatus.REJECTED
        auth.reviewed_by = actor
        auth.reviewed_at = clock.now()
        auth.review_reason = reason
        auth.save(
            update_fields=["status", "reviewed_by", "reviewed_at", "review_reason", "updated_at"]
        )
        event_record(
            obj=auth,
            type=f"ip.authorization.{auth.status}",
            actor=actor,
            old={"status": old},
            new={"status": auth.status},
            params={"reason": reason},
        )
        notify_org(
            auth.agent,
            kind=f"ip.authorization.{auth.status}",
            subject=Text(
                gettext_lazy("Letter of authorization from %(principal)s: %(status)s"),
                principal=auth.principal.name,
                status=auth.get_status_display,
            ),
            body=Text(
                gettext_lazy("Decision: %(status)s. Reason: %(reason)s"),
                status=auth.get_status_display,
                reason=reason,
            ),
            link=reverse("ip:portal"),
            actor=actor,
        )
    return auth
