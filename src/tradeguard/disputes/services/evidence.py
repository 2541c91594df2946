"""Evidence: typed files, content-checked, drafts until submitted, immutable after."""

from __future__ import annotations

import io
from typing import IO, Any

from django.db import transaction
from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError, invalid, not_found
from tradeguard.common.events import event_record
from tradeguard.common.formatting import format_instant
from tradeguard.common.i18n.text import Text, written_in
from tradeguard.disputes import policy
from tradeguard.disputes.enums import (
    DisputesErrorCode,
    DisputeStatus,
    EvidenceStatus,
    EvidenceType,
    Party,
)
from tradeguard.disputes.models import Dispute, EvidenceItem
from tradeguard.disputes.services._common import lock, others, require_party, tell
from tradeguard.evidence.enums import EvidenceErrorCode
from tradeguard.evidence.models import StoredFile
from tradeguard.evidence.services import (
    file_release,
    file_store,
    files_collect_ensure,
    formats_label,
    human_size,
)

E = DisputesErrorCode
S = DisputeStatus


def case_bytes(dispute: Dispute) -> int:
    return int(dispute.evidence.aggregate(total=Sum("file__size"))["total"] or 0)


def _refuse_if_closed(dispute: Dispute) -> None:
    if dispute.status not in policy.EVIDENCE_OPEN_STATUSES:
        raise ApplicationError(
            E.EVIDENCE_CLOSED,
            _("The case is %(lower)s; no more evidence can be added.")
            % {"lower": dispute.get_status_display().lower()},
            status=409,
        )
    if dispute.status == S.UNDER_REVIEW:
        raise ApplicationError(
            E.EVIDENCE_CLOSED,
            _(
                "The evidence window closed on %(evidence_due_at)s; the officer decides on what was submitted. After the decision you may add new evidence for an appeal."
            )
            % {"evidence_due_at": format_instant(dispute.evidence_due_at)},
            status=409,
        )
    if (
        dispute.status == S.DECIDED
        and dispute.appeal_due_at
        and clock.now() > dispute.appeal_due_at
    ):
        raise ApplicationError(
            E.EVIDENCE_CLOSED,
            _("The appeal window is over; no more evidence can be added."),
            status=409,
        )


def evidence_add(
    *,
    actor: Any,
    dispute: Dispute,
    upload: IO[bytes],
    name: str,
    type: str,
    description: str = "",
    size: int | None = None,
    submit: bool = False,
) -> EvidenceItem:
    """Store a file as a draft evidence item of the actor's side (or submit at once)."""
    require_party(actor, dispute, Party.BUYER, Party.SUPPLIER)  # before storing any bytes
    if type not in EvidenceType.values:
        raise invalid(
            "type", _("Choose one of: %(values)s.") % {"values": ", ".join(EvidenceType.values)}
        )
    _refuse_if_closed(dispute)
    max_file = int(policy.setting("evidence_max_file_bytes"))
    max_case = int(policy.setting("evidence_max_case_bytes"))
    used = case_bytes(dispute)
    if size is not None and used + size > max_case:
        raise _case_full(used, max_case)
    allowed = policy.evidence_formats(type)
    stored = file_store(
        upload=upload, name=name, actor=actor, allowed=allowed, max_bytes=max_file, field="file"
    )
    return evidence_attach_stored(
        actor=actor,
        dispute=dispute,
        stored=stored,
        type=type,
        description=description,
        submit=submit,
    )


def evidence_attach_stored(
    *,
    actor: Any,
    dispute: Dispute,
    stored: StoredFile,
    type: str,
    description: str = "",
    submit: bool = False,
) -> EvidenceItem:
    """Attach a file already in the store (e.g. staged in the filing wizard) as a draft
    of the actor's side, or submitted at once, with the same checks as an upload."""
    party = require_party(actor, dispute, Party.BUYER, Party.SUPPLIER)
    if type not in EvidenceType.values:
        raise invalid(
            "type", _("Choose one of: %(values)s.") % {"values": ", ".join(EvidenceType.values)}
        )
    allowed = policy.evidence_formats(type)
    if stored.category not in allowed:
        raise ApplicationError(
            EvidenceErrorCode.UNSUPPORTED_FILE_TYPE,
            _("This file is %(mime)s, which is not accepted as %(type)s.")
            % {"mime": stored.mime_type, "type": str(EvidenceType(type).label).lower()},
            fields={
                "file": _("Accepted formats: %(formats)s.") % {"formats": formats_label(allowed)}
            },
        )
    max_file = int(policy.setting("evidence_max_file_bytes"))
    if stored.size > max_file:
        raise ApplicationError(
            EvidenceErrorCode.FILE_TOO_LARGE,
            _("The file is larger than the limit of %(size)s.") % {"size": human_size(max_file)},
            fields={
                "file": _("Upload a file of at most %(size)s.") % {"size": human_size(max_file)}
            },
            status=413,
        )
    max_case = int(policy.setting("evidence_max_case_bytes"))
    with transaction.atomic():
        dispute = lock(dispute)
        _refuse_if_closed(dispute)
        used = case_bytes(dispute)
        if used + stored.size > max_case:
            raise _case_full(used, max_case)
        now = clock.now()
        item = EvidenceItem.objects.create(
            dispute=dispute,
            party=party,
            uploaded_by=actor,
            type=type,
            description=(description or "").strip()[:500],
            language=written_in(actor, description) if (description or "").strip() else "",
            file=stored,
            status=EvidenceStatus.SUBMITTED if submit else EvidenceStatus.DRAFT,
            submitted_at=now if submit else None,
        )
        event_record(
            obj=dispute,
            type="dispute.evidence_submitted" if submit else "dispute.evidence_added",
            actor=actor,
            params={
                "evidence": item.pk,
                "type": type,
                "sha256": stored.sha256,
                "size": stored.size,
                "party": party,
            },
        )
        if submit:
            _after_submit(actor, dispute, item, party)
    return item


def _case_full(used: int, limit: int) -> ApplicationError:
    return ApplicationError(
        E.CASE_STORAGE_FULL,
        _("This case already holds %(used)s of evidence; the limit is %(limit)s a case.")
        % {"used": human_size(used), "limit": human_size(limit)},
        fields={
            "file": _("Remove drafts you no longer need, or compress videos, and upload again.")
        },
        status=413,
    )


def evidence_submit(*, actor: Any, dispute: Dispute, item: EvidenceItem) -> EvidenceItem:
    """Submit a draft: from now on it is visible to the other side and immutable."""
    with transaction.atomic():
        dispute = lock(dispute)
        party = require_party(actor, dispute, Party.BUYER, Party.SUPPLIER)
        item = EvidenceItem.objects.select_for_update().select_related("file").get(pk=item.pk)
        if item.dispute_id != dispute.pk or item.party != party:
            raise not_found(_("evidence item"))
        if item.status == EvidenceStatus.SUBMITTED:
            raise _already_submitted(
                item, _("Evidence #%(number)s was submitted on %(when)s and can no longer change.")
            )
        _refuse_if_closed(dispute)
        item.status = EvidenceStatus.SUBMITTED
        item.submitted_at = clock.now()
        item.save(update_fields=["status", "submitted_at", "updated_at"])
        event_record(
            obj=dispute,
            type="dispute.evidence_submitted",
            actor=actor,
            old={"evidence_status": EvidenceStatus.DRAFT},
            new={"evidence_status": EvidenceStatus.SUBMITTED},
            params={
                "evidence": item.pk,
                "type": item.type,
                "sha256": item.file.sha256,
                "party": party,
            },
        )
        _after_submit(actor, dispute, item, party)
    return item


def evidence_attach_report(*, actor: Any, dispute: Dispute, report_id: int) -> EvidenceItem:
    """Put a signed inspection report of the case's order into the case as submitted
    evidence (its PDF), so findings can cite it. Only the latest signed version of an
    inspection counts; a report already in the case is refused."""
    from tradeguard.specs import selectors as specs
    from tradeguard.specs.documents import inspection_report_pdf

    require_party(actor, dispute, Party.BUYER, Party.SUPPLIER)
    found = next(
        ((i, r) for i, r in specs.signed_reports(dispute.order) if r.pk == report_id), None
    )
    if found is None:
        raise not_found(_("signed inspection report of this order"))
    inspection, report = found
    data = inspection_report_pdf(report)
    signed = f", signed {report.signed_at:%Y-%m-%d}" if report.signed_at else ""
    with transaction.atomic():
        lock(dispute)  # the duplicate check and the insert see the same case
        present = dispute.evidence.filter(inspection_report=report).first()
        if present is not None:
            raise ApplicationError(
                E.EVIDENCE_ALREADY_IN_CASE,
                _("This report is already in the case as evidence #%(pk)s.") % {"pk": present.pk},
                status=409,
            )
        item = evidence_add(
            actor=actor,
            dispute=dispute,
            upload=io.BytesIO(data),
            name=f"inspection-report-{dispute.order.reference}-{inspection.pk}-v{report.number}.pdf",
            type=EvidenceType.INSPECTION_REPORT,
            description=(
                f"{inspection.get_kind_display()} report v{report.number}{signed}, verdict "
                f"{report.overall or 'pending'}; report SHA-256 {report.sha256}"
            ),
            size=len(data),
            submit=True,
        )
        item.inspection_report = report
        item.save(update_fields=["inspection_report", "updated_at"])
    return item


def evidence_discard(*, actor: Any, dispute: Dispute, item: EvidenceItem) -> None:
    """Drop a draft of the actor's side (a wrong file, or one to replace). Submitted
    evidence stays on the record; the case's history keeps the draft's SHA-256. The
    file leaves the store when nothing uses it and nobody uploaded it for a day (here,
    or later by `tradeguard files-collect`)."""
    with transaction.atomic():
        dispute = lock(dispute)
        party = require_party(actor, dispute, Party.BUYER, Party.SUPPLIER)
        draft = (
            EvidenceItem.objects.select_for_update()
            .select_related("file")
            .filter(pk=item.pk, dispute=dispute, party=party)
            .first()
        )
        if draft is None:
            raise not_found(_("evidence item"))
        if draft.status == EvidenceStatus.SUBMITTED:
            raise _already_submitted(
                draft,
                _(
                    "Evidence #%(number)s was submitted on %(when)s and stays on the record; "
                    "add a new item to correct or explain it."
                ),
            )
        stored = draft.file
        event_record(
            obj=dispute,
            type="dispute.evidence_discarded",
            actor=actor,
            params={
                "evidence": draft.pk,
                "type": draft.type,
                "sha256": stored.sha256,
                "size": stored.size,
                "party": party,
            },
        )
        draft.delete()
        file_release(stored)
        files_collect_ensure()  # the file goes at a later collection if not now


def _already_submitted(item: EvidenceItem, message: Any) -> ApplicationError:
    return ApplicationError(
        E.EVIDENCE_ALREADY_SUBMITTED,
        message % {"number": item.pk, "when": format_instant(item.submitted_at)},
        status=409,
    )


def _after_submit(actor: Any, dispute: Dispute, item: EvidenceItem, party: str) -> None:
    from tradeguard.disputes.services.negotiation import mark_supplier_response

    if party == Party.SUPPLIER:
        mark_supplier_response(actor, dispute)
    tell(
        dispute,
        others(party),
        kind="dispute.evidence",
        subject=Text(
            _("new evidence from the %(side)s"), side=lambda: str(Party(party).label).lower()
        ),
        body=Text(
            _("The %(side)s submitted evidence: %(type)s (%(description)s). SHA-256 %(hash)s.")
            if item.description
            else _("The %(side)s submitted evidence: %(type)s. SHA-256 %(hash)s."),
            side=lambda: str(Party(party).label).lower(),
            type=item.get_type_display,
            description=item.description,
            hash=f"{item.file.sha256[:12]}…",
        ),
        actor=actor,
    )


def allowed_formats_text(evidence_type: str) -> str:
    return formats_label(policy.evidence_formats(evidence_type))
