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
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tradeguard.accounts.enums import Role
from tradeguard.accounts.models import User
from tradeguard.common.errors import not_found
from tradeguard.common.formatting import format_date
from tradeguard.orders.models import Order
from tradeguard.orders.selectors import orders_visible_to
from tradeguard.specs.enums import (
    AcceptanceParty,
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
        raise not_found(_("specification"))
    return spec


def version_get(user: User, spec: Specification, number: int) -> SpecVersion:
    version = spec.versions.filter(number=number).select_related("specification__buyer").first()
    if version is None:
        raise not_found(_("specification version"))
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
        raise not_found(_("inspection"))
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
        when = format_date(report.signed_at)
        evidence.append(
            ReportEvidence(
                report.pk,
                inspection.pk,
                _("%(kind)s #%(id)s, report v%(number)s, signed %(when)s by %(inspector)s")
                % {
                    "kind": inspection.get_kind_display(),
                    "id": inspection.pk,
                    "number": report.number,
                    "when": when,
                    "inspector": inspection.inspector_org.name,
                },
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
    from tradeguard.common.i18n.text import money_locale
    from tradeguard.common.money import format_money

    average = order.total / quantity
    locale = money_locale()
    return (
        quantity,
        average,
        _(
            "Unit price: order total %(total)s ÷ %(quantity)s units = %(average)s on average "
            "(%(items)s items)."
        )
        % {
            "total": format_money(order.total, order.currency, locale=locale),
            "quantity": f"{quantity:f}",
            "average": format_money(average, order.currency, locale=locale),
            "items": len(items),
        },
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
class ReadinessLink:
    """Where the viewer takes the next step. `section` names the part of the page the
    link leads to, so a page that is itself the destination says "below" instead of
    linking to itself."""

    url: str
    label: str
    section: str = ""

    @property
    def path(self) -> str:
        return self.url.split("#", 1)[0].split("?", 1)[0]


@dataclass(frozen=True, slots=True)
class ReadinessItem:
    key: str
    label: str
    done: bool
    detail: str
    dispute_cost: str  # what lacking it would cost in a dispute
    next_step: str = ""  # the viewer's next step in this state, or whom it waits for
    links: tuple[ReadinessLink, ...] = ()

    @property
    def fix_url(self) -> str:
        return self.links[0].url if self.links else ""

    @property
    def fix_label(self) -> str:
        return self.links[0].label if self.links else ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "done": self.done,
            "detail": self.detail,
            "dispute_cost": self.dispute_cost,
            "next_step": self.next_step,
            "fix_url": self.fix_url,
            "fix_label": self.fix_label,
            "links": [{"url": link.url, "label": link.label} for link in self.links],
        }


@dataclass(frozen=True, slots=True)
class Readiness:
    order_id: int
    items: list[ReadinessItem] = field(default_factory=list)
    viewer: str = ""  # "buyer", "supplier" or "" (platform, inspector): who reads it

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


def _spec_item(party: str | None, order: Order, spec_url: str) -> ReadinessItem:
    attachments = order_attachments(order)
    binding = next((a for a in attachments if a.status == AttachmentStatus.BINDING), None)
    proposed = next((a for a in attachments if a.status == AttachmentStatus.PROPOSED), None)
    page = ReadinessLink(spec_url + "#spec", _("Open the specification page"), _("Specification"))
    cost = _(
        "Without an accepted spec, a not-as-described claim cannot be decided: there is no "
        "agreed requirement to measure the goods against."
    )
    label = _("Specification attached and accepted by both")
    if proposed is not None:
        accepted = {a.party for a in proposed.acceptances.all()}
        waiting = [p for p in AcceptanceParty.values if p not in accepted]
        number = proposed.version.number
        name = proposed.version.specification.product_name
        detail = _("%(name)s v%(number)d is attached, not yet accepted by both.") % {
            "name": name,
            "number": number,
        }
        if binding is not None:
            detail += " " + _("v%(number)d stays binding until then.") % {
                "number": binding.version.number
            }
        if party in waiting:
            accept = ReadinessLink(
                spec_url + "#spec",
                _("Review and accept v%(number)d") % {"number": number},
                _("Specification"),
            )
            return ReadinessItem(
                "spec",
                label,
                binding is not None,
                detail,
                cost,
                _("Your move: review v%(number)d and accept it.") % {"number": number},
                (accept,),
            )
        other = (
            _("Waiting for the supplier to accept v%(number)d.")
            if waiting == [AcceptanceParty.SUPPLIER]
            else _("Waiting for the buyer to accept v%(number)d.")
            if waiting == [AcceptanceParty.BUYER]
            else _("Waiting for the buyer and the supplier to accept v%(number)d.")
        ) % {"number": number}
        return ReadinessItem("spec", label, binding is not None, detail, cost, other, ())
    if binding is not None:
        detail = _("%(name)s v%(number)d, accepted by both.") % {
            "name": binding.version.specification.product_name,
            "number": binding.version.number,
        }
        return ReadinessItem("spec", label, True, detail, cost, "", (page,))
    detail = _("No specification is attached to this order.")
    if party == AcceptanceParty.BUYER:
        return ReadinessItem(
            "spec",
            label,
            False,
            detail,
            cost,
            _(
                "Attach one of your specifications (or write one) and accept it; the supplier then accepts it."
            ),
            (ReadinessLink(spec_url + "#spec", _("Attach a specification"), _("Specification")),),
        )
    if party == AcceptanceParty.SUPPLIER:
        waiting_for = _("The buyer attaches a specification; you are then asked to accept it.")
    else:
        waiting_for = _("Waiting for the buyer to attach a specification.")
    return ReadinessItem("spec", label, False, detail, cost, waiting_for, ())


def _contract_item(party: str | None, order: Order, order_url: str) -> ReadinessItem:
    from tradeguard.contracts.selectors import readiness_state

    has_contract = order.documents.filter(kind="sales_contract").exists()
    label = _("Sales contract")
    cost = _(
        "Without a signed contract, delivery dates, quantities and penalties are your word "
        "against the supplier's, and a quality or compliance claim that cites no written "
        "clause is refused."
    )
    if has_contract:
        return ReadinessItem("contract", label, True, _("Sales contract on file."), cost)
    state = readiness_state(order, party)
    contract_link = ReadinessLink(
        order_url + "#contract-title",
        _("Generate the sales contract") if not state.proposed else _("Review the sales contract"),
        _("Sales contract"),
    )
    if state.proposed:
        return ReadinessItem(
            "contract", label, False, state.detail, cost, state.step, (contract_link,)
        )
    detail = _("No sales contract yet.")
    if party is None:
        return ReadinessItem(
            "contract", label, False, detail, cost, _("Neither party has drafted or uploaded one.")
        )
    return ReadinessItem(
        "contract",
        label,
        False,
        detail,
        cost,
        state.step
        or _(
            "Generate the bilingual sales contract from the order and its accepted "
            "specification, or upload a signed one under Documents."
        ),
        (
            contract_link,
            ReadinessLink(
                order_url + "#documents-title", _("Upload the sales contract"), _("Documents")
            ),
        ),
    )


def _payment_item(user: User, party: str | None, order: Order, order_url: str) -> ReadinessItem:
    payments = list(order.payments.all())
    off_account = [p for p in payments if not p.to_designated_account]
    paid_ok = bool(payments) and not off_account
    label = _("Payment into the designated account")
    cost = _(
        "Money paid outside the designated account is not covered: a refund can be decided "
        "but not paid out by the platform."
    )
    record = ReadinessLink(order_url + "#payments-title", _("Record a payment"), _("Payments"))
    may_record = user.is_platform or (party == AcceptanceParty.BUYER and order.self_declared)
    if paid_ok:
        return ReadinessItem(
            "payment", label, True, _("All payments went into the designated account."), cost
        )
    if off_account:
        detail = ngettext(
            "%(off)d of %(total)d payment went outside the designated account.",
            "%(off)d of %(total)d payments went outside the designated account.",
            len(payments),
        ) % {"off": len(off_account), "total": len(payments)}
        step = (
            _("That money is not covered. Pay anything still due into the designated account only.")
            if party == AcceptanceParty.BUYER
            else _("That money is not covered by the platform.")
        )
        return ReadinessItem("payment", label, False, detail, cost, step, ())
    detail = _("No payment recorded yet.")
    if party == AcceptanceParty.BUYER and may_record:
        step = _("Pay into the platform's designated account, then record the payment.")
    elif party == AcceptanceParty.BUYER:
        step = _(
            "Pay through the platform's checkout into the designated account; the payment "
            "shows here when it arrives."
        )
    elif party == AcceptanceParty.SUPPLIER:
        step = _("Waiting for the buyer's payment into the designated account.")
    else:
        step = _("Record the buyer's payment when it arrives in the designated account.")
    return ReadinessItem(
        "payment", label, False, detail, cost, step, (record,) if may_record else ()
    )


def _inspection_item(user: User, party: str | None, order: Order, spec_url: str) -> ReadinessItem:
    label = _("Pre-shipment inspection booked and passed")
    cost = _(
        "Without a signed inspection, defects found after delivery are hard to attribute to "
        "the supplier, and no AQL evidence can reject the lot."
    )
    pre = list(
        Inspection.objects.filter(order=order, kind=InspectionKind.PRE_SHIPMENT)
        .exclude(status=InspectionStatus.CANCELLED)
        .select_related("inspector_org")
        .order_by("-created_at", "-id")
    )
    reports = {inspection.pk: current_report(inspection) for inspection in pre}
    passed = next(
        (i for i in pre if reports[i.pk] is not None and reports[i.pk].overall == "pass"),  # type: ignore[union-attr]
        None,
    )
    book = ReadinessLink(
        spec_url + "#inspections", _("Book a pre-shipment inspection"), _("Inspections")
    )
    if passed is not None:
        return ReadinessItem(
            "inspection",
            label,
            True,
            _("Pre-shipment inspection #%(id)d passed.") % {"id": passed.pk},
            cost,
            "",
            (
                ReadinessLink(
                    reverse("specs:inspection", args=[passed.pk]),
                    _("See inspection #%(id)d") % {"id": passed.pk},
                ),
            ),
        )
    is_buyer = party == AcceptanceParty.BUYER
    if not pre:
        if is_buyer:
            step = _("Book a pre-shipment inspection before the goods ship.")
            links: tuple[ReadinessLink, ...] = (book,)
        elif party == AcceptanceParty.SUPPLIER:
            step = _("The buyer books it; have the goods ready for the inspector before shipment.")
            links = ()
        else:
            step = _("The buyer has not booked one.")
            links = ()
        return ReadinessItem(
            "inspection", label, False, _("No pre-shipment inspection booked."), cost, step, links
        )
    latest = pre[0]
    report = reports[latest.pk]
    see = ReadinessLink(
        reverse("specs:inspection", args=[latest.pk]),
        _("See inspection #%(id)d") % {"id": latest.pk},
    )
    earlier_fail = any(
        reports[i.pk] is not None and reports[i.pk].overall == "fail"  # type: ignore[union-attr]
        for i in pre[1:]
    )
    company = latest.inspector_org.name if latest.inspector_org else _("the buyer")
    if report is None:
        detail = (
            _("Re-inspection #%(id)d booked with %(company)s, after a failed one.")
            if earlier_fail
            else _("Pre-shipment inspection #%(id)d booked with %(company)s.")
        ) % {"id": latest.pk, "company": company}
        if latest.inspector_org_id and latest.inspector_org_id == user.organization_id:
            step = _("Your move: record and sign the report.")
        else:
            step = _("Waiting for %(company)s to sign the report.") % {"company": company}
        return ReadinessItem("inspection", label, False, detail, cost, step, (see,))
    if report.overall == "fail":
        detail = _("Pre-shipment inspection #%(id)d failed (report v%(number)d, signed).") % {
            "id": latest.pk,
            "number": report.number,
        }
        see = ReadinessLink(see.url, _("See the failed report"))
        if is_buyer and order.shipped_at is None:
            step = _(
                "Don't pay the balance or let the goods ship yet: ask the supplier to rework "
                "the lot, then book a re-inspection."
            )
            links = (see, ReadinessLink(book.url, _("Book a re-inspection"), _("Inspections")))
        elif is_buyer:
            step, links = _after_shipment_failed(order, see)
        elif party == AcceptanceParty.SUPPLIER:
            step = _(
                "Rework the lot and ask the buyer to book a re-inspection; the failed report "
                "is evidence in any dispute on this order."
            )
            links = (see,)
        else:
            step = _("Read the failed report; it is evidence in any dispute on this order.")
            links = (see,)
        return ReadinessItem("inspection", label, False, detail, cost, step, links)
    detail = _("Pre-shipment inspection #%(id)d was signed without a pass or fail.") % {
        "id": latest.pk
    }
    if is_buyer:
        return ReadinessItem(
            "inspection",
            label,
            False,
            detail,
            cost,
            _("Book another pre-shipment inspection that covers every clause."),
            (see, book),
        )
    return ReadinessItem(
        "inspection", label, False, detail, cost, _("Waiting for the buyer."), (see,)
    )


def _after_shipment_failed(
    order: Order, see: ReadinessLink
) -> tuple[str, tuple[ReadinessLink, ...]]:
    """A failed inspection of goods that shipped anyway: the report is the buyer's
    evidence, in the dispute already open on the order or in a new one."""
    from tradeguard.disputes.policy import ACTIVE_STATUSES

    dispute = order.disputes.filter(status__in=ACTIVE_STATUSES).order_by("-id").first()
    if dispute is not None:
        return (
            _(
                "The goods shipped after a failed inspection. The signed report is evidence in "
                "your dispute; cite its broken clauses there."
            ),
            (see, ReadinessLink(_url("disputes:detail", dispute.pk), _("Open the dispute"))),
        )
    new = _url("disputes:new")
    return (
        _(
            "The goods shipped after a failed inspection. The signed report is your evidence: "
            "cite its broken clauses in a not-as-described dispute."
        ),
        (see,)
        + (
            (ReadinessLink(f"{new}?order={order.pk}", _("File a not-as-described dispute")),)
            if new
            else ()
        ),
    )


def _sample_item(party: str | None, order: Order, spec_url: str) -> ReadinessItem:
    photos = ApprovedSamplePhoto.objects.filter(order=order).count()
    label = _("Photos of the approved sample")
    cost = _(
        "Without photos of the approved (golden) sample, workmanship and colour claims come "
        "down to memory."
    )
    if photos:
        detail = ngettext(
            "%(count)d photo of the approved sample.",
            "%(count)d photos of the approved sample.",
            photos,
        ) % {"count": photos}
        return ReadinessItem("sample", label, True, detail, cost)
    detail = _("No photos of the approved sample.")
    if party is None:
        return ReadinessItem(
            "sample", label, False, detail, cost, _("Either party may add them."), ()
        )
    return ReadinessItem(
        "sample",
        label,
        False,
        detail,
        cost,
        _(
            "Add photos of the sample both parties approved; inspectors and officers compare the goods with them."
        ),
        (
            ReadinessLink(
                spec_url + "#sample", _("Add approved-sample photos"), _("Approved sample")
            ),
        ),
    )


def order_readiness(user: User, order: Order) -> Readiness:
    """Dispute readiness of an order, for its buyer before paying the balance and
    before shipment: per item, its state, what lacking it costs and the viewer's next
    step in that state (a failed inspection asks for a re-inspection, not a booking).
    The caller has checked that `user` may see the order."""
    from tradeguard.specs.services import order_party

    party = order_party(user, order)
    order_url = _url("orders:detail", order.pk, fallback=f"/orders/{order.pk}/")
    spec_url = reverse("specs:order", args=[order.pk])
    return Readiness(
        order.pk,
        [
            _spec_item(party, order, spec_url),
            _contract_item(party, order, order_url),
            _payment_item(user, party, order, order_url),
            _inspection_item(user, party, order, spec_url),
            _sample_item(party, order, spec_url),
        ],
        str(party or ""),
    )
