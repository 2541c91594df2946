"""Pages for inspections and their reports."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tradeguard.accounts.enums import Role
from tradeguard.accounts.models import User
from tradeguard.common.errors import ApplicationError
from tradeguard.common.pagination import page_from
from tradeguard.specs import policy, selectors, services
from tradeguard.specs.clauses import describe_target
from tradeguard.specs.enums import InspectionStatus, ReportStatus
from tradeguard.specs.forms import (
    DefectFormSet,
    ReportMetaForm,
    TestFormSet,
    format_values,
    parse_values,
)
from tradeguard.specs.models import (
    Inspection,
)
from tradeguard.specs.verdict_text import verdict_for_reader
from tradeguard.specs.views._common import _404, _user
from tradeguard.web.forms import add_service_error

# --- Inspections --------------------------------------------------------------------------


PAGE_SIZE = 50


@login_required
def inspection_list(request: HttpRequest) -> HttpResponse:
    user = _user(request)

    def row(inspection: Any) -> Any:
        signed = [r for r in inspection.reports.all() if r.status == ReportStatus.SIGNED]
        inspection.current = max(signed, key=lambda r: r.number) if signed else None
        inspection.has_draft = any(r.status == ReportStatus.DRAFT for r in inspection.reports.all())
        return inspection

    page = page_from(
        request,
        selectors.inspections_visible_to(user)
        .prefetch_related("reports")
        .order_by("-created_at", "-id"),
        size=PAGE_SIZE,
        build=row,
    )
    return render(
        request,
        "specs/inspections.html",
        {"inspections": page.items, "page": page, "is_inspector": user.role == Role.INSPECTOR},
    )


def _may_report(user: User, inspection: Inspection) -> bool:
    return services.may_report(user, inspection) and inspection.status != InspectionStatus.CANCELLED


@login_required
def inspection_detail(request: HttpRequest, inspection_id: int) -> HttpResponse:
    user = _user(request)
    inspection = _404(selectors.inspection_get, user, inspection_id)
    reports = list(inspection.reports.select_related("signed_by").order_by("number"))
    shown = None
    try:
        shown_number = int(request.GET.get("v", "0"))
    except ValueError:
        shown_number = 0
    if shown_number:
        shown = next((r for r in reports if r.number == shown_number), None)
    if shown is None and reports:
        signed = [r for r in reports if r.status == ReportStatus.SIGNED]
        shown = signed[-1] if signed else reports[-1]
    verdict = services.report_verdict(shown) if shown else None
    sections, clause_rows = (
        verdict_for_reader(
            verdict,
            content=shown.content,
            clauses=inspection.spec_version.clause_dicts if inspection.spec_version else [],
            plan_settings=inspection.plan,
            quantity_tolerance=policy.setting("quantity_tolerance_percent"),
        )
        if verdict is not None and shown is not None
        else ([], [])
    )
    draft = next((r for r in reports if r.status == ReportStatus.DRAFT), None)
    photos = {p.pk: p for p in inspection.photos.select_related("file")}
    return render(
        request,
        "specs/inspection.html",
        {
            "inspection": inspection,
            "reports": reports,
            "report": shown,
            "verdict": verdict,
            "sections": sections,
            "clause_rows": clause_rows,
            "draft": draft,
            "photos": photos,
            # Each defect of the shown report with its photos (for the viewer's links).
            "defects": [
                {**d, "photo_rows": [photos[pk] for pk in d.get("photos", []) if pk in photos]}
                for d in ((shown.content or {}).get("defects", []) if shown else [])
            ],
            "may_report": _may_report(user, inspection),
            "plans": _plan_rows(inspection, shown),
            "next_text": _after_signing(user, inspection, shown),
        },
    )


def _after_signing(user: User, inspection: Inspection, report: Any) -> str:
    """What a signed report means for the viewer, in one sentence."""
    if report is None or report.status != ReportStatus.SIGNED:
        return ""
    party = services.order_party(user, inspection.order)
    if report.overall == "fail":
        if party == "buyer" and inspection.order.shipped_at is not None:
            return _(
                "Next: the goods have shipped, so the signed report is your evidence: cite "
                "its broken clauses in a not-as-described dispute."
            )
        if party == "buyer":
            return _(
                "Next: before paying the balance or releasing the goods, ask the supplier to "
                "rework the lot and book a re-inspection; after delivery, cite the broken "
                "clauses in a not-as-described dispute."
            )
        if party == "supplier":
            return _("Next: rework the lot and ask the buyer to book a re-inspection.")
        return ""
    if report.overall == "pass" and party == "buyer":
        return _("The lot may ship; the report is on record for any later dispute.")
    return ""


def _plan_rows(inspection: Inspection, report: Any) -> list[dict[str, Any]]:
    classes = inspection.plan.get("classes", {})
    rows = []
    for severity in ("critical", "major", "minor"):
        c = classes.get(severity, {})
        rows.append(
            {
                "severity": severity,
                "aql": c.get("aql") or "",
                "inspection": c.get("inspection", "normal"),
            }
        )
    return rows


def _measurable(inspection: Inspection) -> list[dict[str, Any]]:
    clauses = inspection.spec_version.clause_dicts if inspection.spec_version else []
    return [c for c in clauses if c.get("target")]


def _checkable(inspection: Inspection) -> list[dict[str, Any]]:
    clauses = inspection.spec_version.clause_dicts if inspection.spec_version else []
    return [c for c in clauses if c["kind"] in ("labeling", "packaging")]


@login_required
def report_edit(request: HttpRequest, inspection_id: int) -> HttpResponse:
    """Report entry for inspectors (one column on phones). Save the draft or sign it."""
    user = _user(request)
    inspection = _404(selectors.inspection_get, user, inspection_id)
    if not _may_report(user, inspection):
        raise Http404("Only the booked inspection company records this report.")
    reports = list(inspection.reports.order_by("number"))
    base = reports[-1] if reports else None
    content = base.content if base else {}
    needs_reason = bool(base and base.status == ReportStatus.SIGNED)
    measurable = _measurable(inspection)
    checkable = _checkable(inspection)
    measured = {m["clause_id"]: m["values"] for m in content.get("measurements", [])}
    checks = {c["clause_id"]: c for c in content.get("checks", [])}
    meta = ReportMetaForm(
        request.POST or None,
        initial={
            "lot_size": content.get("lot_size") or (services.quantity_ordered(inspection.order)),
            "sample_size": content.get("sample_size"),
            "quantity_presented": content.get("quantity_presented"),
            "notes": content.get("notes", ""),
        },
    )
    defects = DefectFormSet(
        request.POST or None,
        request.FILES or None,
        prefix="d",
        initial=[
            {k: d.get(k) for k in ("severity", "description", "units")}
            for d in content.get("defects", [])
        ],
    )
    tests = TestFormSet(
        request.POST or None,
        prefix="t",
        initial=[
            {"name": t["name"], "passed": "yes" if t["passed"] else "no", "notes": t["notes"]}
            for t in content.get("tests", [])
        ],
    )
    clause_rows = []
    for c in measurable:
        key = f"m_{c['clause_id']}"
        clause_rows.append(
            {
                "clause": c,
                "target_text": describe_target(c["target"]),
                "name": key,
                "value": request.POST.get(key, "")
                if request.method == "POST"
                else format_values(measured.get(c["clause_id"], [])),
            }
        )
    check_rows = []
    for c in checkable:
        key = f"k_{c['clause_id']}"
        existing = checks.get(c["clause_id"])
        check_rows.append(
            {
                "clause": c,
                "name": key,
                "value": request.POST.get(key, "")
                if request.method == "POST"
                else ("yes" if existing and existing["passed"] else "no" if existing else ""),
                "notes_name": f"kn_{c['clause_id']}",
                "notes": request.POST.get(f"kn_{c['clause_id']}", "")
                if request.method == "POST"
                else (existing or {}).get("notes", ""),
            }
        )
    error_fields: dict[str, str] = {}
    new_content: dict[str, Any] = {}
    if request.method == "POST" and meta.is_valid() and defects.is_valid() and tests.is_valid():
        try:
            new_content = _content_from_post(
                request, inspection, meta, defects, tests, measurable, checkable, content
            )
            services.inspection_report_save(
                actor=user,
                inspection=inspection,
                content=new_content,
                correction_reason=meta.cleaned_data["correction_reason"],
            )
            if request.POST.get("action") == "sign":
                report = services.inspection_report_sign(actor=user, inspection=inspection)
                messages.success(request, _signed_message(report))
                return redirect("specs:inspection", inspection.pk)
        except ApplicationError as exc:
            error_fields = _report_errors(exc, new_content, measurable + checkable)
            add_service_error(meta, exc, {k: k for k in meta.fields})
        else:
            draft = inspection.reports.filter(status=ReportStatus.DRAFT).first()
            verdict = draft.overall_label if draft else ""
            messages.success(
                request,
                _(
                    "Draft saved; the verdict so far is %(verdict)s. Nobody else relies on it "
                    "until you sign it."
                )
                % {"verdict": verdict or _("not computed yet")},
            )
            return redirect("specs:report_edit", inspection.pk)
    return render(
        request,
        "specs/report_edit.html",
        {
            "inspection": inspection,
            "meta": meta,
            "defects": defects,
            "tests": tests,
            "clause_rows": clause_rows,
            "check_rows": check_rows,
            "needs_reason": needs_reason,
            "sign_number": base.number
            if base and base.status == ReportStatus.DRAFT
            else (base.number + 1 if base else 1),
            "base": base,
            "error_fields": error_fields,
            "plans": _plan_rows(inspection, base),
        },
        status=422 if error_fields or (request.method == "POST") else 200,
    )


def _content_from_post(
    request: HttpRequest,
    inspection: Inspection,
    meta: Any,
    defects: Any,
    tests: Any,
    measurable: list[dict[str, Any]],
    checkable: list[dict[str, Any]],
    previous: dict[str, Any],
) -> dict[str, Any]:
    user = _user(request)
    data: dict[str, Any] = {
        k: meta.cleaned_data.get(k)
        for k in ("lot_size", "sample_size", "quantity_presented", "notes")
    }
    previous_defects = previous.get("defects", [])
    defect_rows = []
    for i, form in enumerate(defects.forms):
        cd = form.cleaned_data
        if not cd or not (cd.get("description") or cd.get("severity")):
            continue
        photos = list(previous_defects[i].get("photos", [])) if i < len(previous_defects) else []
        if cd.get("photo"):
            photo = services.inspection_photo_add(
                actor=user,
                inspection=inspection,
                upload=cd["photo"],
                name=cd["photo"].name,
                caption=cd.get("description") or "",
            )
            photos.append(photo.pk)
        defect_rows.append(
            {
                "severity": cd.get("severity"),
                "description": cd.get("description"),
                "units": cd.get("units") or 1,
                "photos": photos,
            }
        )
    data["defects"] = defect_rows
    data["tests"] = [
        {
            "name": f.cleaned_data.get("name"),
            "passed": f.cleaned_data.get("passed") or "",
            "notes": f.cleaned_data.get("notes"),
        }
        for f in tests.forms
        if f.cleaned_data and f.cleaned_data.get("name")
    ]
    data["measurements"] = []
    for c in measurable:
        text = request.POST.get(f"m_{c['clause_id']}", "")
        values = parse_values(text, c["target"])
        if values:
            data["measurements"].append({"clause_id": c["clause_id"], "values": values})
    data["checks"] = []
    for c in checkable:
        verdict = request.POST.get(f"k_{c['clause_id']}", "")
        if verdict in ("yes", "no"):
            data["checks"].append(
                {
                    "clause_id": c["clause_id"],
                    "passed": verdict == "yes",
                    "notes": request.POST.get(f"kn_{c['clause_id']}", ""),
                }
            )
    return data


@login_required
@require_POST
def inspection_sign(request: HttpRequest, inspection_id: int) -> HttpResponse:
    user = _user(request)
    inspection = _404(selectors.inspection_get, user, inspection_id)
    try:
        report = services.inspection_report_sign(actor=user, inspection=inspection)
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _signed_message(report))
    return redirect("specs:inspection", inspection.pk)


def _signed_message(report: Any) -> str:
    return _(
        "Report v%(number)d signed: %(verdict)s. It can no longer change; the buyer and the "
        "supplier have been notified."
    ) % {"number": report.number, "verdict": report.overall_label}


def _report_errors(
    exc: ApplicationError, sent: dict[str, Any], clauses: list[dict[str, Any]]
) -> dict[str, str]:
    """The service's field errors keyed by what the inspector sees ("Clause 3.2 Bottle
    height, value 4"), never by their path ("measurements.0.values.3")."""
    texts = {c["clause_id"]: c["text"] for c in clauses}
    out: dict[str, str] = {}
    meta_fields = set(ReportMetaForm.base_fields)
    for name, reason in exc.fields.items():
        if name in meta_fields:
            continue  # shown at its field
        parts = name.split(".")
        label = ""
        if parts[0] in ("measurements", "checks") and len(parts) > 1 and parts[1].isdigit():
            rows = sent.get(parts[0]) or []
            i = int(parts[1])
            cid = rows[i].get("clause_id", "") if i < len(rows) else ""
            if cid:
                label = _("Clause %(id)s %(text)s") % {"id": cid, "text": texts.get(cid, "")}
                if len(parts) > 3 and parts[2] == "values" and parts[3].isdigit():
                    label += ", " + _("value %(n)d") % {"n": int(parts[3]) + 1}
        elif parts[0] == "defects" and len(parts) > 1 and parts[1].isdigit():
            label = _("Defect %(n)d") % {"n": int(parts[1]) + 1}
        elif parts[0] == "tests" and len(parts) > 1 and parts[1].isdigit():
            label = _("Test %(n)d") % {"n": int(parts[1]) + 1}
        out[label or _("Report")] = reason
    return out


@login_required
@require_POST
def inspection_cancel(request: HttpRequest, inspection_id: int) -> HttpResponse:
    user = _user(request)
    inspection = _404(selectors.inspection_get, user, inspection_id)
    try:
        services.inspection_cancel(
            actor=user, inspection=inspection, reason=request.POST.get("reason", "")
        )
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(
            request,
            _("Inspection cancelled. Book another from the order's specification page."),
        )
    return redirect(reverse("specs:order", args=[inspection.order_id]) + "#inspections")
