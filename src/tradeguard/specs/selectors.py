"""Reads with permission rules, the readiness panel, switching state, and the functions
the disputes app calls.

For the disputes pages (case page and the officer's decision form):

    dispute_evidence_summary(order, cited_clause_ids) -> list[ClauseFinding]
        Per cited clause id ("3.2"): does the order's signed inspection evidence prove it
        broken? `finding.explanation` reads e.g. "clause 3.2 Handle length 120 mm ± 2:
        7 of 80 sampled units out of tolerance; major, Ac 5 → lot rejected
        (Pre-shipment inspection #4, report v1, ...)". `status` is one of
        broken / defective_units / not_broken / inconclusive / no_evidence /
        unknown_clause; `report_url` links to the report.

    recommendation(order, cited_clause_ids) -> Recommendation
        `outcome` (full_refund_or_return / partial_refund / no_refund /
        insufficient_evidence), `amount` (Decimal, order currency), `explanation`,
        `arithmetic` (lines to show), `findings`. Never applied automatically.

    order_spec_clauses(order) -> list[dict]   (the clauses a dispute may cite)

For the order page: `order_readiness(user, order) -> Readiness`, rendered by the
template "specs/_readiness.html" with {"readiness": ...}.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.urls import NoReverseMatch, reverse

from tradeguard.accounts.enums import Role
from tradeguard.accounts.models import User
from tradeguard.common.errors import not_found
from tradeguard.orders.models import Order
from tradeguard.orders.selectors import orders_visible_to
from tradeguard.specs.enums import (
    AttachmentStatus,
    InspectionKind,
    InspectionStatus,
    ReportStatus,
    Severity,
)
from tradeguard.specs.evidence import (
    ClauseFinding,
    Recommendation,
    ReportEvidence,
    clause_findings,
    recommend,
)
from tradeguard.specs.models import (
    ApprovedSamplePhoto,
    Inspection,
    InspectionPhoto,
    InspectionReport,
    OrderSpec,
    SpecAcceptance,
    Specification,
    SpecVersion,
)
from tradeguard.specs.switching import LotResult, SwitchingState, switching_state
from tradeguard.specs.verdicts import ReportVerdict

# --- Visibility ----------------------------------------------------------------------------


def specs_visible_to(user: User) -> QuerySet[Specification]:
    """Buyers see their own; suppliers those attached to their orders; inspectors those
    of inspections booked with them; the platform all."""
    qs = Specification.objects.select_related("buyer")
    if user.is_platform:
        return qs
    org = user.organization_id
    if org is None:
        return qs.none()
    if user.role == Role.BUYER:
        return qs.filter(buyer_id=org)
    if user.role == Role.SUPPLIER:
        return qs.filter(versions__orders__order__supplier_id=org).distinct()
    if user.role == Role.INSPECTOR:
        return qs.filter(versions__inspections__inspector_org_id=org).distinct()
    return qs.none()


def spec_get(user: User, spec_id: int) -> Specification:
    spec = specs_visible_to(user).filter(pk=spec_id).first()
    if spec is None:
        raise not_found("specification")
    return spec


def version_get(user: User, spec: Specification, number: int) -> SpecVersion:
    version = spec.versions.filter(number=number).select_related("specification__buyer").first()
    if version is None:
        raise not_found("specification version")
    return version


def inspections_visible_to(user: User) -> QuerySet[Inspection]:
    qs = Inspection.objects.select_related(
        "order", "order__buyer", "order__supplier", "inspector_org", "spec_version__specification"
    )
    if user.is_platform:
        return qs
    org = user.organization_id
    if org is None:
        return qs.none()
    if user.role == Role.BUYER:
        return qs.filter(Q(order__buyer_id=org) | Q(inspector_org_id=org))
    if user.role == Role.SUPPLIER:
        return qs.filter(order__supplier_id=org)
    if user.role == Role.INSPECTOR:
        return qs.filter(inspector_org_id=org)
    return qs.none()


def inspection_photos_visible_to(user: User) -> QuerySet[InspectionPhoto]:
    return InspectionPhoto.objects.filter(inspection__in=inspections_visible_to(user).values("pk"))


def sample_photos_visible_to(user: User) -> QuerySet[ApprovedSamplePhoto]:
    """Photos of the approved sample: whoever may see the order."""
    return ApprovedSamplePhoto.objects.filter(order__in=orders_visible_to(user).values("pk"))


def inspection_get(user: User, inspection_id: int) -> Inspection:
    inspection = inspections_visible_to(user).filter(pk=inspection_id).first()
    if inspection is None:
        raise not_found("inspection")
    return inspection


def inspector_order_rule(user: User) -> Q | None:
    """Registered with orders: an inspector sees the orders it was booked to inspect."""
    if user.role != Role.INSPECTOR or user.organization_id is None:
        return None
    booked = Inspection.objects.filter(inspector_org_id=user.organization_id).values("order_id")
    return Q(pk__in=booked)


def order_attachments(order: Order) -> list[OrderSpec]:
    return list(
        OrderSpec.objects.filter(order=order)
        .select_related("version__specification", "attached_by")
        .prefetch_related(
            Prefetch(
                "acceptances", SpecAcceptance.objects.select_related("accepted_by", "organization")
            )
        )
        .order_by("-created_at", "-id")
    )


def order_spec_clauses(order: Order) -> list[dict[str, Any]]:
    """The clauses of the binding version (else the proposed one) of an order."""
    from tradeguard.specs.services import current_version

    version = current_version(order)
    return version.clause_dicts if version else []


# --- Reports and verdicts ------------------------------------------------------------------


def current_report(inspection: Inspection) -> InspectionReport | None:
    """The latest signed report version."""
    return inspection.reports.filter(status=ReportStatus.SIGNED).order_by("-number").first()


def signed_verdict(report: InspectionReport) -> ReportVerdict:
    from tradeguard.specs.services import report_verdict

    return report_verdict(report)


def signed_reports(order: Order) -> list[tuple[Inspection, InspectionReport]]:
    """The latest signed version of each inspection of the order, oldest first."""
    out = []
    for inspection in (
        Inspection.objects.filter(order=order)
        .exclude(status=InspectionStatus.CANCELLED)
        .select_related("inspector_org", "spec_version", "order")
        .order_by("created_at", "id")
    ):
        report = current_report(inspection)
        if report is not None:
            out.append((inspection, report))
    out.sort(key=lambda pair: pair[1].signed_at or pair[1].created_at)
    return out


def _evidence(order: Order) -> list[ReportEvidence]:
    evidence = []
    for inspection, report in signed_reports(order):
        when = f"{report.signed_at:%Y-%m-%d}" if report.signed_at else ""
        evidence.append(
            ReportEvidence(
                report.pk,
                inspection.pk,
                f"{inspection.get_kind_display()} #{inspection.pk}, report v{report.number}, "
                f"signed {when} by {inspection.inspector_org.name}",
                signed_verdict(report),
                reverse("specs:inspection", args=[inspection.pk]),
            )
        )
    return evidence


def dispute_evidence_summary(order: Order, cited_clause_ids: list[str]) -> list[ClauseFinding]:
    """Per cited clause, what the order's signed inspection reports prove (see module
    docstring). The caller has already checked that its user may see the order."""
    return clause_findings(list(cited_clause_ids), order_spec_clauses(order), _evidence(order))


def _unit_price(order: Order) -> tuple[Decimal | None, Decimal | None, str]:
    items = list(order.items.all())
    if not items:
        return None, None, ""
    quantity = sum((i.quantity for i in items), start=Decimal(0))
    if len(items) == 1:
        return quantity, items[0].unit_price, ""
    if not quantity:
        return None, None, ""
    from tradeguard.common.money import format_money

    average = order.total / quantity
    return (
        quantity,
        average,
        f"Unit price: order total {format_money(order.total, order.currency)} ÷ {quantity:f} "
        f"units = {format_money(average, order.currency)} on average ({len(items)} items).",
    )


def recommendation(order: Order, cited_clause_ids: list[str]) -> Recommendation:
    """A recommended outcome with its arithmetic (see module docstring)."""
    evidence = _evidence(order)
    findings = clause_findings(list(cited_clause_ids), order_spec_clauses(order), evidence)
    quantity, price, note = _unit_price(order)
    return recommend(
        findings=findings,
        reports=evidence,
        order_total=order.total,
        currency=order.currency,
        quantity_ordered=quantity,
        unit_price=price,
        unit_price_note=note,
    )


# --- Switching state ------------------------------------------------------------------------


def _lot_results(
    supplier_id: int, specification_id: int | None, listing_id: int | None, severity: str
) -> list[LotResult]:
    from tradeguard.specs import aql

    qs = InspectionReport.objects.filter(
        status=ReportStatus.SIGNED, inspection__order__supplier_id=supplier_id
    )
    if specification_id is not None:
        qs = qs.filter(inspection__spec_version__specification_id=specification_id)
    elif listing_id is not None:
        qs = qs.filter(inspection__order__listing_id=listing_id, inspection__spec_version=None)
    else:
        return []
    # One lot per inspection: its latest signed version.
    latest: dict[int, InspectionReport] = {}
    for report in qs.select_related("inspection").order_by("signed_at", "number"):
        latest[report.inspection_id] = report
    lots = []
    for report in sorted(latest.values(), key=lambda r: (r.signed_at, r.pk)):
        klass = next(
            (c for c in report.verdict.get("classes", []) if c["severity"] == severity), None
        )
        if klass is None or klass["verdict"] == "pending":
            continue
        tighter = None
        aql_value = report.inspection.plan.get("classes", {}).get(severity, {}).get("aql")
        if aql_value and klass["code_letter"]:
            plan = aql.SamplingPlan(
                klass["code_letter"],
                klass["required_sample"],
                klass["accept"],
                klass["reject"],
                report.inspection.plan["classes"][severity]["inspection"],
                int(report.content.get("lot_size") or 0),
            )
            tighter = aql.tighter_accept(plan, aql_value)
        lots.append(
            LotResult(
                accepted=klass["verdict"] == "pass",
                acceptance_number=klass["accept"],
                accepted_one_step_tighter=tighter is not None and klass["found"] <= tighter,
                label=f"inspection {report.inspection_id}",
            )
        )
    return lots


def switching_for(
    *,
    supplier_id: int,
    specification_id: int | None,
    listing_id: int | None,
    severity: str,
    reduced_approved: bool = False,
) -> SwitchingState:
    return switching_state(
        _lot_results(supplier_id, specification_id, listing_id, severity),
        reduced_approved=reduced_approved,
    )


def switching_inspections(order: Order, version: SpecVersion | None) -> dict[str, str]:
    """Normal / tightened / reduced / discontinued per defect class for the next lot of
    this supplier + product (the spec, else the listing)."""
    from tradeguard.specs.services import quality_settings_for

    approved = bool(quality_settings_for(order)["reduced_approved"])
    spec_id = version.specification_id if version else None
    return {
        severity: switching_for(
            supplier_id=order.supplier_id,
            specification_id=spec_id,
            listing_id=order.listing_id,
            severity=severity,
            reduced_approved=approved,
        ).status
        for severity in Severity.values
    }


# --- Readiness -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReadinessItem:
    key: str
    label: str
    done: bool
    detail: str
    dispute_cost: str  # what lacking it would cost in a dispute
    fix_url: str = ""
    fix_label: str = ""


@dataclass(frozen=True, slots=True)
class Readiness:
    order_id: int
    items: list[ReadinessItem] = field(default_factory=list)

    @property
    def done(self) -> int:
        return sum(1 for i in self.items if i.done)

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def ready(self) -> bool:
        return self.done == self.total

    @property
    def missing(self) -> list[ReadinessItem]:
        return [i for i in self.items if not i.done]


def _url(name: str, *args: Any, fallback: str = "") -> str:
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return fallback


def order_readiness(user: User, order: Order) -> Readiness:
    """Dispute readiness of an order, for its buyer before paying the balance and
    before shipment. The caller has checked that `user` may see the order."""
    order_url = _url("orders:detail", order.pk, fallback=f"/orders/{order.pk}/")
    spec_url = reverse("specs:order", args=[order.pk])
    items: list[ReadinessItem] = []

    attachments = order_attachments(order)
    binding = next((a for a in attachments if a.status == AttachmentStatus.BINDING), None)
    proposed = next((a for a in attachments if a.status == AttachmentStatus.PROPOSED), None)
    if binding is not None:
        detail = (
            f"{binding.version.specification.product_name} v{binding.version.number} accepted "
            f"by both on {binding.binding_at:%Y-%m-%d}."
            if binding.binding_at
            else "Accepted by both."
        )
    elif proposed is not None:
        parties = {a.party for a in proposed.acceptances.all()}
        waiting = [p for p in ("buyer", "supplier") if p not in parties]
        detail = f"v{proposed.version.number} attached; waiting for the {' and '.join(waiting)} to accept."
    else:
        detail = "No specification attached to this order."
    items.append(
        ReadinessItem(
            "spec",
            "Specification attached and accepted by both",
            binding is not None,
            detail,
            "Without an accepted spec, a not-as-described claim cannot be decided: there is "
            "no agreed requirement to measure the goods against.",
            spec_url,
            "Attach and accept a specification",
        )
    )
    has_contract = order.documents.filter(kind="sales_contract").exists()
    items.append(
        ReadinessItem(
            "contract",
            "Sales contract",
            has_contract,
            "Sales contract on file." if has_contract else "No sales contract uploaded.",
            "Without a signed contract, delivery dates, quantities and penalties are your word "
            "against the supplier's.",
            order_url,
            "Upload the sales contract",
        )
    )
    payments = list(order.payments.all())
    off_account = [p for p in payments if not p.to_designated_account]
    paid_ok = bool(payments) and not off_account
    if not payments:
        pay_detail = "No payment recorded yet. Pay into the platform's designated account."
    elif off_account:
        pay_detail = (
            f"{len(off_account)} of {len(payments)} payments went outside the designated account."
        )
    else:
        pay_detail = "All payments went into the designated account."
    items.append(
        ReadinessItem(
            "payment",
            "Payment into the designated account",
            paid_ok,
            pay_detail,
            "Money paid outside the designated account is not covered: a refund can be "
            "decided but not paid out by the platform.",
            order_url,
            "Record payments to the designated account",
        )
    )
    pre = list(
        Inspection.objects.filter(order=order, kind=InspectionKind.PRE_SHIPMENT)
        .exclude(status=InspectionStatus.CANCELLED)
        .order_by("-created_at")
    )
    passed = None
    latest_overall = ""
    for inspection in pre:
        report = current_report(inspection)
        if report is not None:
            latest_overall = latest_overall or report.overall
            if report.overall == "pass":
                passed = inspection
                break
    if passed is not None:
        insp_detail = f"Pre-shipment inspection #{passed.pk} passed."
    elif pre and latest_overall:
        insp_detail = f"Pre-shipment inspection reported: {latest_overall}."
    elif pre:
        insp_detail = f"Pre-shipment inspection #{pre[0].pk} booked, not yet reported."
    else:
        insp_detail = "No pre-shipment inspection booked."
    items.append(
        ReadinessItem(
            "inspection",
            "Pre-shipment inspection booked and passed",
            passed is not None,
            insp_detail,
            "Without a signed inspection, defects found after delivery are hard to attribute "
            "to the supplier, and no AQL evidence can reject the lot.",
            spec_url + "#inspections",
            "Book a pre-shipment inspection",
        )
    )
    photos = ApprovedSamplePhoto.objects.filter(order=order).count()
    items.append(
        ReadinessItem(
            "sample",
            "Photos of the approved sample",
            photos > 0,
            f"{photos} photo(s) of the approved sample."
            if photos
            else "No photos of the approved sample.",
            "Without photos of the approved (golden) sample, workmanship and colour claims "
            "come down to memory.",
            spec_url + "#sample",
            "Upload approved-sample photos",
        )
    )
    return Readiness(order.pk, items)
