"""HTML pages: the filing wizard, the case page, the supplier's response page, the
officers' queue and the decision form. Every write calls the same services as the API."""

from __future__ import annotations

import re
import secrets
from decimal import Decimal
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError
from tradeguard.common.formatting import format_instant
from tradeguard.common.pagination import page_from
from tradeguard.disputes import policy, presenters, selectors, services
from tradeguard.disputes.casefile.export import casefile_allowed, casefile_export
from tradeguard.disputes.enums import (
    DecisionOutcome,
    DisputeReason,
    DisputeStatus,
    EvidenceType,
    Party,
    ProposalKind,
    RequestedOutcome,
)
from tradeguard.disputes.forms import (
    EVIDENCE_SLOTS,
    FINDING_SLOTS,
    MAX_EVIDENCE_SLOTS,
    DecisionForm,
    FilingForm,
)
from tradeguard.disputes.models import Dispute
from tradeguard.disputes.moves import WAITING_FOR, case_moves, whose_move_label
from tradeguard.evidence.models import StoredFile
from tradeguard.evidence.services import file_store, human_size
from tradeguard.orders.selectors import order_get, orders_visible_to
from tradeguard.sanctions.policy import award_ignored_points
from tradeguard.signals import presenters as signal_presenters
from tradeguard.signals import selectors as signal_selectors
from tradeguard.signals.services import signal_review
from tradeguard.web.errors import flash_error, http_error
from tradeguard.web.forms import add_service_error

S = DisputeStatus


def _get(request: HttpRequest, dispute_id: int) -> Dispute:
    try:
        return selectors.dispute_detail(request.user, dispute_id)  # type: ignore[arg-type]
    except ApplicationError:
        raise Http404("No such dispute") from None


def _limits(dispute: Dispute | None = None) -> dict[str, Any]:
    """The upload limits, shown before anyone chooses a file."""
    from tradeguard.disputes.services.evidence import case_bytes

    file_bytes = int(policy.setting("evidence_max_file_bytes"))
    return {
        "file": human_size(file_bytes),
        "file_bytes": file_bytes,
        "case": human_size(int(policy.setting("evidence_max_case_bytes"))),
        "used": human_size(case_bytes(dispute) if dispute is not None else 0),
    }


def _formats() -> list[tuple[str, str]]:
    from tradeguard.disputes.services.evidence import allowed_formats_text

    return [(str(label), allowed_formats_text(value)) for value, label in EvidenceType.choices]


# --- Lists ----------------------------------------------------------------------------


PAGE_SIZE = 50


@login_required
def dispute_list(request: HttpRequest) -> HttpResponse:
    """The viewer's cases, newest first, with whose move it is, and for officers the
    queue, most urgent first; both a page at a time (keyset pages: ?cursor= and ?queue=)."""
    user: Any = request.user
    qs = selectors.disputes_visible_to(user)
    status = request.GET.get("status", "")
    if status in S.values:
        qs = qs.filter(status=status)
    now = clock.now()

    def row(d: Dispute) -> dict[str, Any]:
        moves = case_moves(d, selectors.party_of(user, d), now)
        return {"d": d, "moves": moves, "whose": whose_move_label(moves)}

    page = page_from(
        request,
        selectors.with_summary(qs).order_by("-opened_at", "-id"),
        size=PAGE_SIZE,
        build=row,
    )
    queue_sort = "signals" if request.GET.get("queue_sort") == "signals" else "urgent"
    queue = (
        page_from(request, _queue(queue_sort), size=PAGE_SIZE, param="queue")
        if user.is_officer
        else None
    )
    return render(
        request,
        "disputes/list.html",
        {
            "rows": page.items,
            "page": page,
            "queue": queue.items if queue else [],
            "queue_page": queue,
            "queue_sort": queue_sort,
            "now": now,
            "statuses": S.choices,
            "status": status,
        },
    )


def _queue(sort: str) -> Any:
    """The officers' queue: most urgent first, or (sort "signals") the most scam signals
    first, then the most urgent; each order has its index."""
    qs = selectors.officer_queue()
    if sort == "signals":
        return qs.order_by("-signal_count", "decision_due_at", "evidence_due_at", "id")
    return qs


# --- Filing wizard ----------------------------------------------------------------------


def _wizard_order(request: HttpRequest, order_id: str | None) -> Any:
    if not order_id:
        return None
    try:
        return order_get(request.user, int(order_id))  # type: ignore[arg-type]
    except (ApplicationError, ValueError):
        raise Http404("No such order") from None


@login_required
def dispute_new(request: HttpRequest) -> HttpResponse:
    """order -> reason -> requirement cited -> evidence -> review."""
    user: Any = request.user
    if getattr(user, "role", "") != "buyer":
        return render(request, "disputes/new_not_buyer.html", status=403)
    order = _wizard_order(request, request.GET.get("order") or request.POST.get("order"))
    reason = request.GET.get("reason") or request.POST.get("reason") or ""
    base = {
        "order": order,
        "reason": reason,
        "not_covered": policy.NOT_COVERED,
        "limits": _limits(),
    }
    if order is None:
        orders = (
            orders_visible_to(user)
            .filter(buyer_id=user.organization_id)
            .order_by("-placed_at")[:100]
        )
        return render(request, "disputes/new.html", {**base, "step": "order", "orders": orders})
    if reason not in DisputeReason.values:
        reasons = []
        for value, label in DisputeReason.choices:
            e = selectors.eligibility_for(order, value)
            reasons.append({"value": value, "label": label, "e": e})
        return render(request, "disputes/new.html", {**base, "step": "reason", "reasons": reasons})
    from tradeguard.contracts.selectors import covering_clauses

    eligibility = selectors.eligibility_for(order, reason)
    ctx = {
        **base,
        "eligibility": eligibility,
        "reason_label": DisputeReason(reason).label,
        "guidance": policy.REQUIREMENT_GUIDANCE,
        "checklist": policy.checklist(order.kind, reason),
        "formats": _formats(),
        "listing_attributes": (order.listing.attributes if order.listing else {}) or {},
        "spec_clauses": services.filing.spec_clauses(order),
        "contract_clauses": services.filing.contract_clauses(order),
        "covering_clause": covering_clauses(order, reason),
        "evidence_types": EvidenceType.choices,
    }
    if not eligibility.eligible:
        return render(request, "disputes/new.html", {**ctx, "step": "refused"})
    if request.method != "POST":
        form = FilingForm()
        return render(
            request,
            "disputes/new.html",
            {**ctx, "step": "details", "form": form, "evidence_rows": form.evidence_rows([])},
        )
    slots = _evidence_slots(request)
    form = FilingForm(request.POST, request.FILES, evidence_slots=slots)
    # Files are stored first, even when something else in the form is wrong, so that a
    # refusal never loses an upload: the page shows them as kept.
    staged, stage_errors = _stage_evidence(request, slots)
    ctx["staged"] = staged
    valid = form.is_valid()
    for name, reason in stage_errors.items():
        form.add_error(name, reason)
    ctx["carry"] = _carried_fields(request)
    ctx["evidence_rows"] = form.evidence_rows(staged)
    if not valid or stage_errors or request.POST.get("action") == "edit":
        return render(
            request,
            "disputes/new.html",
            {**ctx, "step": "details", "form": form},
            status=422 if not valid or stage_errors else 200,
        )
    data = form.cleaned_data
    try:
        requirements = _requirements(data)
        if request.POST.get("action") != "file":
            # Review: check what the service would refuse, without writing a case.
            cited = services.filing._clean_requirements(order, reason, requirements)
            services.filing._claim(
                order, eligibility, data["requested_outcome"], data["claimed_amount"], None
            )
            review = {
                "step": "review",
                "form": form,
                "data": data,
                "requested_label": RequestedOutcome(data["requested_outcome"]).label,
                "cited": cited,
                "idem": secrets.token_urlsafe(16),
            }
            return render(request, "disputes/new.html", {**ctx, **review})
        filed = services.dispute_open(
            actor=user,
            order=order,
            reason=reason,
            requested_outcome=data["requested_outcome"],
            description=data["description"],
            claimed_amount=data["claimed_amount"],
            requirements=requirements,
            idempotency_key=request.POST.get("idempotency_key", ""),
            # Filed with the case in one transaction: a re-post of this step (same key)
            # finds the case and adds nothing; a crash leaves neither.
            evidence=[
                services.StagedEvidence(item["file"], item["type"], item["description"])
                for item in staged
            ],
        )
    except ApplicationError as exc:
        add_service_error(
            form, exc, {"requirements": "requirement_text", "claimed_amount": "claimed_amount"}
        )
        return render(
            request,
            "disputes/new.html",
            {**ctx, "step": "details", "form": form},
            status=exc.status,
        )
    dispute = filed.dispute
    messages.success(
        request,
        _(
            "Dispute #%(number)s filed. The supplier has until %(due)s to respond; you may "
            "escalate to the platform from %(escalate)s if you cannot agree."
        )
        % {
            "number": dispute.pk,
            "due": format_instant(dispute.response_due_at),
            "escalate": format_instant(dispute.escalation_allowed_at),
        },
    )
    return redirect("disputes:detail", dispute.pk)


def _requirements(data: dict[str, Any]) -> list[services.RequirementInput]:
    if not data.get("requirement_source"):
        return []
    return [
        services.RequirementInput(
            data["requirement_source"], data["requirement_reference"], data["requirement_text"]
        )
    ]


# Session key of the SHA-256 of files this user uploaded in the filing wizard, and how
# many are remembered.
_STAGED = "disputes_staged_evidence"
_STAGED_MAX = 40


_NOT_CARRIED = ("csrfmiddlewaretoken", "action", "order", "reason", "idempotency_key")


def _carried_fields(request: HttpRequest) -> list[tuple[str, str]]:
    """What the review step carries in hidden fields: everything typed, but not the
    held files (carried by their SHA-256 separately) or the wizard's own fields."""
    return [
        (name, str(value))
        for name, value in request.POST.items()
        if name not in _NOT_CARRIED and not name.endswith(("_sha256", "_remove"))
    ]


def _evidence_slots(request: HttpRequest) -> int:
    """How many evidence rows the wizard's form has: at least EVIDENCE_SLOTS, and one
    more than the highest row the browser sent (rows are added in the page)."""
    highest = -1
    for name in [*request.POST.keys(), *request.FILES.keys()]:
        match = _SLOT_FIELD.match(name)
        if match:
            highest = max(highest, int(match.group(1)))
    return min(max(EVIDENCE_SLOTS, highest + 2), MAX_EVIDENCE_SLOTS)


_SLOT_FIELD = re.compile(r"^evidence_(\d+)_(?:type|file|description|sha256)$")


def _stage_evidence(
    request: HttpRequest, slots: int
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Files uploaded in the wizard are stored (content-addressed) before the case
    exists; later steps carry their SHA-256 in hidden fields. Returns the staged files
    and, per field, what is wrong with the rows that could not be staged."""
    staged: list[dict[str, Any]] = []
    errors: dict[str, str] = {}
    for i in range(slots):
        kind = request.POST.get(f"evidence_{i}_type", "")
        upload = request.FILES.get(f"evidence_{i}_file")
        description = request.POST.get(f"evidence_{i}_description", "")[:500]
        sha = request.POST.get(f"evidence_{i}_sha256", "")
        if request.POST.get(f"evidence_{i}_remove"):
            continue
        if kind and kind not in EvidenceType.values:
            errors[f"evidence_{i}_type"] = _("Choose one of the evidence types listed.")
            continue
        stored = None
        if upload is not None:
            if not kind:
                errors[f"evidence_{i}_type"] = _("Choose the type of this file.")
                continue
            try:
                stored = file_store(
                    upload=upload,
                    name=upload.name or "evidence",
                    actor=request.user,
                    allowed=policy.evidence_formats(kind),
                    max_bytes=int(policy.setting("evidence_max_file_bytes")),
                    field=f"evidence_{i}_file",
                )
            except ApplicationError as exc:
                errors[f"evidence_{i}_file"] = exc.fields.get(f"evidence_{i}_file", exc.message)
                continue
            # The session remembers what this user staged (another user of the
            # organization may have uploaded the same bytes).
            held = [*request.session.get(_STAGED, []), stored.sha256][-_STAGED_MAX:]
            request.session[_STAGED] = held
        elif sha:
            if sha in request.session.get(_STAGED, []):
                stored = StoredFile.objects.filter(
                    sha256=sha,
                    organization=request.user.organization,  # type: ignore[union-attr]
                ).first()
            if stored is None:
                errors[f"evidence_{i}_file"] = _(
                    "A file you uploaded earlier in this form is no longer held; choose it again."
                )
                continue
            if not kind:
                errors[f"evidence_{i}_type"] = _("Choose the type of this file.")
        if stored is not None:
            staged.append(
                {
                    "slot": i,
                    "file": stored,
                    "type": kind,
                    "type_label": EvidenceType(kind).label if kind else "",
                    "description": description,
                }
            )
    return staged, errors


# --- The case -----------------------------------------------------------------------------


def _deadlines(dispute: Dispute) -> list[tuple[Any, Any]]:
    """The case's deadlines that matter in its current state, labelled."""
    st = dispute.status
    negotiable = st in (S.AWAITING_RESPONSE, S.NEGOTIATING)
    return [
        (
            _("Supplier response due"),
            dispute.response_due_at if st == S.AWAITING_RESPONSE else None,
        ),
        (_("Buyer may escalate from"), dispute.escalation_allowed_at if negotiable else None),
        (_("Escalates automatically"), dispute.auto_escalate_at if negotiable else None),
        (_("Evidence window closes"), dispute.evidence_due_at if st == S.ESCALATED else None),
        (
            _("Decision target"),
            dispute.decision_due_at if st in (S.UNDER_REVIEW, S.APPEALED) else None,
        ),
        (
            _("Return to be shipped by"),
            dispute.return_due_at if dispute.return_status == "awaiting_shipment" else None,
        ),
        (
            _("Award to be carried out by"),
            dispute.award_due_at if dispute.award_status == "pending" else None,
        ),
        (_("Appeals possible until"), dispute.appeal_due_at if st == S.DECIDED else None),
    ]


def _case_context(
    request: HttpRequest,
    dispute: Dispute,
    errors: dict[str, ApplicationError] | None = None,
    posted: dict[str, Any] | None = None,
) -> dict[str, Any]:
    user = request.user
    party = selectors.party_of(user, dispute)
    evidence = list(selectors.evidence_visible(user, dispute))  # type: ignore[arg-type]
    strength = selectors.case_strength(dispute, evidence)
    decisions = list(dispute.decisions.all())
    proposals = list(dispute.proposals.all())
    now = clock.now()
    moves = case_moves(dispute, party, now)
    deadlines = [(label, value) for label, value in _deadlines(dispute) if value]
    return {
        "d": dispute,
        "party": party,
        "action": moves.action,
        "moves": moves,
        "can": {m.key: True for m in moves.available},
        "my_move": moves.my_move,
        "evidence": evidence,
        "strength": strength,
        "decision": decisions[-1] if decisions else None,
        "decisions": decisions,
        "proposals": proposals,
        "open_proposals": [p for p in proposals if p.status == "open"],
        "events": selectors.dispute_timeline(dispute, request.user),
        "order_reports": selectors.order_reports(dispute),
        "deadlines": deadlines,
        "now": now,
        "errors": errors or {},
        "limits": _limits(dispute),
        "formats": _formats(),
        "waiting_for": WAITING_FOR.get(moves.action.party, ""),
        "ignored_award_points": award_ignored_points(),
        "posted": posted or {},
        "evidence_types": EvidenceType.choices,
        "proposal_kinds": ProposalKind.choices,
        "covered": presenters.m(dispute.covered_amount, dispute.currency),
        "spec": selectors.spec_evidence(dispute),
        **signal_presenters.page_context(signal_selectors.dispute_signals_for_page(user, dispute)),
        "casefile_allowed": casefile_allowed(party, dispute.status),
    }


@login_required
def dispute_detail(request: HttpRequest, dispute_id: int) -> HttpResponse:
    dispute = _get(request, dispute_id)
    return render(request, "disputes/detail.html", _case_context(request, dispute))


@login_required
def dispute_casefile(request: HttpRequest, dispute_id: int) -> HttpResponse | FileResponse:
    """Download the court-ready case file (docs/casefile.md)."""
    try:
        case_file = casefile_export(actor=request.user, dispute_id=dispute_id)
    except ApplicationError as exc:
        if exc.status in (403, 404):
            raise http_error(exc) from None
        flash_error(request, exc)
        return redirect("disputes:detail", dispute_id)
    return case_file.response()


@login_required
def dispute_respond(request: HttpRequest, dispute_id: int) -> HttpResponse:
    """The supplier's response page: the request, the evidence, and the three answers."""
    dispute = _get(request, dispute_id)
    ctx = _case_context(request, dispute)
    if ctx["party"] != Party.SUPPLIER:
        return redirect("disputes:detail", dispute.pk)
    ctx["initial"] = next((p for p in ctx["proposals"] if p.is_initial_request), None)
    return render(request, "disputes/respond.html", ctx)


def _amount(value: str) -> Decimal | str | None:
    value = (value or "").strip()
    return value or None


def _id_field(request: HttpRequest, name: str) -> int:
    """The id a case-page button posts (422 naming the field when it is not one)."""
    raw = request.POST.get(name, "")
    if not raw.isdigit():
        raise ApplicationError(
            "invalid_input",
            _("The form sent no valid %(name)s id; reload the page and try again.")
            % {"name": name},
            fields={name: _("Expected the number of an item shown on the page.")},
        )
    return int(raw)


ACTIONS = {
    "message": lambda r, u, d: services.message_post(
        actor=u, dispute=d, body=r.POST.get("body", "")
    ),
    "propose": lambda r, u, d: services.proposal_make(
        actor=u,
        dispute=d,
        kind=r.POST.get("kind", ""),
        amount=_amount(r.POST.get("amount", "")),
        note=r.POST.get("note", ""),
    ),
    "accept": lambda r, u, d: services.proposal_accept(
        actor=u, dispute=d, proposal_id=_id_field(r, "proposal")
    ),
    "reject": lambda r, u, d: services.proposal_reject(
        actor=u,
        dispute=d,
        proposal_id=_id_field(r, "proposal"),
        reason=r.POST.get("reason", ""),
    ),
    "escalate": lambda r, u, d: services.dispute_escalate(
        actor=u, dispute=d, reason=r.POST.get("reason", "")
    ),
    "withdraw": lambda r, u, d: services.dispute_withdraw(
        actor=u, dispute=d, reason=r.POST.get("reason", "")
    ),
    "review_signal": lambda r, u, d: signal_review(
        actor=u,
        dispute=d,
        signal_id=_id_field(r, "signal"),
        decision=r.POST.get("decision", ""),
        note=r.POST.get("note", ""),
    ),
    "evidence": lambda r, u, d: _upload(r, u, d),
    "submit_evidence": lambda r, u, d: _submit(r, u, d),
    "discard_evidence": lambda r, u, d: _discard(r, u, d),
    "attach_report": lambda r, u, d: services.evidence_attach_report(
        actor=u, dispute=d, report_id=_id_field(r, "report")
    ),
    "appeal": lambda r, u, d: services.appeal_file(
        actor=u, dispute=d, reason=r.POST.get("reason", "")
    ),
    "mark_paid": lambda r, u, d: services.refund_mark_paid(
        actor=u,
        dispute=d,
        refund_id=_id_field(r, "refund"),
        payment_reference=r.POST.get("payment_reference", ""),
    ),
    "obligation_confirm": lambda r, u, d: services.obligation_confirm(
        actor=u, dispute=d, reference=r.POST.get("reference", "")
    ),
    "obligation_receipt": lambda r, u, d: services.obligation_receipt_confirm(actor=u, dispute=d),
    "return_ship": lambda r, u, d: services.return_ship(
        actor=u,
        dispute=d,
        carrier=r.POST.get("carrier", ""),
        tracking_number=r.POST.get("tracking_number", ""),
    ),
    "return_delivered": lambda r, u, d: services.return_delivered(actor=u, dispute=d),
}


def _upload(request: HttpRequest, user: Any, dispute: Dispute) -> Any:
    """One or more files of one type; all are added or, if one is refused, none."""
    uploads = request.FILES.getlist("file")
    if not uploads:
        raise ApplicationError(
            "invalid_input",
            _("Choose at least one file to upload."),
            fields={"file": _("Choose a file.")},
        )
    items = []
    with transaction.atomic():
        for upload in uploads:
            try:
                items.append(
                    services.evidence_add(
                        actor=user,
                        dispute=dispute,
                        upload=upload,
                        name=upload.name or "evidence",
                        type=request.POST.get("type", ""),
                        description=request.POST.get("description", ""),
                        size=upload.size,
                        submit=request.POST.get("submit") == "1",
                    )
                )
            except ApplicationError as exc:
                if len(uploads) > 1:
                    exc.message = _("“%(name)s”: %(reason)s Nothing was uploaded.") % {
                        "name": upload.name,
                        "reason": exc.message,
                    }
                raise
    return items


def _submit(request: HttpRequest, user: Any, dispute: Dispute) -> Any:
    item = selectors.evidence_get(user, dispute, _id_field(request, "evidence"))
    return services.evidence_submit(actor=user, dispute=dispute, item=item)


def _discard(request: HttpRequest, user: Any, dispute: Dispute) -> None:
    item = selectors.evidence_get(user, dispute, _id_field(request, "evidence"))
    services.evidence_discard(actor=user, dispute=dispute, item=item)


# What each button did and what comes next, shown after it worked.
DONE: dict[str, Any] = {
    "message": lambda d: _("Message sent. Both parties and the officer can read it."),
    "propose": lambda d: (
        _(
            "Proposal sent. The other party can accept it, reject it or counter-propose; "
            "unsettled cases go to an officer automatically on %(when)s."
        )
        % {"when": format_instant(d.auto_escalate_at)}
    ),
    "accept": lambda d: _(
        "You accepted the proposal: the case is settled. What was agreed is carried out "
        "next; the steps and their deadlines are on this page."
    ),
    "reject": lambda d: _(
        "Proposal rejected with your reasons. You can make a proposal of your own, or "
        "the buyer can escalate to the platform."
    ),
    "escalate": lambda d: (
        _(
            "The case is escalated. Both parties can add and submit evidence until %(when)s; "
            "then an officer reviews the case."
        )
        % {"when": format_instant(d.evidence_due_at)}
    ),
    "withdraw": lambda d: _("You withdrew the dispute. The case is closed."),
    "review_signal": lambda d: _(
        "Signal reviewed. A confirmed signal adds the serious-violation points to the "
        "supplier's record (once per case); a dismissed one leaves the buyer's warning."
    ),
    "evidence": lambda d: _(
        "Evidence uploaded. Submitted items are visible to the other party and the "
        "officer; drafts only to your side until you submit them."
    ),
    "submit_evidence": lambda d: _(
        "Evidence submitted: the other party and the officer can see it now."
    ),
    "discard_evidence": lambda d: _("Draft discarded."),
    "attach_report": lambda d: _(
        "The signed inspection report is now in the case as submitted evidence."
    ),
    "appeal": lambda d: (
        _("Appeal filed. A different officer reviews the case and decides by %(when)s.")
        % {"when": format_instant(d.decision_due_at)}
    ),
    "mark_paid": lambda d: _("Refund recorded as paid. The buyer is told."),
    "obligation_confirm": lambda d: _(
        "Confirmed. The buyer is asked to confirm receipt; without an answer it counts as "
        "received at its deadline."
    ),
    "obligation_receipt": lambda d: _("Thank you: receipt confirmed."),
    "return_ship": lambda d: _(
        "Return shipment recorded. The supplier confirms when the goods arrive; the refund follows."
    ),
    "return_delivered": lambda d: _("Return delivery confirmed."),
}


@login_required
@require_POST
def dispute_act(request: HttpRequest, dispute_id: int, action: str) -> HttpResponse:
    """Every button on the case page; errors come back next to the form that caused them,
    with what was typed kept; success says what happened and what comes next."""
    dispute = _get(request, dispute_id)
    handler = ACTIONS.get(action)
    if handler is None:
        raise Http404("Unknown action")
    try:
        handler(request, request.user, dispute)
    except ApplicationError as exc:
        if exc.status == 404:
            raise Http404(exc.message) from None
        dispute = _get(request, dispute_id)
        template = (
            "disputes/respond.html"
            if request.POST.get("page") == "respond"
            else "disputes/detail.html"
        )
        ctx = _case_context(
            request, dispute, errors={action: exc}, posted={action: request.POST.dict()}
        )
        ctx["initial"] = next((p for p in ctx["proposals"] if p.is_initial_request), None)
        return render(request, template, ctx, status=exc.status)
    dispute.refresh_from_db()
    messages.success(request, DONE[action](dispute))
    target = reverse("disputes:detail", args=[dispute.pk])
    return redirect(f"{target}#{action}")


# --- Officers -------------------------------------------------------------------------------


# Findings worth pre-filling: what the evidence shows either way.
_PREFILL_STATUSES = ("broken", "defective_units", "not_broken")
# Case evidence a finding from an inspection report most likely rests on.
_REPORT_TYPES = (EvidenceType.INSPECTION_REPORT, EvidenceType.LAB_REPORT)


def _decision_initial(spec: selectors.SpecEvidence, submitted: list[Any]) -> dict[str, Any]:
    """The decision form pre-filled from the signed inspection evidence: the suggested
    outcome and refund, a draft statement with the arithmetic, and one finding per clause
    the evidence decides. The officer reviews and changes it; nothing happens until the
    officer records the decision."""
    rec, suggested = spec.recommendation, spec.suggested
    initial: dict[str, Any] = {}
    if suggested.outcome:
        initial["outcome"] = suggested.outcome
        if suggested.outcome != DecisionOutcome.SUPPLIER and suggested.refund_amount is not None:
            initial["refund_amount"] = presenters.m(suggested.refund_amount, rec.currency)
    lines = [rec.explanation, *rec.arithmetic]
    if suggested.note:
        lines.append(suggested.note)
    initial["statement"] = "\n".join(["From the signed inspection evidence:", *lines])
    reports = [e.pk for e in submitted if e.type in _REPORT_TYPES]
    decided = [f for f in spec.findings if f.status in _PREFILL_STATUSES]
    for i, finding in enumerate(decided[:FINDING_SLOTS]):
        initial[f"finding_{i}_text"] = finding.explanation
        requirement = spec.requirement_for(finding)
        if requirement is not None:
            initial[f"finding_{i}_requirement"] = requirement
        if reports:
            initial[f"finding_{i}_evidence"] = reports
    return initial


@login_required
def dispute_decide(request: HttpRequest, dispute_id: int) -> HttpResponse:
    """The decision form: outcome, amount, statement, findings tied to evidence."""
    if not getattr(request.user, "is_officer", False):
        raise Http404("Officers only")
    dispute = _get(request, dispute_id)
    ctx = _case_context(request, dispute)
    submitted = [e for e in ctx["evidence"] if e.status == "submitted"]
    requirements = list(dispute.requirements.all())
    initial = _decision_initial(ctx["spec"], submitted) if ctx["spec"] else {}
    form = DecisionForm(
        request.POST or None, evidence=submitted, requirements=requirements, initial=initial
    )
    ctx["prefilled"] = bool(initial) and request.method != "POST"
    appeal = next((a for a in dispute.appeals.all() if a.status == "pending"), None)
    ctx.update({"form": form, "appeal": appeal, "submitted": submitted})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        findings = []
        for i in range(FINDING_SLOTS):
            text = (data.get(f"finding_{i}_text") or "").strip()
            if not text:
                continue
            req = data.get(f"finding_{i}_requirement")
            findings.append(
                services.FindingInput(
                    text=text,
                    evidence_ids=tuple(int(x) for x in data.get(f"finding_{i}_evidence") or ()),
                    requirement_id=int(req) if req else None,
                    requirement_text=data.get(f"finding_{i}_requirement_text") or "",
                )
            )
        try:
            services.decision_make(
                actor=request.user,
                dispute=dispute,
                outcome=data["outcome"],
                statement=data["statement"],
                refund_amount=data["refund_amount"],
                findings=findings,
            )
        except ApplicationError as exc:
            mapped = {
                k: k.replace("findings.", "finding_")
                .replace(".evidence_ids", "_evidence")
                .replace(".requirement_text", "_requirement_text")
                .replace(".text", "_text")
                for k in exc.fields
            }
            add_service_error(form, exc, {**mapped, "findings": "finding_0_text"})
            return render(request, "disputes/decide.html", ctx, status=exc.status)
        dispute.refresh_from_db()
        messages.success(
            request,
            _(
                "Decision recorded. Both parties are told and it is carried out now; each "
                "party may appeal once, with new evidence, until %(when)s."
            )
            % {"when": format_instant(dispute.appeal_due_at)},
        )
        return redirect("disputes:detail", dispute.pk)
    return render(request, "disputes/decide.html", ctx)
