"""Specifications, AQL plans, inspections and readiness. Every endpoint needs a bearer
token (the house rule, including GET /aql). Buyers own specs; a supplier sees the specs
attached to its orders and accepts them; an inspector sees the inspections booked with
its organization; anything else answers 404."""

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import File, Form, Query, Router, Status
from ninja.files import UploadedFile
from ninja.pagination import paginate

from tradeguard.accounts.enums import OrgKind
from tradeguard.accounts.models import Organization, User
from tradeguard.common.api import ERROR_RESPONSES, file_download
from tradeguard.common.errors import invalid, not_found
from tradeguard.common.pagination import KeysetPagination, Rows
from tradeguard.orders.selectors import order_get
from tradeguard.specs import aql, documents, selectors, services
from tradeguard.specs.clauses import diff_clauses
from tradeguard.specs.enums import ReportStatus
from tradeguard.specs.models import OrderSpec, SpecVersion
from tradeguard.specs.schemas import (
    AcceptanceCreate,
    AcceptanceRead,
    AqlParams,
    AqlPlanRead,
    AttachCreate,
    AttachmentRead,
    DiffRead,
    InspectionCancel,
    InspectionCreate,
    InspectionRead,
    PhotoRead,
    QualitySettingsRead,
    QualitySettingsUpdate,
    ReadinessRead,
    RecommendationRead,
    ReportRead,
    ReportSave,
    SpecCreate,
    SpecRead,
    SpecVersionCreate,
    SpecVersionRead,
    acceptance_read,
    attachment_read,
    inspection_read,
    photo_read,
    report_read,
    spec_read,
    version_read,
)

router = Router(tags=["specs"])

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# --- AQL ------------------------------------------------------------------------------------


@router.get("/aql", response={200: AqlPlanRead, **ERROR_RESPONSES})
def aql_plan(request: HttpRequest, params: Query[AqlParams]) -> dict[str, Any]:
    """ISO 2859-1 single sampling plan (bearer token required, like every endpoint)."""
    plan = aql.sampling_plan(
        lot_size=params.lot_size, level=params.level, aql=params.aql, inspection=params.inspection
    )
    return plan.as_dict()


# --- Specifications ---------------------------------------------------------------------------


@router.get("/specs", response=list[SpecRead])
@paginate(KeysetPagination, page_size=50)
def specs_list(request: HttpRequest) -> Rows:
    """Specifications you may see, by product name: a buyer its own, a supplier those
    attached to its orders."""
    qs = selectors.specs_visible_to(_user(request)).prefetch_related("versions")
    return Rows(qs.order_by("product_name", "id"), spec_read)


@router.post("/specs", response={201: SpecRead, **ERROR_RESPONSES})
def specs_create(request: HttpRequest, payload: SpecCreate) -> Status[dict[str, Any]]:
    """Buyer: write a specification (version 1) from clauses."""
    spec = services.spec_create(
        actor=_user(request),
        product_name=payload.product_name,
        reference=payload.reference,
        notes=payload.notes,
        clauses=payload.clauses,
    )
    return Status(201, spec_read(spec))


@router.post(
    "/specs/import",
    response={201: SpecVersionRead, **ERROR_RESPONSES},
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "description": "A version's JSON export "
                        "(GET /specs/{spec_id}/versions/{number}/export), as sent by another "
                        "TradeGuard or edited by hand.",
                    }
                }
            },
        }
    },
)
def specs_import(request: HttpRequest, spec_id: int | None = None) -> Status[dict[str, Any]]:
    """Import a JSON export (request body) as a new spec, or as a new version of `spec_id`."""
    user = _user(request)
    spec = selectors.spec_get(user, spec_id) if spec_id else None
    data = documents.parse_json_upload(request.body)
    version = services.spec_import(actor=user, data=data, specification=spec)
    return Status(201, version_read(version))


@router.post("/specs/import/xlsx", response={201: SpecVersionRead, **ERROR_RESPONSES})
def specs_import_xlsx(
    request: HttpRequest, file: File[UploadedFile], spec_id: Form[int | None] = None
) -> Status[dict[str, Any]]:
    """Import the spreadsheet template as a new spec, or a new version of `spec_id`."""
    user = _user(request)
    spec = selectors.spec_get(user, spec_id) if spec_id else None
    data = documents.xlsx_parse(file.read())
    version = services.spec_import(actor=user, data=data, specification=spec)
    return Status(201, version_read(version))


@router.get(
    "/specs/template.xlsx", response={200: None}, openapi_extra=file_download("The template", XLSX)
)
def specs_template(request: HttpRequest) -> HttpResponse:
    """The spreadsheet template for importing a specification."""
    return _download(documents.xlsx_template(), XLSX, "tradeguard-spec-template.xlsx")


@router.get("/specs/{spec_id}", response={200: SpecRead, **ERROR_RESPONSES})
def specs_get(request: HttpRequest, spec_id: int) -> dict[str, Any]:
    """A specification with its versions."""
    return spec_read(selectors.spec_get(_user(request), spec_id))


@router.get("/specs/{spec_id}/versions", response={200: list[SpecVersionRead], **ERROR_RESPONSES})
def specs_versions(request: HttpRequest, spec_id: int) -> list[dict[str, Any]]:
    """Every version of a specification, oldest first."""
    spec = selectors.spec_get(_user(request), spec_id)
    return [version_read(v) for v in spec.versions.select_related("created_by").order_by("number")]


@router.post("/specs/{spec_id}/versions", response={201: SpecVersionRead, **ERROR_RESPONSES})
def specs_version_create(
    request: HttpRequest, spec_id: int, payload: SpecVersionCreate
) -> Status[dict[str, Any]]:
    """Buyer: a new version from changed clauses (409 if nothing changed)."""
    user = _user(request)
    spec = selectors.spec_get(user, spec_id)
    version = services.spec_version_create(
        actor=user, specification=spec, clauses=payload.clauses, notes=payload.notes
    )
    return Status(201, version_read(version))


@router.get(
    "/specs/{spec_id}/versions/{number}", response={200: SpecVersionRead, **ERROR_RESPONSES}
)
def specs_version_get(request: HttpRequest, spec_id: int, number: int) -> dict[str, Any]:
    """One version with its clauses and SHA-256."""
    user = _user(request)
    return version_read(selectors.version_get(user, selectors.spec_get(user, spec_id), number))


@router.get("/specs/{spec_id}/diff", response={200: DiffRead, **ERROR_RESPONSES})
def specs_diff(request: HttpRequest, spec_id: int, a: int, b: int) -> dict[str, Any]:
    """Clause-by-clause differences from version `a` to version `b`."""
    user = _user(request)
    spec = selectors.spec_get(user, spec_id)
    old, new = selectors.version_get(user, spec, a), selectors.version_get(user, spec, b)
    return {
        "specification_id": spec.pk,
        "from_version": a,
        "to_version": b,
        "rows": diff_clauses(old.clause_dicts, new.clause_dicts),
    }


@router.get(
    "/specs/{spec_id}/versions/{number}/export", response={200: dict[str, Any], **ERROR_RESPONSES}
)
def specs_export_json(request: HttpRequest, spec_id: int, number: int) -> dict[str, Any]:
    """A version as a JSON document (the import format)."""
    user = _user(request)
    version = selectors.version_get(user, selectors.spec_get(user, spec_id), number)
    return documents.export_document(version)


@router.get(
    "/specs/{spec_id}/versions/{number}/export.xlsx",
    response={200: None, **ERROR_RESPONSES},
    openapi_extra=file_download("The version as a spreadsheet", XLSX),
)
def specs_export_xlsx(request: HttpRequest, spec_id: int, number: int) -> HttpResponse:
    """A version as a spreadsheet."""
    user = _user(request)
    version = selectors.version_get(user, selectors.spec_get(user, spec_id), number)
    return _download(documents.xlsx_export(version), XLSX, f"spec-{spec_id}-v{number}.xlsx")


@router.get(
    "/specs/{spec_id}/versions/{number}/sheet.pdf",
    response={200: None, **ERROR_RESPONSES},
    openapi_extra=file_download("The bilingual spec sheet", "application/pdf"),
)
def specs_sheet_pdf(request: HttpRequest, spec_id: int, number: int) -> HttpResponse:
    """A version as a bilingual (English/Chinese) spec sheet PDF."""
    user = _user(request)
    version = selectors.version_get(user, selectors.spec_get(user, spec_id), number)
    return _download(
        documents.spec_sheet_pdf_cached(version),
        "application/pdf",
        f"spec-{spec_id}-v{number}.pdf",
    )


# --- Orders: attach, accept, settings, readiness, evidence -------------------------------------


@router.get("/orders/{order_id}/spec", response={200: list[AttachmentRead], **ERROR_RESPONSES})
def order_spec_list(request: HttpRequest, order_id: int) -> list[dict[str, Any]]:
    """The specification versions attached to the order and who accepted them."""
    order = order_get(_user(request), order_id)
    return [attachment_read(a) for a in selectors.order_attachments(order)]


@router.post("/orders/{order_id}/spec", response={201: AttachmentRead, **ERROR_RESPONSES})
def order_spec_attach(
    request: HttpRequest, order_id: int, payload: AttachCreate
) -> Status[dict[str, Any]]:
    """Buyer: attach a version to the order; it binds once both parties accept it."""
    user = _user(request)
    order = order_get(user, order_id)
    version = SpecVersion.objects.filter(
        pk=payload.version_id, specification__in=selectors.specs_visible_to(user)
    ).first()
    if version is None:
        raise invalid(
            "version_id",
            _("No specification version %(version_id)s is visible to you.")
            % {"version_id": payload.version_id},
        )
    attachment = services.order_spec_attach(actor=user, order=order, version=version)
    return Status(201, attachment_read(attachment))


@router.post("/spec-acceptances", response={201: AcceptanceRead, **ERROR_RESPONSES})
def spec_acceptance_create(
    request: HttpRequest, payload: AcceptanceCreate
) -> Status[dict[str, Any]]:
    """A party accepts an attached version (optionally pinning the SHA-256 it reviewed)."""
    user = _user(request)
    attachment = (
        OrderSpec.objects.filter(pk=payload.attachment_id)
        .select_related("order", "version__specification")
        .first()
    )
    if attachment is None:
        raise not_found(_("specification attachment"))
    order_get(user, attachment.order_id)  # 404 for orders the caller may not see
    acceptance = services.spec_accept(actor=user, attachment=attachment, sha256=payload.sha256)
    return Status(201, acceptance_read(acceptance))


@router.get(
    "/orders/{order_id}/aql-settings", response={200: QualitySettingsRead, **ERROR_RESPONSES}
)
def order_quality_get(request: HttpRequest, order_id: int) -> dict[str, Any]:
    """The order's inspection level and AQLs."""
    return services.quality_settings_for(order_get(_user(request), order_id))


@router.patch(
    "/orders/{order_id}/aql-settings", response={200: QualitySettingsRead, **ERROR_RESPONSES}
)
def order_quality_update(
    request: HttpRequest, order_id: int, payload: QualitySettingsUpdate
) -> dict[str, Any]:
    """Buyer: set the order's inspection level and AQLs."""
    user = _user(request)
    order = order_get(user, order_id)
    services.quality_settings_update(actor=user, order=order, **payload.dict(exclude_unset=True))
    return services.quality_settings_for(order)


@router.post("/orders/{order_id}/sample-photos", response={201: PhotoRead, **ERROR_RESPONSES})
def order_sample_photo_add(
    request: HttpRequest, order_id: int, file: File[UploadedFile], caption: Form[str] = ""
) -> Status[dict[str, Any]]:
    """Add a photo of the approved sample (multipart: `file`, `caption`)."""
    user = _user(request)
    order = order_get(user, order_id)
    photo = services.approved_sample_photo_add(
        actor=user, order=order, upload=file, name=file.name or "sample", caption=caption
    )
    return Status(201, photo_read(photo))


@router.get("/orders/{order_id}/readiness", response={200: ReadinessRead, **ERROR_RESPONSES})
def order_readiness(request: HttpRequest, order_id: int) -> dict[str, Any]:
    """Dispute readiness: spec accepted, contract, designated payment, pre-shipment
    inspection passed, approved-sample photos; each missing item says what it costs."""
    user = _user(request)
    readiness = selectors.order_readiness(user, order_get(user, order_id))
    return {
        "order_id": readiness.order_id,
        "ready": readiness.ready,
        "done": readiness.done,
        "total": readiness.total,
        "items": [i.as_dict() for i in readiness.items],
    }


@router.get(
    "/orders/{order_id}/spec-evidence", response={200: RecommendationRead, **ERROR_RESPONSES}
)
def order_spec_evidence(request: HttpRequest, order_id: int, clauses: str = "") -> dict[str, Any]:
    """Findings per cited clause (comma-separated ids) and a recommended outcome with
    its arithmetic, from the order's signed inspection reports."""
    order = order_get(_user(request), order_id)
    cited = [c for c in clauses.split(",") if c.strip()]
    return selectors.recommendation(order, cited).as_dict()


# --- Inspections ------------------------------------------------------------------------------


def _overall(inspection: Any) -> str | None:
    report = selectors.current_report(inspection)
    return report.overall if report else None


@router.get("/inspections", response=list[InspectionRead])
@paginate(KeysetPagination, page_size=50)
def inspections_list(request: HttpRequest) -> Rows:
    """Inspections you may see, newest first, with the latest signed verdict."""
    qs = selectors.inspections_visible_to(_user(request)).prefetch_related("reports")

    def build(inspection: Any) -> dict[str, Any]:
        signed = [r for r in inspection.reports.all() if r.status == ReportStatus.SIGNED]
        latest = max(signed, key=lambda r: r.number) if signed else None
        return inspection_read(inspection, latest.overall if latest else None)

    return Rows(qs.order_by("-created_at", "-id"), build)


@router.post("/inspections", response={201: InspectionRead, **ERROR_RESPONSES})
def inspections_create(request: HttpRequest, payload: InspectionCreate) -> Status[dict[str, Any]]:
    """Book an inspection of the order (with an inspection company or yourself)."""
    user = _user(request)
    order = order_get(user, payload.order_id)
    org = None
    if payload.inspector_org_id is not None:
        org = Organization.objects.filter(pk=payload.inspector_org_id).first()
        if org is None or (org.kind != OrgKind.INSPECTOR and org.pk != order.buyer_id):
            raise invalid("inspector_org_id", _("Give the id of an inspection company."))
    inspection = services.inspection_book(
        actor=user,
        order=order,
        kind=payload.kind,
        inspector_org=org,
        scheduled_for=payload.scheduled_for,
    )
    return Status(201, inspection_read(inspection))


@router.get("/inspections/{inspection_id}", response={200: InspectionRead, **ERROR_RESPONSES})
def inspections_get(request: HttpRequest, inspection_id: int) -> dict[str, Any]:
    """One inspection with its sampling plan."""
    inspection = selectors.inspection_get(_user(request), inspection_id)
    return inspection_read(inspection, _overall(inspection))


@router.post(
    "/inspections/{inspection_id}/cancel", response={200: InspectionRead, **ERROR_RESPONSES}
)
def inspections_cancel(
    request: HttpRequest, inspection_id: int, payload: InspectionCancel
) -> dict[str, Any]:
    """Cancel a booked inspection, with a reason."""
    user = _user(request)
    inspection = services.inspection_cancel(
        actor=user, inspection=selectors.inspection_get(user, inspection_id), reason=payload.reason
    )
    return inspection_read(inspection)


@router.get("/inspections/{inspection_id}/report", response={200: ReportRead, **ERROR_RESPONSES})
def inspections_report_get(request: HttpRequest, inspection_id: int) -> dict[str, Any]:
    """The latest report version (a draft, if one is open) with its computed verdict."""
    inspection = selectors.inspection_get(_user(request), inspection_id)
    report = inspection.reports.order_by("-number").first()
    if report is None:
        raise not_found(_("report"))
    return report_read(report, services.report_verdict(report).as_dict())


@router.get(
    "/inspections/{inspection_id}/reports", response={200: list[ReportRead], **ERROR_RESPONSES}
)
def inspections_reports(request: HttpRequest, inspection_id: int) -> list[dict[str, Any]]:
    """Every version of the inspection's report, oldest first."""
    inspection = selectors.inspection_get(_user(request), inspection_id)
    return [
        report_read(r) for r in inspection.reports.select_related("signed_by").order_by("number")
    ]


@router.put("/inspections/{inspection_id}/report", response={200: ReportRead, **ERROR_RESPONSES})
def inspections_report_save(
    request: HttpRequest, inspection_id: int, payload: ReportSave
) -> dict[str, Any]:
    """Save the draft (or start a correction of a signed report, with a reason)."""
    user = _user(request)
    inspection = selectors.inspection_get(user, inspection_id)
    report = services.inspection_report_save(
        actor=user,
        inspection=inspection,
        content=payload.content,
        correction_reason=payload.correction_reason,
    )
    return report_read(report, services.report_verdict(report).as_dict())


@router.post("/inspections/{inspection_id}/photos", response={201: PhotoRead, **ERROR_RESPONSES})
def inspections_photo_add(
    request: HttpRequest, inspection_id: int, file: File[UploadedFile], caption: Form[str] = ""
) -> Status[dict[str, Any]]:
    """Inspector: add a photo to the report (multipart: `file`, `caption`)."""
    user = _user(request)
    inspection = selectors.inspection_get(user, inspection_id)
    photo = services.inspection_photo_add(
        actor=user, inspection=inspection, upload=file, name=file.name or "photo", caption=caption
    )
    return Status(201, photo_read(photo))


@router.post("/inspections/{inspection_id}/sign", response={200: ReportRead, **ERROR_RESPONSES})
def inspections_sign(request: HttpRequest, inspection_id: int) -> dict[str, Any]:
    """Inspector: sign the report; it becomes evidence and can no longer change."""
    user = _user(request)
    inspection = selectors.inspection_get(user, inspection_id)
    report = services.inspection_report_sign(actor=user, inspection=inspection)
    return report_read(report)
