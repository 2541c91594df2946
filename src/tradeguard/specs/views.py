"""Spec editor, order spec page (attach, accept, AQL settings, readiness, inspections),
inspection report entry and view. Thin views over the same selectors and services as
the API; service errors are shown next to the fields."""

from __future__ import annotations

import json
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from tradeguard.accounts.enums import OrgKind, Role
from tradeguard.accounts.models import Organization, User
from tradeguard.common.errors import ApplicationError
from tradeguard.evidence.services import file_open
from tradeguard.orders.models import Order
from tradeguard.orders.selectors import order_get, orders_visible_to
from tradeguard.specs import documents, selectors, services
from tradeguard.specs.clauses import describe_target, diff_clauses
from tradeguard.specs.enums import AttachmentStatus, InspectionStatus, ReportStatus
from tradeguard.specs.forms import (
    CLAUSE_FIELDS,
    TARGET_FIELD_MAP,
    AttachForm,
    AttachVersionForm,
    BookForm,
    ClauseFormSet,
    DefectFormSet,
    ImportForm,
    PhotoForm,
    QualityForm,
    ReportMetaForm,
    SpecMetaForm,
    TestFormSet,
    format_values,
    parse_values,
)
from tradeguard.specs.models import (
    ApprovedSamplePhoto,
    Inspection,
    InspectionPhoto,
    OrderSpec,
    Specification,
    SpecVersion,
)
from tradeguard.web.forms import add_service_error


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _404(fn: Any, *args: Any) -> Any:
    try:
        return fn(*args)
    except ApplicationError as exc:
        if exc.status == 404:
            raise Http404(exc.message) from None
        raise


def _is_owner(user: User, spec: Specification) -> bool:
    return user.role == Role.BUYER and user.organization_id == spec.buyer_id


# --- Clause editor helpers ----------------------------------------------------------------


def _clauses_from_formset(formset: Any) -> tuple[list[dict[str, Any]], list[int]]:
    """Clause dicts from the non-blank rows and, for each, its form index."""
    clauses, index = [], []
    for i, form in enumerate(formset.forms):
        if form.is_blank():
            continue
        row = {k: form.cleaned_data.get(k) for k in CLAUSE_FIELDS}
        clauses.append(documents.row_to_clause(row))
        index.append(i)
    return clauses, index


def _place_clause_error(formset: Any, meta: Any, exc: ApplicationError, index: list[int]) -> None:
    placed = False
    for name, reason in exc.fields.items():
        parts = name.split(".")
        if parts[0] == "clauses" and len(parts) >= 3 and parts[1].isdigit():
            i = int(parts[1])
            form = formset.forms[index[i]] if i < len(index) else None
            field = (
                parts[2]
                if parts[2] != "target"
                else TARGET_FIELD_MAP.get(parts[3] if len(parts) > 3 else "type", "target_type")
            )
            if form is not None and field in form.fields:
                form.add_error(field, reason)
                placed = True
                continue
        if name in meta.fields:
            meta.add_error(name, reason)
            placed = True
    if not placed or exc.code == "no_clauses":
        meta.add_error(None, exc.message)


def _initial_rows(clauses: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [documents.clause_to_row(c) for c in clauses]


# --- Specifications -----------------------------------------------------------------------


@login_required
def spec_list(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    specs = selectors.specs_visible_to(user).prefetch_related("versions")
    rows = []
    for spec in specs:
        versions = sorted(spec.versions.all(), key=lambda v: v.number)
        rows.append({"spec": spec, "latest": versions[-1] if versions else None})
    return render(
        request,
        "specs/list.html",
        {"rows": rows, "may_create": user.role == Role.BUYER, "import_form": ImportForm()},
    )


@login_required
def spec_new(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if user.role != Role.BUYER:
        raise Http404("Only buyers write specifications.")
    meta = SpecMetaForm(request.POST or None)
    formset = ClauseFormSet(request.POST or None, prefix="c")
    if request.method == "POST" and meta.is_valid() and formset.is_valid():
        clauses, index = _clauses_from_formset(formset)
        try:
            spec = services.spec_create(
                actor=user,
                product_name=meta.cleaned_data["product_name"],
                reference=meta.cleaned_data["reference"],
                notes=meta.cleaned_data["notes"],
                clauses=clauses,
            )
        except ApplicationError as exc:
            _place_clause_error(formset, meta, exc, index)
        else:
            messages.success(request, f"Specification saved as version 1 ({len(clauses)} clauses).")
            return redirect("specs:detail", spec.pk)
    return render(request, "specs/edit.html", {"meta": meta, "formset": formset, "spec": None})


@login_required
def spec_edit(request: HttpRequest, spec_id: int) -> HttpResponse:
    """Edit = write the next version (earlier versions never change)."""
    user = _user(request)
    spec = _404(selectors.spec_get, user, spec_id)
    if not _is_owner(user, spec):
        raise Http404("Only the owning buyer edits a specification.")
    latest = spec.latest_version
    initial = _initial_rows(latest.clause_dicts) if latest else []
    meta = SpecMetaForm(
        request.POST or None,
        initial={"product_name": spec.product_name, "reference": spec.reference},
    )
    meta.fields["product_name"].disabled = True
    meta.fields["reference"].disabled = True
    formset = ClauseFormSet(request.POST or None, prefix="c", initial=initial)
    if request.method == "POST" and meta.is_valid() and formset.is_valid():
        clauses, index = _clauses_from_formset(formset)
        try:
            version = services.spec_version_create(
                actor=user, specification=spec, clauses=clauses, notes=meta.cleaned_data["notes"]
            )
        except ApplicationError as exc:
            _place_clause_error(formset, meta, exc, index)
        else:
            messages.success(request, f"Saved as version {version.number}.")
            return redirect("specs:detail", spec.pk)
    return render(request, "specs/edit.html", {"meta": meta, "formset": formset, "spec": spec})


def _clause_rows(version: SpecVersion) -> list[dict[str, Any]]:
    return [{**c, "target_text": describe_target(c.get("target"))} for c in version.clause_dicts]


@login_required
def spec_detail(request: HttpRequest, spec_id: int, number: int | None = None) -> HttpResponse:
    user = _user(request)
    spec = _404(selectors.spec_get, user, spec_id)
    versions = list(spec.versions.select_related("created_by").order_by("number"))
    if not versions:
        raise Http404("No versions.")
    version = (
        versions[-1] if number is None else next((v for v in versions if v.number == number), None)
    )
    if version is None:
        raise Http404("No such version.")
    attachments = (
        OrderSpec.objects.filter(version__specification=spec, order__in=orders_visible_to(user))
        .select_related("order", "version", "order__supplier")
        .prefetch_related("acceptances")
    )
    attach_form = None
    if _is_owner(user, spec):
        orders = list(
            orders_visible_to(user).filter(buyer_id=spec.buyer_id).select_related("supplier")[:200]
        )
        attach_form = AttachForm(orders=orders)
    return render(
        request,
        "specs/detail.html",
        {
            "spec": spec,
            "version": version,
            "versions": versions,
            "clauses": _clause_rows(version),
            "attachments": attachments,
            "attach_form": attach_form,
            "is_owner": _is_owner(user, spec),
        },
    )


@login_required
@require_POST
def spec_attach(request: HttpRequest, spec_id: int, number: int) -> HttpResponse:
    user = _user(request)
    spec = _404(selectors.spec_get, user, spec_id)
    version = _404(selectors.version_get, user, spec, number)
    orders = list(
        orders_visible_to(user).filter(buyer_id=spec.buyer_id).select_related("supplier")[:200]
    )
    form = AttachForm(request.POST, orders=orders)
    if form.is_valid():
        order = _404(order_get, user, int(form.cleaned_data["order"]))
        try:
            services.order_spec_attach(actor=user, order=order, version=version)
        except ApplicationError as exc:
            messages.error(request, exc.message)
            return redirect("specs:detail", spec.pk)
        messages.success(
            request,
            f"Version {version.number} attached to order {order.reference}; the supplier is asked to accept it.",
        )
        return redirect("specs:order", order.pk)
    messages.error(request, "Choose an order.")
    return redirect("specs:detail", spec.pk)


@login_required
def spec_diff(request: HttpRequest, spec_id: int) -> HttpResponse:
    user = _user(request)
    spec = _404(selectors.spec_get, user, spec_id)
    versions = list(spec.versions.order_by("number"))
    try:
        a = int(request.GET.get("a", max(1, versions[-1].number - 1)))
        b = int(request.GET.get("b", versions[-1].number))
    except ValueError:
        raise Http404("Bad version numbers.") from None
    old = _404(selectors.version_get, user, spec, a)
    new = _404(selectors.version_get, user, spec, b)
    rows = diff_clauses(old.clause_dicts, new.clause_dicts)
    for row in rows:
        for side in ("old", "new"):
            if row[side]:
                row[f"{side}_target"] = describe_target(row[side].get("target"))
    return render(
        request,
        "specs/diff.html",
        {"spec": spec, "old": old, "new": new, "rows": rows, "versions": versions},
    )


def _download(
    content: bytes, content_type: str, filename: str, inline: bool = False
) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


@login_required
def spec_export(request: HttpRequest, spec_id: int, number: int, fmt: str) -> HttpResponse:
    user = _user(request)
    spec = _404(selectors.spec_get, user, spec_id)
    version = _404(selectors.version_get, user, spec, number)
    name = f"spec-{spec.pk}-v{number}"
    if fmt == "json":
        body = json.dumps(documents.export_document(version), ensure_ascii=False, indent=2)
        return _download(body.encode(), "application/json", f"{name}.json")
    if fmt == "xlsx":
        return _download(documents.xlsx_export(version), documents_xlsx(), f"{name}.xlsx")
    if fmt == "pdf":
        return _download(
            documents.spec_sheet_pdf(version), "application/pdf", f"{name}.pdf", inline=True
        )
    raise Http404("Unknown format.")


def documents_xlsx() -> str:
    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@login_required
def spec_template(request: HttpRequest) -> HttpResponse:
    return _download(documents.xlsx_template(), documents_xlsx(), "tradeguard-spec-template.xlsx")


@login_required
def spec_import(request: HttpRequest, spec_id: int | None = None) -> HttpResponse:
    user = _user(request)
    spec = _404(selectors.spec_get, user, spec_id) if spec_id else None
    if user.role != Role.BUYER:
        raise Http404("Only buyers import specifications.")
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        raw = upload.read(2 * 1024 * 1024 + 1)
        try:
            if raw[:2] == b"PK":
                data = documents.xlsx_parse(raw)
            else:
                data = documents.parse_json_upload(raw)
            version = services.spec_import(actor=user, data=data, specification=spec)
        except ApplicationError as exc:
            add_service_error(form, exc, {"clauses": "file"})
        else:
            messages.success(request, f"Imported as version {version.number}.")
            return redirect("specs:detail", version.specification_id)
    return render(request, "specs/import.html", {"form": form, "spec": spec})


# --- Order spec page ----------------------------------------------------------------------


def _order_context(request: HttpRequest, order: Order, **forms_: Any) -> dict[str, Any]:
    user = _user(request)
    party = services.order_party(user, order)
    attachments = selectors.order_attachments(order)
    for att in attachments:
        accepted = {a.party: a for a in att.acceptances.all()}
        att.accepted_by_party = accepted  # type: ignore[attr-defined]
        att.may_accept = (  # type: ignore[attr-defined]
            att.status == AttachmentStatus.PROPOSED and party is not None and party not in accepted
        )
    is_buyer = party == "buyer"
    versions: list[SpecVersion] = []
    companies: list[Organization] = []
    if is_buyer:
        versions = list(
            SpecVersion.objects.filter(specification__buyer_id=order.buyer_id)
            .select_related("specification")
            .order_by("specification__product_name", "-number")[:200]
        )
        companies = list(Organization.objects.filter(kind=OrgKind.INSPECTOR).order_by("name")[:100])
    quality = services.quality_settings_for(order)
    inspections = list(
        Inspection.objects.filter(order=order)
        .select_related("inspector_org")
        .order_by("-created_at")
    )
    for inspection in inspections:
        inspection.current = selectors.current_report(inspection)  # type: ignore[attr-defined]
    binding = next((a for a in attachments if a.status == AttachmentStatus.BINDING), None)
    proposed = next((a for a in attachments if a.status == AttachmentStatus.PROPOSED), None)
    if binding and not proposed:
        state = (
            "binding",
            f"Version {binding.version.number} is binding for this order. Changes need a new version accepted by both.",
        )
    elif proposed:
        waiting = [p for p in ("buyer", "supplier") if p not in proposed.accepted_by_party]  # type: ignore[attr-defined]
        mine = party in waiting
        state = (
            "proposed",
            ("Your move: " if mine else "Waiting for the " + " and ".join(waiting) + ": ")
            + f"accept version {proposed.version.number} to make it binding.",
        )
    else:
        state = (
            "missing",
            "No specification is attached. "
            + ("Attach one below." if is_buyer else "The buyer attaches one."),
        )
    return {
        "order": order,
        "party": party,
        "is_buyer": is_buyer,
        "attachments": attachments,
        "state": state,
        "readiness": selectors.order_readiness(user, order),
        "inspections": inspections,
        "quality": quality,
        "sample_photos": list(
            ApprovedSamplePhoto.objects.filter(order=order).select_related("file")
        ),
        "attach_form": forms_.get("attach_form")
        or (AttachVersionForm(versions=versions) if is_buyer and versions else None),
        "quality_form": forms_.get("quality_form")
        or (QualityForm(initial=quality) if is_buyer else None),
        "book_form": forms_.get("book_form")
        or (BookForm(companies=companies) if is_buyer else None),
        "photo_form": forms_.get("photo_form") or (PhotoForm() if party else None),
    }


@login_required
def order_spec(request: HttpRequest, order_id: int) -> HttpResponse:
    order = _404(order_get, _user(request), order_id)
    return render(request, "specs/order.html", _order_context(request, order))


@login_required
@require_POST
def order_spec_action(request: HttpRequest, order_id: int, action: str) -> HttpResponse:
    user = _user(request)
    order = _404(order_get, user, order_id)
    forms_: dict[str, Any] = {}
    form: Any
    try:
        if action == "attach":
            versions = list(
                SpecVersion.objects.filter(specification__buyer_id=order.buyer_id).select_related(
                    "specification"
                )
            )
            form = AttachVersionForm(request.POST, versions=versions)
            forms_["attach_form"] = form
            if form.is_valid():
                version = next(v for v in versions if str(v.pk) == form.cleaned_data["version"])
                services.order_spec_attach(actor=user, order=order, version=version)
                messages.success(
                    request,
                    f"Version {version.number} attached; waiting for both parties to accept.",
                )
                return redirect("specs:order", order.pk)
        elif action == "accept":
            att = (
                OrderSpec.objects.filter(pk=request.POST.get("attachment") or 0, order=order)
                .select_related("version")
                .first()
            )
            if att is None:
                raise Http404("No such attachment.")
            services.spec_accept(
                actor=user, attachment=att, sha256=request.POST.get("sha256") or None
            )
            att.refresh_from_db()
            messages.success(
                request,
                "Accepted. The specification is now binding."
                if att.status == AttachmentStatus.BINDING
                else "Accepted. Waiting for the other party.",
            )
            return redirect("specs:order", order.pk)
        elif action == "quality":
            form = QualityForm(request.POST)
            forms_["quality_form"] = form
            if form.is_valid():
                services.quality_settings_update(actor=user, order=order, **form.cleaned_data)
                messages.success(request, "AQL settings saved.")
                return redirect("specs:order", order.pk)
        elif action == "book":
            companies = list(Organization.objects.filter(kind=OrgKind.INSPECTOR))
            form = BookForm(request.POST, companies=companies)
            forms_["book_form"] = form
            if form.is_valid():
                org_id = form.cleaned_data["inspector_org"]
                org = next((c for c in companies if str(c.pk) == org_id), None) if org_id else None
                inspection = services.inspection_book(
                    actor=user,
                    order=order,
                    kind=form.cleaned_data["kind"],
                    inspector_org=org,
                    scheduled_for=form.cleaned_data["scheduled_for"],
                )
                messages.success(request, f"Inspection #{inspection.pk} booked.")
                return redirect("specs:order", order.pk)
        elif action == "photo":
            form = PhotoForm(request.POST, request.FILES)
            forms_["photo_form"] = form
            if form.is_valid():
                upload = form.cleaned_data["file"]
                services.approved_sample_photo_add(
                    actor=user,
                    order=order,
                    upload=upload,
                    name=upload.name,
                    caption=form.cleaned_data["caption"],
                )
                messages.success(request, "Photo of the approved sample added.")
                return redirect("specs:order", order.pk)
        else:
            raise Http404("Unknown action.")
    except ApplicationError as exc:
        if exc.status == 404:
            raise Http404(exc.message) from None
        target = next(iter(forms_.values()), None)
        if target is not None:
            add_service_error(
                target, exc, {"inspector_org_id": "inspector_org", "version_id": "version"}
            )
        else:
            messages.error(request, exc.message)
            return redirect("specs:order", order.pk)
    return render(request, "specs/order.html", _order_context(request, order, **forms_), status=422)


@login_required
def photo_file(request: HttpRequest, kind: str, photo_id: int) -> FileResponse:
    user = _user(request)
    if kind == "sample":
        photo: Any = ApprovedSamplePhoto.objects.filter(pk=photo_id).select_related("file").first()
        if photo is None or not orders_visible_to(user).filter(pk=photo.order_id).exists():
            raise Http404("No such photo.")
    elif kind == "inspection":
        photo = InspectionPhoto.objects.filter(pk=photo_id).select_related("file").first()
        if (
            photo is None
            or not selectors.inspections_visible_to(user).filter(pk=photo.inspection_id).exists()
        ):
            raise Http404("No such photo.")
    else:
        raise Http404("No such photo.")
    return FileResponse(file_open(photo.file), content_type=photo.file.mime_type)


# --- Inspections --------------------------------------------------------------------------


@login_required
def inspection_list(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    inspections = list(selectors.inspections_visible_to(user).prefetch_related("reports")[:300])
    for inspection in inspections:
        signed = [r for r in inspection.reports.all() if r.status == ReportStatus.SIGNED]
        inspection.current = max(signed, key=lambda r: r.number) if signed else None  # type: ignore[attr-defined]
        inspection.has_draft = any(r.status == ReportStatus.DRAFT for r in inspection.reports.all())  # type: ignore[attr-defined]
    return render(
        request,
        "specs/inspections.html",
        {"inspections": inspections, "is_inspector": user.role == Role.INSPECTOR},
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
            "draft": draft,
            "photos": photos,
            "may_report": _may_report(user, inspection),
            "plans": _plan_rows(inspection, shown),
        },
    )


def _plan_rows(inspection: Inspection, report: Any) -> list[dict[str, Any]]:
    classes = inspection.plan.get("classes", {})
    rows = []
    for severity in ("critical", "major", "minor"):
        c = classes.get(severity, {})
        rows.append(
            {
                "severity": severity,
                "aql": c.get("aql") or "0 allowed",
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
                messages.success(
                    request,
                    f"Report v{report.number} signed: {report.overall.upper()}. It can no longer change.",
                )
                return redirect("specs:inspection", inspection.pk)
        except ApplicationError as exc:
            error_fields = dict(exc.fields)
            add_service_error(meta, exc)
        else:
            messages.success(request, "Draft saved.")
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
        messages.success(request, f"Report v{report.number} signed: {report.overall.upper()}.")
    return redirect("specs:inspection", inspection.pk)


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
        messages.success(request, "Inspection cancelled.")
    return redirect(reverse("specs:order", args=[inspection.order_id]) + "#inspections")
