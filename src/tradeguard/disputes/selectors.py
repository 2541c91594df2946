"""Reads of disputes that carry permission rules. Every endpoint and view goes through
`disputes_visible_to` / `dispute_get`, so none can forget them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils.translation import gettext as _

from tradeguard.accounts.enums import Role
from tradeguard.accounts.models import User
from tradeguard.common import clock
from tradeguard.common.errors import not_found
from tradeguard.common.events import events_for
from tradeguard.common.models import Event
from tradeguard.disputes import policy
from tradeguard.disputes.enums import (
    AwardStatus,
    DecisionOutcome,
    DisputeStatus,
    EvidenceStatus,
    ObligationStatus,
    Party,
    ProposalStatus,
    RefundEntryStatus,
    RequirementSource,
    ReturnStatus,
)
from tradeguard.disputes.models import (
    Decision,
    Dispute,
    EvidenceItem,
    Finding,
    Message,
    Proposal,
    RefundEntry,
    SupplierObligation,
)
from tradeguard.orders.models import Order

if TYPE_CHECKING:
    from tradeguard.sanctions.selectors import DisputeRecord
    from tradeguard.specs.evidence import ClauseFinding, Recommendation

S = DisputeStatus


def disputes_visible_to(user: User) -> QuerySet[Dispute]:
    """Buyers: their organization's cases; suppliers: cases against them; officers: all."""
    qs = Dispute.objects.select_related("buyer", "supplier", "order")
    if user.is_platform:
        return qs
    if user.organization_id is None:
        return qs.none()
    if user.role == Role.BUYER:
        return qs.filter(buyer_id=user.organization_id)
    if user.role == Role.SUPPLIER:
        return qs.filter(supplier_id=user.organization_id)
    return qs.none()


def dispute_get(user: User, dispute_id: int) -> Dispute:
    dispute = disputes_visible_to(user).filter(pk=dispute_id).first()
    if dispute is None:
        raise not_found(_("dispute"))
    return dispute


def party_of(user: Any, dispute: Dispute) -> Party | None:
    if getattr(user, "is_platform", False):
        return Party.PLATFORM
    org = getattr(user, "organization_id", None)
    if org is None:
        return None
    if user.role == Role.BUYER and org == dispute.buyer_id:
        return Party.BUYER
    if user.role == Role.SUPPLIER and org == dispute.supplier_id:
        return Party.SUPPLIER
    return None


def evidence_visible(user: User, dispute: Dispute) -> QuerySet[EvidenceItem]:
    """Submitted items for everyone on the case; drafts only for their own side."""
    party = party_of(user, dispute)
    qs = dispute.evidence.select_related("file", "uploaded_by")
    if party is None:
        return qs.none()
    return qs.filter(Q(status=EvidenceStatus.SUBMITTED) | Q(party=party))


def evidence_visible_to(user: User) -> QuerySet[EvidenceItem]:
    """Evidence of every case `user` may see, by the rule of `evidence_visible`: submitted
    items for everyone on the case, drafts only for their own side (stored files)."""
    qs = EvidenceItem.objects.all()
    submitted = Q(status=EvidenceStatus.SUBMITTED)
    if user.is_platform:
        return qs.filter(submitted | Q(party=Party.PLATFORM))
    if user.organization_id is None:
        return qs.none()
    if user.role == Role.BUYER:
        return qs.filter(submitted | Q(party=Party.BUYER), dispute__buyer_id=user.organization_id)
    if user.role == Role.SUPPLIER:
        return qs.filter(
            submitted | Q(party=Party.SUPPLIER), dispute__supplier_id=user.organization_id
        )
    return qs.none()


def evidence_get(user: User, dispute: Dispute, evidence_id: int) -> EvidenceItem:
    """An evidence item of the case that `user` may see; 404 otherwise."""
    item = evidence_visible(user, dispute).filter(pk=evidence_id).first()
    if item is None:
        raise not_found(_("evidence item"))
    return item


def order_facts(order: Order) -> policy.OrderFacts:
    payments = list(order.payments.all())
    return policy.OrderFacts(
        kind=order.kind,
        status=order.status,
        currency=order.currency,
        total=order.total,
        payments=[policy.PaymentFact(p.amount, p.to_designated_account) for p in payments],
        paid_at=order.paid_at or (min(p.paid_at for p in payments) if payments else None),
        ship_by=order.ship_by,
        shipped_at=order.shipped_at,
        estimated_delivery=order.estimated_delivery,
        delivered_at=order.delivered_at,
        receipt_confirmed_at=order.receipt_confirmed_at,
        cancelled_at=order.cancelled_at,
        closed_at=order.closed_at,
        refunded_on_cancel=order.refunded_on_cancel,
        disclosed_defects=(order.listing.disclosed_defects if order.listing else "") or "",
    )


def eligibility_for(order: Order, reason: str) -> policy.Eligibility:
    return policy.eligibility(order_facts(order), reason, clock.now())


def dispute_detail(user: User, dispute_id: int) -> Dispute:
    """The case with everything its page and API read, in a fixed number of queries."""
    dispute = (
        disputes_visible_to(user)
        .select_related("opened_by", "order__listing")
        .prefetch_related(
            "requirements",
            Prefetch("proposals", Proposal.objects.select_related("proposed_by")),
            Prefetch("messages", Message.objects.select_related("author")),
            Prefetch(
                "decisions",
                Decision.objects.select_related("officer").prefetch_related(
                    Prefetch(
                        "findings",
                        Finding.objects.select_related("requirement").prefetch_related("evidence"),
                    )
                ),
            ),
            Prefetch("refunds", RefundEntry.objects.all()),
            Prefetch("obligations", SupplierObligation.objects.all()),
            "appeals",
        )
        .filter(pk=dispute_id)
        .first()
    )
    if dispute is None:
        raise not_found(_("dispute"))
    return dispute


# Events about drafts, which only their own side sees (like the drafts themselves).
DRAFT_EVENTS = frozenset({"dispute.evidence_added", "dispute.evidence_discarded"})


def dispute_timeline(dispute: Dispute, user: Any) -> list[Event]:
    """The case's history as `user` may see it: another side's drafts stay hidden."""
    party = party_of(user, dispute)
    return [
        e
        for e in events_for(dispute)
        if e.type not in DRAFT_EVENTS or (e.params or {}).get("party") == party
    ]


def case_strength(dispute: Dispute, evidence: Iterable[EvidenceItem]) -> policy.CaseStrength:
    items = list(evidence)
    return policy.case_strength(
        dispute.order_kind,
        dispute.reason,
        submitted_types={e.type for e in items if e.status == EvidenceStatus.SUBMITTED},
        draft_types={e.type for e in items if e.status == EvidenceStatus.DRAFT},
        requirement_sources={r.source for r in dispute.requirements.all()}
        | _platform_held(dispute),
    )


def _platform_held(dispute: Dispute) -> set[str]:
    """{BINDING_SPECIFICATION} when the case cites a clause of the order's binding
    specification (which the platform itself holds); otherwise nothing."""
    cited = [r for r in dispute.requirements.all() if r.source == RequirementSource.SPEC_CLAUSE]
    if not cited:
        return set()
    from tradeguard.specs.services import binding_version

    version = binding_version(dispute.order)
    if version is None:
        return set()
    known = {c["clause_id"] for c in version.clause_dicts}
    if any(policy.clause_id_for(r.reference, known) in known for r in cited):
        return {policy.BINDING_SPECIFICATION}
    return set()


def next_action(dispute: Dispute) -> policy.NextAction:
    """Whose move it is, what they should do and by when."""
    st = dispute.status
    if st == S.AWAITING_RESPONSE:
        return policy.NextAction(
            "supplier",
            _(
                "The supplier must respond: accept the request, propose something else, or "
                "reject it with reasons and evidence."
            ),
            dispute.response_due_at,
        )
    if st == S.NEGOTIATING:
        open_proposals = [p for p in dispute.proposals.all() if p.status == ProposalStatus.OPEN]
        if open_proposals:
            last = open_proposals[-1]
            if last.party == Party.BUYER:
                return policy.NextAction(
                    "supplier",
                    _(
                        "The supplier should accept or reject the buyer's proposal, or make "
                        "a counter-proposal. Unsettled cases go to an officer automatically."
                    ),
                    dispute.auto_escalate_at,
                )
            return policy.NextAction(
                "buyer",
                _(
                    "The buyer should accept or reject the supplier's proposal, or make "
                    "a counter-proposal. Unsettled cases go to an officer automatically."
                ),
                dispute.auto_escalate_at,
            )
        return policy.NextAction(
            "both",
            _(
                "Either party may make a proposal; the buyer may escalate to an officer. "
                "Unsettled cases escalate automatically."
            ),
            dispute.auto_escalate_at,
        )
    if st == S.ESCALATED:
        return policy.NextAction(
            "both",
            _(
                "Both parties may add and submit evidence until the evidence window ends; "
                "then an officer reviews the case."
            ),
            dispute.evidence_due_at,
        )
    if st in (S.UNDER_REVIEW, S.APPEALED):
        return policy.NextAction(
            "platform",
            _("An officer reviews the evidence and decides, with written reasons."),
            dispute.decision_due_at,
        )
    if st in (S.DECIDED, S.SETTLED):
        if dispute.return_status == ReturnStatus.AWAITING_SHIPMENT:
            return policy.NextAction(
                "buyer",
                _(
                    "The buyer must ship the goods back and enter the tracking number; the "
                    "refund is released when the return is delivered."
                ),
                dispute.return_due_at,
            )
        if dispute.return_status == ReturnStatus.SHIPPED:
            return policy.NextAction(
                "supplier", _("The supplier must confirm the returned goods arrived."), None
            )
        obligations = list(dispute.obligations.all())
        if any(o.status == ObligationStatus.PENDING for o in obligations):
            return policy.NextAction(
                "supplier",
                _("The supplier must carry out the award and confirm it."),
                dispute.award_due_at,
            )
        waiting_buyer = [o for o in obligations if o.status == ObligationStatus.CONFIRMED]
        if waiting_buyer:
            return policy.NextAction(
                "buyer",
                _("The buyer should confirm it received what the supplier says it sent."),
                waiting_buyer[0].buyer_confirm_due_at,
            )
        if any(r.status == RefundEntryStatus.PENDING for r in dispute.refunds.all()):
            return policy.NextAction(
                "platform", _("The platform pays the refund to the buyer."), None
            )
        if st == S.DECIDED:
            return policy.NextAction(
                "",
                _(
                    "Nothing is pending. Either party may appeal once, with new evidence, "
                    "until the appeal deadline; then the case closes."
                ),
                dispute.appeal_due_at,
            )
    return policy.NextAction("", _("Nothing is pending: the case is over."), None)


@dataclass(frozen=True, slots=True)
class SpecEvidence:
    """What the order's signed inspection reports prove about the spec clauses a case
    cites (from the specs app), and the recommendation with its arithmetic. Shown to the
    parties and officers; the decision form is pre-filled from it, never decided by it."""

    clause_ids: list[str]
    findings: list[ClauseFinding]
    recommendation: Recommendation
    suggested: policy.SuggestedDecision
    # Cited clause id -> the case's CitedRequirement it came from.
    requirement_ids: dict[str, int] = field(default_factory=dict)

    def requirement_for(self, finding: ClauseFinding) -> int | None:
        return self.requirement_ids.get(finding.clause_id)


def spec_evidence(dispute: Dispute) -> SpecEvidence | None:
    """None unless the case cites spec clauses and the order has signed inspection
    reports. The caller has checked that its user may see the case."""
    from tradeguard.specs import selectors as specs

    cited = [r for r in dispute.requirements.all() if r.source == RequirementSource.SPEC_CLAUSE]
    if not cited:
        return None
    order = dispute.order
    if not specs.signed_reports(order):
        return None
    known = [c["clause_id"] for c in specs.order_spec_clauses(order)]
    requirement_ids: dict[str, int] = {}
    for requirement in cited:
        clause_id = policy.clause_id_for(requirement.reference, known)
        if clause_id:
            requirement_ids.setdefault(clause_id, requirement.pk)
    if not requirement_ids:
        return None
    clause_ids = list(requirement_ids)
    findings = specs.dispute_evidence_summary(order, clause_ids)
    recommended = specs.recommendation(order, clause_ids)
    cap = dispute.covered_amount if not dispute.offline else order.total
    return SpecEvidence(
        clause_ids=clause_ids,
        findings=findings,
        recommendation=recommended,
        suggested=policy.suggested_decision(
            recommended=recommended.outcome,
            amount=recommended.amount,
            requested_outcome=dispute.requested_outcome,
            cap=cap,
        ),
        requirement_ids=requirement_ids,
    )


def with_summary(qs: QuerySet[Dispute]) -> QuerySet[Dispute]:
    """What a list row (`presenters.summary`, `next_action`) reads, prefetched for the
    rows of one page only when the queryset is sliced."""
    return qs.select_related("buyer", "supplier", "order").prefetch_related(
        "proposals", "obligations", "refunds", "appeals"
    )


OFFICER_QUEUE_STATUSES = (S.UNDER_REVIEW, S.APPEALED, S.ESCALATED)


def officer_queue(statuses: tuple[str, ...] = OFFICER_QUEUE_STATUSES) -> QuerySet[Dispute]:
    """Cases waiting for an officer, the most urgent first: those to decide by their
    decision deadline, then those in their evidence window (no decision deadline yet)
    by its end. Served by the partial index `dispute_officer_queue_idx`; `statuses`
    narrows it to part of the queue (escalated alone: `dispute_escalated_queue_idx`)."""
    return (
        Dispute.objects.filter(status__in=statuses)
        .select_related("buyer", "supplier", "order")
        .order_by("decision_due_at", "evidence_due_at", "id")
    )


def supplier_dispute_record(org_ids: list[int]) -> DisputeRecord:
    """Counts, outcomes and open awards of the suppliers' disputes (public profile)."""
    from tradeguard.sanctions.selectors import DisputeRecord

    disputes = Dispute.objects.filter(supplier_id__in=org_ids)
    counts = disputes.aggregate(
        total=Count("id"),
        open=Count("id", filter=Q(status__in=policy.OPEN_STATUSES | {S.APPEALED})),
        settled=Count("id", filter=Q(status=S.SETTLED)),
        withdrawn=Count("id", filter=Q(status=S.WITHDRAWN)),
        open_awards=Count("id", filter=Q(award_status=AwardStatus.PENDING)),
        ignored=Count("id", filter=Q(award_status=AwardStatus.IGNORED)),
    )
    decided = Decision.objects.filter(dispute__supplier_id__in=org_ids).order_by(
        "dispute_id", "-decided_at", "-id"
    )
    final: dict[int, str] = {}
    for dispute_id, outcome in decided.values_list("dispute_id", "outcome"):
        final.setdefault(dispute_id, outcome)
    public = [
        {
            "dispute_id": d.pk,
            "reason": d.reason,
            "status": d.status,
            "outcome": final.get(d.pk, ""),
            "award_status": d.award_status,
            "opened_at": d.opened_at,
            "decided_at": d.decided_at,
            # What pages show: the labels of the codes above.
            "reason_label": str(d.get_reason_display()),
            "status_label": str(d.get_status_display()),
            "outcome_label": str(DecisionOutcome(final[d.pk]).label) if d.pk in final else "",
            "award_label": str(d.get_award_status_display())
            if d.award_status != AwardStatus.NONE
            else "",
        }
        for d in disputes.filter(on_public_record=True).order_by("-opened_at")[:50]
    ]
    return DisputeRecord(
        total=counts["total"],
        open=counts["open"],
        won_by_buyer=sum(1 for o in final.values() if o != DecisionOutcome.SUPPLIER),
        won_by_supplier=sum(1 for o in final.values() if o == DecisionOutcome.SUPPLIER),
        settled=counts["settled"],
        withdrawn=counts["withdrawn"],
        open_awards=counts["open_awards"],
        ignored_awards=counts["ignored"],
        public_cases=public,
    )


@dataclass(frozen=True, slots=True)
class OrderReport:
    """A signed inspection report of the case's order, and the evidence item that puts
    it in the case (None until a party adds it)."""

    inspection: Any
    report: Any
    evidence_id: int | None


def order_reports(dispute: Dispute) -> list[OrderReport]:
    """The latest signed report of each inspection of the case's order."""
    from tradeguard.specs import selectors as specs

    pairs = specs.signed_reports(dispute.order)
    if not pairs:
        return []
    added = dict(
        dispute.evidence.filter(inspection_report__isnull=False).values_list(
            "inspection_report_id", "pk"
        )
    )
    return [OrderReport(inspection, report, added.get(report.pk)) for inspection, report in pairs]
