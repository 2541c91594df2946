"""Pages for specifications, their versions and the order's specification page."""

from __future__ import annotations

import json
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.utils.translation import ngettext, pgettext_lazy
from django.views.decorators.http import require_POST

from tradeguard.accounts.enums import OrgKind, Role
from tradeguard.accounts.models import Organization
from tradeguard.common.errors import ApplicationError
from tradeguard.common.pagination import page_from
from tradeguard.evidence.serving import file_response
from tradeguard.orders.models import Order
from tradeguard.orders.selectors import order_get, orders_visible_to
from tradeguard.specs import documents, selectors, services
from tradeguard.specs.clauses import clause_display, diff_clauses
from tradeguard.specs.enums import AttachmentStatus, InspectionLevel
from tradeguard.specs.forms import (
    TARGET_FIELD_MAP,
    AttachForm,
    AttachVersionForm,
    BookForm,
    ClauseForm,
    ImportForm,
    PhotoForm,
    QualityForm,
)
from tradeguard.specs.models import (
    ApprovedSamplePhoto,
    Inspection,
    InspectionPhoto,
    OrderSpec,
    SpecVersion,
)
from tradeguard.specs.views._common import (
    _404,
    _is_owner,
    _user,
    waiting_parties,
    waiting_text,
)
from tradeguard.web.forms import add_service_error

CHANGE_LABELS = {
    "added": pgettext_lazy("specification change", "Added"),
    "removed": pgettext_lazy("specification change", "Removed"),
    "changed": _lazy("Changed"),
    "unchanged": _lazy("Unchanged"),
}
DIFF_FIELD_LABELS = {
    "text": _lazy("requirement"),
    "kind": _lazy("kind"),
    "severity": _lazy("severity"),
    "target": _lazy("target"),
}


def _attached_message(version: SpecVersion, order: Order) -> str:
    return _(
        "Version %(number)d attached to order %(order)s. Next: accept it yourself below; "
        "the supplier has been asked to accept it too. It is binding once both have."
    ) % {"number": version.number, "order": order.reference}


# --- Specifications -----------------------------------------------------------------------


PAGE_SIZE = 50


@login_required
def spec_list(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    specs = selectors.specs_visible_to(user).prefetch_related("versions")

    def row(spec: Any) -> dict[str, Any]:
        versions = sorted(spec.versions.all(), key=lambda v: v.number)
        return {"spec": spec, "latest": versions[-1] if versions else None}

    page = page_from(request, specs.order_by("product_name", "id"), size=PAGE_SIZE, build=row)
    return render(
        request,
        "specs/list.html",
        {
            "rows": page.items,
            "page": page,
            "may_create": user.role == Role.BUYER,
            "import_form": ImportForm(),
        },
    )


def _clause_rows(version: SpecVersion) -> list[dict[str, Any]]:
    return [clause_display(c) for c in version.clause_dicts]


def _attachment_rows(user: Any, attachments: Any) -> list[dict[str, Any]]:
    rows = []
    for att in attachments:
        party = services.order_party(user, att.order)
        waiting = waiting_parties(att) if att.status == AttachmentStatus.PROPOSED else []
        rows.append(
            {
                "att": att,
                "waiting": waiting_text(waiting),
                "mine": party is not None and party in waiting,
            }
        )
    return rows


def _detail_next_step(
    rows: list[dict[str, Any]], is_owner: bool, version: SpecVersion, latest: int
) -> dict[str, Any] | None:
    """What happens next with this specification, for the viewer."""
    mine = next((r for r in rows if r["mine"]), None)
    if mine is not None:
        att = mine["att"]
        return {
            "mine": True,
            "text": _(
                "accept v%(number)d for order %(order)s so it becomes binding; disputes on "
                "the order are then decided against it."
            )
            % {"number": att.version.number, "order": att.order.reference},
            "url": reverse("specs:order", args=[att.order_id]),
            "link": _("Review and accept"),
        }
    waiting = next((r for r in rows if r["waiting"]), None)
    if waiting is not None:
        att = waiting["att"]
        return {
            "mine": False,
            "text": _("Order %(order)s: waiting for %(who)s to accept v%(number)d.")
            % {
                "order": att.order.reference,
                "who": waiting["waiting"],
                "number": att.version.number,
            },
            "url": "",
            "link": "",
        }
    if is_owner and not rows and version.number == latest:
        return {
            "mine": True,
            "text": _(
                "attach v%(number)d to an order (below); you and the supplier then accept it "
                "and it becomes binding."
            )
            % {"number": version.number},
            "url": "",
            "link": "",
        }
    return None


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
    attachments = _attachment_rows(
        user,
        OrderSpec.objects.filter(version__specification=spec, order__in=orders_visible_to(user))
        .exclude(status=AttachmentStatus.SUPERSEDED)
        .select_related("order", "version", "order__supplier")
        .prefetch_related("acceptances"),
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
            "latest_number": versions[-1].number,
            "next_step": _detail_next_step(
                attachments, _is_owner(user, spec), version, versions[-1].number
            ),
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
        messages.success(request, _attached_message(version, order))
        return redirect("specs:order", order.pk)
    messages.error(request, _("Choose the order to attach it to."))
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
        row["change_label"] = CHANGE_LABELS[row["change"]]
        row["field_labels"] = [str(DIFF_FIELD_LABELS[f]) for f in row["fields"]]
        for side in ("old", "new"):
            if row[side]:
                row[side] = clause_display(row[side])
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
            documents.spec_sheet_pdf_cached(version), "application/pdf", f"{name}.pdf", inline=True
        )
    raise Http404("Unknown format.")


def documents_xlsx() -> str:
    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@login_required
def spec_template(request: HttpRequest) -> HttpResponse:
    return _download(documents.xlsx_template(), documents_xlsx(), "tradeguard-spec-template.xlsx")


def _import_errors(form: ImportForm, exc: ApplicationError, data: dict[str, Any]) -> None:
    """A refused import: each clause problem named by clause number, id and field label
    ("Clause 2 (id 4.1), unit: ..."), never by its path."""
    clauses: list[Any] = data["clauses"] if isinstance(data.get("clauses"), list) else []
    if not exc.fields:
        form.add_error(None, exc.message)
        return
    for name, reason in exc.fields.items():
        parts = name.split(".")
        if parts[0] == "clauses" and len(parts) >= 3 and parts[1].isdigit():
            i = int(parts[1])
            raw = clauses[i] if i < len(clauses) and isinstance(clauses[i], dict) else {}
            field = parts[2] if parts[2] != "target" else TARGET_FIELD_MAP.get(parts[-1], "")
            label = ClauseForm.base_fields[field].label if field in ClauseForm.base_fields else ""
            where = (
                _("Clause %(number)d (id %(id)s)") % {"number": i + 1, "id": raw["clause_id"]}
                if raw.get("clause_id")
                else _("Clause %(number)d") % {"number": i + 1}
            )
            form.add_error(
                "file",
                f"{where}, {str(label).lower()}: {reason}" if label else f"{where}: {reason}",
            )
        elif name in ("file", "clauses"):
            form.add_error("file", reason)
        else:
            form.add_error(None, reason)


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
        data: Any = {}
        try:
            if raw[:2] == b"PK":
                data = documents.xlsx_parse(raw)
            else:
                data = documents.parse_json_upload(raw)
            version = services.spec_import(actor=user, data=data, specification=spec)
        except ApplicationError as exc:
            _import_errors(form, exc, data if isinstance(data, dict) else {})
        else:
            count = version.clauses.count()
            messages.success(
                request,
                ngettext(
                    "Imported as version %(number)d with %(count)d clause. Check it below, "
                    "then attach it to an order for acceptance.",
                    "Imported as version %(number)d with %(count)d clauses. Check them below, "
                    "then attach it to an order for acceptance.",
                    count,
                )
                % {"number": version.number, "count": count},
            )
            return redirect("specs:detail", version.specification_id)
    return render(
        request,
        "specs/import.html",
        {"form": form, "spec": spec},
        status=422 if request.method == "POST" else 200,
    )


# --- Order spec page ----------------------------------------------------------------------


def _booked_message(inspection: Inspection) -> str:
    kind = inspection.get_kind_display()
    if inspection.inspector_org_id == inspection.order.buyer_id:
        return _(
            "%(kind)s #%(id)d booked; you inspect yourselves. Record the report from the "
            "inspection's page."
        ) % {"kind": kind, "id": inspection.pk}
    return _(
        "%(kind)s #%(id)d booked with %(company)s. They record and sign the report; you are "
        "notified when it is signed."
    ) % {"kind": kind, "id": inspection.pk, "company": inspection.inspector_org.name}


def _order_state(
    attachments: list[OrderSpec], party: str | None, is_buyer: bool, has_versions: bool
) -> tuple[str, str, bool]:
    """(state, sentence, is it the viewer's move) for the banner at the top of the
    order's specification page."""
    binding = next((a for a in attachments if a.status == AttachmentStatus.BINDING), None)
    proposed = next((a for a in attachments if a.status == AttachmentStatus.PROPOSED), None)
    if proposed is not None:
        waiting = waiting_parties(proposed)
        number = proposed.version.number
        if party in waiting:
            text = _(
                "Review version %(number)d below and accept it; it becomes binding once both "
                "parties have accepted it."
            ) % {"number": number}
            if binding is not None:
                text += " " + _("Until then version %(old)d stays binding.") % {
                    "old": binding.version.number
                }
            return "proposed", text, True
        text = _("Waiting for %(who)s to accept version %(number)d; it is binding then.") % {
            "who": waiting_text(waiting),
            "number": number,
        }
        return "proposed", text, False
    if binding is not None:
        return (
            "binding",
            _(
                "Version %(number)d is binding for this order: disputes are decided against "
                "it. A change needs a new version accepted by both."
            )
            % {"number": binding.version.number},
            False,
        )
    if is_buyer:
        text = (
            _(
                "No specification is attached. Attach one below; you and the supplier then accept it."
            )
            if has_versions
            else _("No specification is attached. Write one, then attach it here for acceptance.")
        )
        return "missing", text, True
    return "missing", _("No specification is attached yet; the buyer attaches one."), False


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
    quality["level_label"] = (
        InspectionLevel(quality["level"]).label
        if quality["level"] in InspectionLevel.values
        else quality["level"]
    )
    inspections = list(
        Inspection.objects.filter(order=order)
        .select_related("inspector_org")
        .order_by("-created_at", "-id")
    )
    for inspection in inspections:
        inspection.current = selectors.current_report(inspection)  # type: ignore[attr-defined]
    state = _order_state(attachments, party, is_buyer, bool(versions))
    return {
        "order": order,
        "party": party,
        "is_buyer": is_buyer,
        "attachments": attachments,
        "superseded": [a for a in attachments if a.status == AttachmentStatus.SUPERSEDED],
        "state": state,
        # Like the order page: the buyer's checklist, also shown to the platform.
        "readiness": selectors.order_readiness(user, order)
        if is_buyer or user.is_platform
        else None,
        "current": [a for a in attachments if a.status != AttachmentStatus.SUPERSEDED],
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
                messages.success(request, _attached_message(version, order))
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
            number = att.version.number
            if att.status == AttachmentStatus.BINDING:
                text = _(
                    "You accepted version %(number)d. Both parties have now accepted it: it "
                    "is binding for order %(order)s, and disputes are decided against it."
                )
            elif services.order_party(user, order) == "buyer":
                text = _(
                    "You accepted version %(number)d. The supplier has been asked to accept "
                    "it too; it becomes binding for order %(order)s when they do."
                )
            else:
                text = _(
                    "You accepted version %(number)d. The buyer has been asked to accept it "
                    "too; it becomes binding for order %(order)s when they do."
                )
            messages.success(request, text % {"number": number, "order": order.reference})
            return redirect("specs:order", order.pk)
        elif action == "quality":
            form = QualityForm(request.POST)
            forms_["quality_form"] = form
            if form.is_valid():
                services.quality_settings_update(actor=user, order=order, **form.cleaned_data)
                messages.success(
                    request,
                    _(
                        "AQL settings saved. Inspections booked from now on sample by them; "
                        "inspections already booked keep their plan."
                    ),
                )
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
                messages.success(request, _booked_message(inspection))
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
                messages.success(
                    request,
                    _(
                        "Photo of the approved sample added. Inspectors and, in a dispute, the "
                        "officer compare the goods with it."
                    ),
                )
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
