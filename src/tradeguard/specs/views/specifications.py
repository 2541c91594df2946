"""Pages for specifications, their versions and the order's specification page."""

from __future__ import annotations

import json
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from tradeguard.accounts.enums import OrgKind, Role
from tradeguard.accounts.models import Organization
from tradeguard.common.errors import ApplicationError
from tradeguard.evidence.serving import file_response
from tradeguard.orders.models import Order
from tradeguard.orders.selectors import order_get, orders_visible_to
from tradeguard.specs import documents, selectors, services
from tradeguard.specs.clauses import describe_target, diff_clauses
from tradeguard.specs.enums import AttachmentStatus
from tradeguard.specs.forms import (
    CLAUSE_FIELDS,
    TARGET_FIELD_MAP,
    AttachForm,
    AttachVersionForm,
    BookForm,
    ClauseFormSet,
    ImportForm,
    PhotoForm,
    QualityForm,
    SpecMetaForm,
)
from tradeguard.specs.models import (
    ApprovedSamplePhoto,
    Inspection,
    InspectionPhoto,
    OrderSpec,
    SpecVersion,
)
from tradeguard.specs.views._common import _404, _is_owner, _user
from tradeguard.web.forms import add_service_error

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
def photo_file(request: HttpRequest, kind: str, photo_id: int) -> HttpResponseBase:
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
    return file_response(request, photo.file)
