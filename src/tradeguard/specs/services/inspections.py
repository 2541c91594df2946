"""Inspections: booking, reports, verdicts and signing."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import IO, Any

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tradeguard.accounts.enums import OrgKind, Role
from tradeguard.accounts.models import Organization, User
from tradeguard.common import clock
from tradeguard.common.errors import (
    ApplicationError,
    CommonErrorCode,
    invalid,
    permission_denied,
)
from tradeguard.common.events import event_record
from tradeguard.common.i18n.text import Text
from tradeguard.notifications.services import notify_org
from tradeguard.orders.models import Order
from tradeguard.specs import policy
from tradeguard.specs.enums import (
    AcceptanceParty,
    AttachmentStatus,
    InspectionKind,
    InspectionStatus,
    ReportStatus,
    SpecsErrorCode,
    Verdict,
)
from tradeguard.specs.models import (
    Inspection,
    InspectionPhoto,
    InspectionReport,
    OrderSpec,
    SpecVersion,
)
from tradeguard.specs.services.specifications import (
    _clean_name,
    _require_move,
    _store_photo,
    order_party,
    quality_settings_for,
)
from tradeguard.specs.verdicts import (
    ReportVerdict,
    compute_verdict,
    default_plan_settings,
    validate_content,
)

E = SpecsErrorCode


# --- Inspections ---------------------------------------------------------------------------


def binding_version(order: Order) -> SpecVersion | None:
    att = (
        OrderSpec.objects.filter(order=order, status=AttachmentStatus.BINDING)
        .select_related("version")
        .first()
    )
    return att.version if att else None


def current_version(order: Order) -> SpecVersion | None:
    """The binding version, else the one proposed."""
    version = binding_version(order)
    if version is not None:
        return version
    att = (
        OrderSpec.objects.filter(order=order, status=AttachmentStatus.PROPOSED)
        .select_related("version")
        .first()
    )
    return att.version if att else None


def inspection_book(
    *,
    actor: User,
    order: Order,
    kind: str,
    inspector_org: Organization | None = None,
    scheduled_for: dt.date | None = None,
) -> Inspection:
    """The buyer books an inspection with an inspection company (or does it itself,
    `inspector_org` = its own organization). The plan per defect class comes from the
    order's AQL settings and the switching state of supplier + product + class."""
    from tradeguard.specs.selectors import switching_inspections

    if not actor.is_platform and order_party(actor, order) != AcceptanceParty.BUYER:
        raise permission_denied(_("Only the order's buyer books inspections."))
    if kind not in InspectionKind.values:
        raise invalid(
            "kind", _("Choose one of: %(values)s.") % {"values": ", ".join(InspectionKind.values)}
        )
    org = inspector_org or order.buyer
    if org.pk != order.buyer_id and org.kind != OrgKind.INSPECTOR:
        raise invalid(
            "inspector_org_id",
            _("Book an inspection company, or leave it out to inspect yourself."),
        )
    settings_now = quality_settings_for(order)
    version = current_version(order)
    switching = switching_inspections(order, version)
    plan = default_plan_settings(
        level=settings_now["level"],
        aql_critical=settings_now["aql_critical"],
        aql_major=settings_now["aql_major"],
        aql_minor=settings_now["aql_minor"],
        inspections={k: v if v != "discontinued" else "tightened" for k, v in switching.items()},
    )
    plan["switching"] = switching
    with transaction.atomic():
        Order.objects.select_for_update().get(pk=order.pk)
        inspection = Inspection.objects.create(
            order=order,
            kind=kind,
            inspector_org=org,
            spec_version=version,
            scheduled_for=scheduled_for,
            plan=plan,
            booked_by=actor,
        )
        event_record(
            obj=inspection,
            type="inspection.booked",
            actor=actor,
            new={"status": InspectionStatus.BOOKED, "kind": kind, "inspector_org": org.pk},
            params={"plan": plan},
        )
        event_record(
            obj=order,
            type="order.inspection_booked",
            actor=actor,
            new={"inspection": inspection.pk, "kind": kind},
        )
        if org.pk != order.buyer_id:
            notify_org(
                organization=org,
                kind="inspection.booked",
                subject=Text(
                    gettext_lazy("Inspection booked: order %(reference)s"),
                    reference=order.reference,
                ),
                body=Text(
                    gettext_lazy(
                        "%(buyer)s booked an inspection (%(kind)s) for order %(reference)s."
                    ),
                    buyer=order.buyer.name,
                    kind=inspection.get_kind_display,
                    reference=order.reference,
                ),
                link=f"/specs/inspections/{inspection.pk}/",
                actor=actor,
                topic=order,
            )
    return inspection


def may_report(actor: User, inspection: Inspection) -> bool:
    if actor.organization_id != inspection.inspector_org_id:
        return False
    return actor.role in (Role.INSPECTOR, Role.BUYER)


def inspection_transition(
    *, actor: User | None, inspection: Inspection, to: InspectionStatus, reason: str = ""
) -> Inspection:
    """The one place an inspection changes status (INSPECTION_TRANSITIONS)."""
    _require_move(
        policy.INSPECTION_TRANSITIONS,
        inspection.status,
        to,
        InspectionStatus,
        _("An inspection that is %(current)s cannot become %(to)s."),
    )
    old = inspection.status
    inspection.status = to
    stamp = {"reported": "reported_at", "signed": "signed_at", "cancelled": "cancelled_at"}[to]
    setattr(inspection, stamp, clock.now())
    inspection.save(update_fields=["status", stamp, "updated_at"])
    event_record(
        obj=inspection,
        type=f"inspection.{to}",
        actor=actor,
        old={"status": old},
        new={"status": to},
        params={"reason": reason} if reason else None,
    )
    return inspection


def inspection_cancel(*, actor: User, inspection: Inspection, reason: str = "") -> Inspection:
    if not actor.is_platform and order_party(actor, inspection.order) != AcceptanceParty.BUYER:
        raise permission_denied(_("Only the buyer who booked the inspection cancels it."))
    with transaction.atomic():
        locked = Inspection.objects.select_for_update().get(pk=inspection.pk)
        return inspection_transition(
            actor=actor, inspection=locked, to=InspectionStatus.CANCELLED, reason=reason
        )


def _clauses_of(inspection: Inspection) -> list[dict[str, Any]]:
    return inspection.spec_version.clause_dicts if inspection.spec_version else []


def quantity_ordered(order: Order) -> int | None:
    total = sum((item.quantity for item in order.items.all()), start=0)
    return int(total) if total else None


def inspection_report_save(
    *,
    actor: User,
    inspection: Inspection,
    content: dict[str, Any],
    correction_reason: str = "",
) -> InspectionReport:
    """Create or replace the draft report. After signing, a new draft is a correction
    (a new version) and needs a reason; signed versions never change."""
    if not may_report(actor, inspection):
        raise ApplicationError(
            E.NOT_INSPECTOR,
            _("Only the inspection company booked for this inspection records its report."),
            status=403,
        )
    photo_ids = set(inspection.photos.values_list("pk", flat=True))
    cleaned = validate_content(content, _clauses_of(inspection), photo_ids=photo_ids)
    with transaction.atomic():
        locked = Inspection.objects.select_for_update().get(pk=inspection.pk)
        if locked.status == InspectionStatus.CANCELLED:
            raise ApplicationError(
                E.INVALID_TRANSITION, _("This inspection was cancelled."), status=409
            )
        draft = locked.reports.filter(status=ReportStatus.DRAFT).first()
        if draft is not None:
            draft.content = cleaned
            if correction_reason:
                draft.correction_reason = correction_reason.strip()[:500]
            draft.save(update_fields=["content", "correction_reason", "updated_at"])
            event_record(
                obj=locked,
                type="inspection.report_saved",
                actor=actor,
                params={"version": draft.number},
            )
            return draft
        last = locked.reports.order_by("-number").first()
        reason = (correction_reason or "").strip()
        if last is not None and not reason:
            raise invalid(
                "correction_reason",
                _(
                    "The signed report cannot change. Say why you correct it; the correction becomes a new version."
                ),
            )
        report = InspectionReport.objects.create(
            inspection=locked,
            number=(last.number if last else 0) + 1,
            content=cleaned,
            correction_reason=reason[:500],
            created_by=actor,
        )
        if locked.status == InspectionStatus.BOOKED:
            inspection_transition(actor=actor, inspection=locked, to=InspectionStatus.REPORTED)
        event_record(
            obj=locked,
            type="inspection.report_created",
            actor=actor,
            new={"version": report.number},
            params={"correction_reason": reason} if reason else None,
        )
    return report


def inspection_photo_add(
    *, actor: User, inspection: Inspection, upload: IO[bytes], name: str, caption: str = ""
) -> InspectionPhoto:
    if not may_report(actor, inspection):
        raise ApplicationError(
            E.NOT_INSPECTOR, _("Only the booked inspection company adds report photos."), status=403
        )
    caption = _clean_name(caption, "caption", 300, required=False)
    stored = _store_photo(upload=upload, name=name, actor=actor)
    with transaction.atomic():
        locked = Inspection.objects.select_for_update().get(pk=inspection.pk)
        photo = InspectionPhoto.objects.create(
            inspection=locked, file=stored, caption=caption, uploaded_by=actor
        )
        event_record(
            obj=locked,
            type="inspection.photo_added",
            actor=actor,
            new={"photo": photo.pk, "sha256": stored.sha256},
        )
    return photo


def report_verdict(report: InspectionReport) -> ReportVerdict:
    """The computed verdict of a report (signed ones from the snapshot's inputs)."""
    inspection = report.inspection
    return compute_verdict(
        content=report.content,
        clauses=_clauses_of(inspection),
        settings=inspection.plan,
        quantity_ordered=quantity_ordered(inspection.order),
        quantity_tolerance_percent=policy.setting("quantity_tolerance_percent"),
    )


def inspection_report_sign(*, actor: User, inspection: Inspection) -> InspectionReport:
    """The inspector signs the draft: the verdict is computed and frozen with a
    SHA-256 of content + verdict + plan + spec version; the report is immutable."""
    if not may_report(actor, inspection):
        raise ApplicationError(
            E.NOT_INSPECTOR, _("Only the booked inspection company signs the report."), status=403
        )
    with transaction.atomic():
        locked = Inspection.objects.select_for_update().get(pk=inspection.pk)
        draft = locked.reports.filter(status=ReportStatus.DRAFT).first()
        if draft is None:
            raise ApplicationError(
                E.INVALID_TRANSITION,
                _("There is no draft report to sign. Record the report first."),
                status=409,
            )
        missing = [k for k in ("lot_size", "sample_size") if k not in draft.content]
        if missing:
            raise ApplicationError(
                E.REPORT_INCOMPLETE,
                _("A report needs the lot size and the number of units drawn before it is signed."),
                fields=dict.fromkeys(missing, "This field is required before signing."),
            )
        verdict = report_verdict(draft)
        now = clock.now()
        snapshot = {
            "inspection": locked.pk,
            "version": draft.number,
            "content": draft.content,
            "plan": locked.plan,
            "spec_sha256": locked.spec_version.sha256 if locked.spec_version else None,
            "verdict": verdict.as_dict(),
            "signed_by": actor.email,
            "signed_at": now.isoformat(),
        }
        draft.verdict = verdict.as_dict()
        draft.overall = verdict.overall
        draft.sha256 = hashlib.sha256(
            json.dumps(snapshot, sort_keys=True, separators=(",", ":"), default=str).encode()
        ).hexdigest()
        draft.status = ReportStatus.SIGNED
        draft.signed_by = actor
        draft.signed_at = now
        try:
            draft.save()
        except IntegrityError:  # pragma: no cover - guarded by the lock
            raise ApplicationError(
                CommonErrorCode.CONFLICT, _("Signed concurrently."), status=409
            ) from None
        if locked.status == InspectionStatus.REPORTED:
            inspection_transition(actor=actor, inspection=locked, to=InspectionStatus.SIGNED)
        event_record(
            obj=locked,
            type="inspection.report_signed",
            actor=actor,
            new={"version": draft.number, "overall": verdict.overall, "sha256": draft.sha256},
        )
        event_record(
            obj=locked.order,
            type="order.inspection_signed",
            actor=actor,
            new={"inspection": locked.pk, "overall": verdict.overall, "version": draft.number},
        )
        order = locked.order
        for org in {order.buyer, order.supplier}:
            notify_org(
                organization=org,
                kind="inspection.signed",
                subject=Text(
                    gettext_lazy("Inspection report: %(verdict)s, order %(reference)s"),
                    verdict=Verdict(verdict.overall).label,
                    reference=order.reference,
                ),
                body=Text(
                    gettext_lazy(
                        "%(inspector)s signed report v%(number)s of the inspection (%(kind)s): "
                        "%(verdict)s."
                    ),
                    inspector=locked.inspector_org.name,
                    number=str(draft.number),
                    kind=locked.get_kind_display,
                    verdict=Verdict(verdict.overall).label,
                ),
                link=f"/specs/inspections/{locked.pk}/",
                actor=actor,
                topic=order,
            )
    return draft
