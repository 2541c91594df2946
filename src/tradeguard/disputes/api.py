from typing import Any

from django.http import FileResponse, HttpRequest
from ninja import File, Form, Header, Query, Router, Status
from ninja.files import UploadedFile
from ninja.pagination import paginate

from tradeguard.accounts.models import User
from tradeguard.common.api import ERROR_RESPONSES, file_download
from tradeguard.common.pagination import KeysetPagination, Rows
from tradeguard.disputes import presenters, selectors, services
from tradeguard.disputes.casefile.export import casefile_export
from tradeguard.disputes.enums import DisputeReason, EvidenceType
from tradeguard.disputes.models import Dispute
from tradeguard.disputes.schemas import (
    AppealCreate,
    AppealRead,
    DecisionCreate,
    DisputeCreate,
    DisputeListParams,
    DisputeRead,
    DisputeSummary,
    EligibilityRead,
    EscalateBody,
    EvidenceRead,
    MarkPaid,
    MessageCreate,
    MessageRead,
    ObligationConfirm,
    ProposalCreate,
    ProposalRead,
    ProposalReject,
    RefundRead,
    ReportAttachIn,
    ReturnShipment,
    WithdrawBody,
)
from tradeguard.orders.selectors import order_get
from tradeguard.signals import presenters as signal_presenters
from tradeguard.signals import selectors as signal_selectors
from tradeguard.signals.schemas import DisputeSignalsRead, ScamSignalRead, SignalReview
from tradeguard.signals.services import signal_review

router = Router(tags=["disputes"])
DETAIL = {200: DisputeRead, **ERROR_RESPONSES}


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _detail(request: HttpRequest, dispute_id: int) -> dict[str, Any]:
    user = _user(request)
    return presenters.detail(user, selectors.dispute_detail(user, dispute_id))


def _case(request: HttpRequest, dispute_id: int) -> Dispute:
    return selectors.dispute_get(_user(request), dispute_id)


@router.get("/disputes/eligibility", response={200: EligibilityRead, **ERROR_RESPONSES})
def disputes_eligibility(
    request: HttpRequest, order_id: int, reason: DisputeReason
) -> dict[str, Any]:
    """May this order be disputed for this reason now? Answers before anything is
    written: the window (and why), the covered amount, what is not covered and the
    evidence checklist."""
    order = order_get(_user(request), order_id)
    return presenters.eligibility(order.pk, order.kind, selectors.eligibility_for(order, reason))


@router.post("/disputes", response={200: DisputeRead, 201: DisputeRead, **ERROR_RESPONSES})
def disputes_create(
    request: HttpRequest,
    payload: DisputeCreate,
    idempotency_key: str = Header("", alias="Idempotency-Key"),
) -> Status[dict[str, Any]]:
    """File a dispute (buyer). Send an `Idempotency-Key` header: a repeat with the same
    key answers 200 with the case already filed instead of 201."""
    user = _user(request)
    order = order_get(user, payload.order_id)
    filed = services.dispute_open(
        actor=user,
        order=order,
        reason=payload.reason,
        requested_outcome=payload.requested_outcome,
        description=payload.description,
        claimed_amount=payload.claimed_amount,
        currency=payload.currency,
        requirements=[
            services.RequirementInput(r.source, r.reference, r.text) for r in payload.requirements
        ],
        idempotency_key=idempotency_key,
    )
    return Status(201 if filed.created else 200, _detail(request, filed.dispute.pk))


@router.get("/disputes", response=list[DisputeSummary])
@paginate(KeysetPagination, page_size=50)
def disputes_list(request: HttpRequest, filters: Query[DisputeListParams]) -> Rows:
    """Cases you may see, newest first (`opened_at`), 50 a page: follow `next_cursor`."""
    qs = filters.filter(selectors.disputes_visible_to(_user(request)))
    return Rows(selectors.with_summary(qs).order_by("-opened_at", "-id"), presenters.summary)


@router.get("/disputes/{dispute_id}", response=DETAIL)
def disputes_get(request: HttpRequest, dispute_id: int) -> dict[str, Any]:
    """The case: status, whose move it is (`next_action_by`), every deadline as an
    absolute `*_due_at`, the covered amount, checklist, proposals, decision, refunds."""
    return _detail(request, dispute_id)


@router.get("/disputes/{dispute_id}/signals", response={200: DisputeSignalsRead, **ERROR_RESPONSES})
def disputes_signals(request: HttpRequest, dispute_id: int) -> dict[str, Any]:
    """Scam signals found in the supplier's messages on the case, each with its evidence,
    and what the buyer is told to do. The buyer and officers read them; the supplier's
    side answers 403."""
    user = _user(request)
    dispute = _case(request, dispute_id)
    signals = list(signal_selectors.dispute_signals(user, dispute))
    return signal_presenters.dispute_signals_read(dispute.pk, signals)


@router.post(
    "/disputes/{dispute_id}/signals/{signal_id}/review",
    response={200: ScamSignalRead, **ERROR_RESPONSES},
)
def disputes_signal_review(
    request: HttpRequest, dispute_id: int, signal_id: int, payload: SignalReview
) -> dict[str, Any]:
    """An officer confirms a signal (the supplier gets the serious-violation sanction
    points, once per case) or dismisses it. Others answer 403; a reviewed signal 409."""
    signal = signal_review(
        actor=_user(request),
        dispute=_case(request, dispute_id),
        signal_id=signal_id,
        decision=payload.decision,
        note=payload.note,
    )
    return signal_presenters.signal_read(signal)


@router.get(
    "/disputes/{dispute_id}/casefile",
    response={200: None, **ERROR_RESPONSES},
    openapi_extra=file_download("The case file (a ZIP)", "application/zip"),
)
def disputes_casefile(request: HttpRequest, dispute_id: int) -> FileResponse:
    """The court-ready case file of a decided or closed case (its buyer, its supplier,
    officers): a ZIP with the bilingual PDF, the original evidence files, the event log
    with its hash chain, a `sha256sum` manifest and its Ed25519 signature with the
    platform's public key (docs/casefile.md). 404 for anyone else; 409 while the case
    is not decided or closed."""
    case_file = casefile_export(actor=_user(request), dispute_id=dispute_id)
    return case_file.response()


@router.post("/disputes/{dispute_id}/evidence", response={201: EvidenceRead, **ERROR_RESPONSES})
def disputes_evidence_add(
    request: HttpRequest,
    dispute_id: int,
    file: File[UploadedFile],
    type: Form[EvidenceType],
    description: Form[str] = "",
) -> Status[dict[str, Any]]:
    """Upload a typed evidence file as a draft (visible to your side only until you
    submit it). Limits: 100 MB a file, 1 GB a case (413 beyond); the type is checked by
    content (422 for formats not accepted for that evidence type)."""
    dispute = _case(request, dispute_id)
    item = services.evidence_add(
        actor=_user(request),
        dispute=dispute,
        upload=file,
        name=file.name or "evidence",
        type=type,
        description=description,
        size=file.size,
    )
    return Status(201, presenters.evidence_read(item))


@router.post(
    "/disputes/{dispute_id}/evidence/{evidence_id}/submit",
    response={200: EvidenceRead, **ERROR_RESPONSES},
)
def disputes_evidence_submit(
    request: HttpRequest, dispute_id: int, evidence_id: int
) -> dict[str, Any]:
    """Submit a draft: the other side and the officer see it; it can no longer change."""
    user = _user(request)
    dispute = _case(request, dispute_id)
    item = selectors.evidence_get(user, dispute, evidence_id)
    return presenters.evidence_read(
        services.evidence_submit(actor=user, dispute=dispute, item=item)
    )


@router.post(
    "/disputes/{dispute_id}/evidence/inspection-reports",
    response={201: EvidenceRead, **ERROR_RESPONSES},
)
def disputes_evidence_attach_report(
    request: HttpRequest, dispute_id: int, body: ReportAttachIn
) -> Status[dict[str, Any]]:
    """Add a signed inspection report of the case's order (see `inspection_reports` on
    the case) as submitted evidence: a PDF of the signed report, which decision findings
    can cite. 404 for a report of another order or an unsigned one; 409 if it is already
    in the case."""
    item = services.evidence_attach_report(
        actor=_user(request), dispute=_case(request, dispute_id), report_id=body.report_id
    )
    return Status(201, presenters.evidence_read(item))


@router.delete(
    "/disputes/{dispute_id}/evidence/{evidence_id}",
    response={204: None, **ERROR_RESPONSES},
)
def disputes_evidence_discard(
    request: HttpRequest, dispute_id: int, evidence_id: int
) -> Status[None]:
    """Discard a draft of your side (a wrong file, or one you will replace); it frees
    its size from the case's limit. Submitted evidence stays on the record (409); the
    case's history keeps the draft's SHA-256."""
    user = _user(request)
    dispute = _case(request, dispute_id)
    item = selectors.evidence_get(user, dispute, evidence_id)
    services.evidence_discard(actor=user, dispute=dispute, item=item)
    return Status(204, None)


@router.post("/disputes/{dispute_id}/messages", response={201: MessageRead, **ERROR_RESPONSES})
def disputes_message(
    request: HttpRequest, dispute_id: int, payload: MessageCreate
) -> Status[dict[str, Any]]:
    """Write to the other party (and the officer) on the case."""
    m = services.message_post(
        actor=_user(request), dispute=_case(request, dispute_id), body=payload.body
    )
    return Status(201, presenters.message_read(m))


@router.post("/disputes/{dispute_id}/proposals", response={201: ProposalRead, **ERROR_RESPONSES})
def disputes_propose(
    request: HttpRequest, dispute_id: int, payload: ProposalCreate
) -> Status[dict[str, Any]]:
    """Propose (or counter-propose) a settlement: full_refund, partial_refund (with
    amount), replacement or return_and_refund."""
    p = services.proposal_make(
        actor=_user(request),
        dispute=_case(request, dispute_id),
        kind=payload.kind,
        amount=payload.amount,
        note=payload.note,
    )
    return Status(201, presenters.proposal_read(p))


@router.post("/disputes/{dispute_id}/proposals/{proposal_id}/accept", response=DETAIL)
def disputes_proposal_accept(
    request: HttpRequest, dispute_id: int, proposal_id: int
) -> dict[str, Any]:
    """Accept the other party's proposal: the case is settled and carried out."""
    services.proposal_accept(
        actor=_user(request), dispute=_case(request, dispute_id), proposal_id=proposal_id
    )
    return _detail(request, dispute_id)


@router.post("/disputes/{dispute_id}/proposals/{proposal_id}/reject", response=DETAIL)
def disputes_proposal_reject(
    request: HttpRequest, dispute_id: int, proposal_id: int, payload: ProposalReject
) -> dict[str, Any]:
    """Reject the other party's proposal, with a reason."""
    services.proposal_reject(
        actor=_user(request),
        dispute=_case(request, dispute_id),
        proposal_id=proposal_id,
        reason=payload.reason,
    )
    return _detail(request, dispute_id)


@router.post("/disputes/{dispute_id}/escalate", response=DETAIL)
def disputes_escalate(
    request: HttpRequest, dispute_id: int, payload: EscalateBody | None = None
) -> dict[str, Any]:
    """Ask the platform to step in (buyer from day 4; supplier after responding)."""
    services.dispute_escalate(
        actor=_user(request),
        dispute=_case(request, dispute_id),
        reason=payload.reason if payload else "",
    )
    return _detail(request, dispute_id)


@router.post("/disputes/{dispute_id}/decision", response=DETAIL)
def disputes_decide(
    request: HttpRequest, dispute_id: int, payload: DecisionCreate
) -> dict[str, Any]:
    """Officer: decide with a statement of reasons and findings citing evidence."""
    services.decision_make(
        actor=_user(request),
        dispute=_case(request, dispute_id),
        outcome=payload.outcome,
        statement=payload.statement,
        refund_amount=payload.refund_amount,
        findings=[
            services.FindingInput(
                f.text, tuple(f.evidence_ids), f.requirement_id, f.requirement_text
            )
            for f in payload.findings
        ],
    )
    return _detail(request, dispute_id)


@router.post("/disputes/{dispute_id}/appeal", response={201: AppealRead, **ERROR_RESPONSES})
def disputes_appeal(
    request: HttpRequest, dispute_id: int, payload: AppealCreate
) -> Status[dict[str, Any]]:
    """Appeal once per party, within 30 days, with evidence submitted after the decision."""
    a = services.appeal_file(
        actor=_user(request), dispute=_case(request, dispute_id), reason=payload.reason
    )
    return Status(201, presenters.appeal_read(a))


@router.post("/disputes/{dispute_id}/withdraw", response=DETAIL)
def disputes_withdraw(
    request: HttpRequest, dispute_id: int, payload: WithdrawBody | None = None
) -> dict[str, Any]:
    """Buyer: withdraw the case (it closes; nothing is refunded)."""
    services.dispute_withdraw(
        actor=_user(request),
        dispute=_case(request, dispute_id),
        reason=payload.reason if payload else "",
    )
    return _detail(request, dispute_id)


@router.post(
    "/disputes/{dispute_id}/refunds/{refund_id}/mark-paid",
    response={200: RefundRead, **ERROR_RESPONSES},
)
def disputes_refund_paid(
    request: HttpRequest, dispute_id: int, refund_id: int, payload: MarkPaid | None = None
) -> dict[str, Any]:
    """Officer or marketplace integration: the refund was paid to the buyer."""
    r = services.refund_mark_paid(
        actor=_user(request),
        dispute=_case(request, dispute_id),
        refund_id=refund_id,
        payment_reference=payload.payment_reference if payload else "",
    )
    return presenters.refund_read(r)


@router.post("/disputes/{dispute_id}/obligation/confirm", response=DETAIL)
def disputes_obligation_confirm(
    request: HttpRequest, dispute_id: int, payload: ObligationConfirm
) -> dict[str, Any]:
    """Supplier: the award was carried out (payment reference or tracking number)."""
    services.obligation_confirm(
        actor=_user(request), dispute=_case(request, dispute_id), reference=payload.reference
    )
    return _detail(request, dispute_id)


@router.post("/disputes/{dispute_id}/obligation/receipt", response=DETAIL)
def disputes_obligation_receipt(request: HttpRequest, dispute_id: int) -> dict[str, Any]:
    """Buyer: confirms receiving the supplier's payment or replacement."""
    services.obligation_receipt_confirm(actor=_user(request), dispute=_case(request, dispute_id))
    return _detail(request, dispute_id)


@router.post("/disputes/{dispute_id}/return-shipment", response=DETAIL)
def disputes_return_ship(
    request: HttpRequest, dispute_id: int, payload: ReturnShipment
) -> dict[str, Any]:
    """Buyer: the goods were shipped back (return-and-refund)."""
    services.return_ship(
        actor=_user(request),
        dispute=_case(request, dispute_id),
        carrier=payload.carrier,
        tracking_number=payload.tracking_number,
    )
    return _detail(request, dispute_id)


@router.post("/disputes/{dispute_id}/return-delivered", response=DETAIL)
def disputes_return_delivered(request: HttpRequest, dispute_id: int) -> dict[str, Any]:
    """Supplier or platform: the returned goods arrived; the refund is released."""
    services.return_delivered(actor=_user(request), dispute=_case(request, dispute_id))
    return _detail(request, dispute_id)
