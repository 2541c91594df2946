"""Web pages of the IP app: rights-holder portal, supplier notice page, officer queues,
public transparency page. Views parse forms and call the same services as the API."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from tradeguard.accounts.enums import OrgKind, Role
from tradeguard.accounts.models import Organization, User
from tradeguard.accounts.services import organization_document_add, organization_verification_decide
from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError
from tradeguard.common.events import events_for
from tradeguard.ip import forms, policy, selectors, services
from tradeguard.ip.enums import ItemStatus, RecordKind
from tradeguard.ip.models import AgentAuthorization, ComplaintItem
from tradeguard.web.errors import flash_error, http_error
from tradeguard.web.forms import add_service_error


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


# --- portal --------------------------------------------------------------------------------


@login_required
def portal(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if user.is_officer:
        return redirect("ip:queue")
    if user.role == Role.SUPPLIER:
        items = selectors.items_visible_to(user).order_by("-created_at", "-id")[:200]
        return render(request, "ip/supplier_notices.html", {"items": items, "now": clock.now()})
    if user.role not in (Role.RIGHTS_HOLDER, Role.AGENT):
        raise permission_denied_page()
    org = user.organization
    assert org is not None
    complaints = (
        selectors.complaints_visible_to(user)
        .annotate(
            items_total=Count("items"),
            items_open=Count("items", filter=Q(items__status__in=list(policy.OPEN_STATUSES))),
        )
        .order_by("-created_at")[:50]
    )
    waiting = (
        selectors.items_visible_to(user)
        .filter(status__in=list(policy.OPEN_STATUSES))
        .order_by("complaint_id", "position")[:300]
    )
    context = {
        "org": org,
        "standing": services.reporter_standing(org),
        "records": selectors.records_visible_to(user).order_by("-created_at")[:100],
        "complaints": complaints,
        "waiting": waiting,
        "authorizations": AgentAuthorization.objects.filter(agent=org).select_related(
            "principal", "letter"
        ),
        "verification_form": forms.VerificationForm(),
        "authorization_form": forms.AuthorizationForm(),
        "documents": org.documents.all(),
        "now": clock.now(),
        "bar": {
            "success": policy.setting("good_faith_min_success"),
            "counter": policy.setting("good_faith_max_counter"),
            "window": policy.setting("accuracy_window_days"),
        },
    }
    return render(request, "ip/portal.html", context)


def permission_denied_page() -> Exception:
    from django.core.exceptions import PermissionDenied

    return PermissionDenied("The IP portal is for rights holders, their agents and suppliers.")


@login_required
@require_POST
def verification_upload(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    form = forms.VerificationForm(request.POST, request.FILES)
    if form.is_valid() and user.organization is not None:
        upload = form.cleaned_data["file"]
        try:
            organization_document_add(
                actor=user,
                organization=user.organization,
                kind=form.cleaned_data["kind"],
                upload=upload,
                name=upload.name,
            )
            messages.success(
                request, "Document uploaded; an officer will verify your organization."
            )
        except ApplicationError as exc:
            flash_error(request, exc)
    else:
        messages.error(request, "Choose the document kind and a file.")
    return redirect("ip:portal")


@login_required
@require_POST
def authorization_new(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    form = forms.AuthorizationForm(request.POST, request.FILES)
    if form.is_valid():
        principal = Organization.objects.filter(
            pk=form.cleaned_data["principal"], kind=OrgKind.RIGHTS_HOLDER
        ).first()
        if principal is None:
            messages.error(request, "No rights-holder organization with that id.")
            return redirect("ip:portal")
        try:
            services.agent_authorization_submit(
                actor=user,
                principal=principal,
                letter=form.cleaned_data["letter"],
                valid_until=form.cleaned_data["valid_until"],
            )
            messages.success(request, "Letter of authorization submitted for review.")
        except ApplicationError as exc:
            flash_error(request, exc)
    else:
        messages.error(request, "Give the principal, the end date and the letter.")
    return redirect("ip:portal")


# --- records -------------------------------------------------------------------------------


@login_required
def record_new(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    owners = [(o.pk, o.name) for o in selectors.principals_of(user)]
    form = forms.RecordForm(request.POST or None, request.FILES or None, owners=owners)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        owner = Organization.objects.filter(pk=data.get("owner") or 0).first()
        try:
            record = services.record_submit(
                actor=user,
                kind=data["kind"],
                title=data["title"],
                registration_number=data["registration_number"],
                jurisdiction=data["jurisdiction"],
                classes=data["classes"],
                word_mark=data["word_mark"],
                valid_until=data["valid_until"],
                document_language=data["document_language"],
                certificate=data["certificate"],
                translation=data["translation"],
                images=data["images"] or [],
                claim_statement=data["claim_statement"],
                claim_signed_name=data["claim_signed_name"],
                on_behalf_of=owner,
            )
        except ApplicationError as exc:
            add_service_error(form, exc, {"on_behalf_of": "owner", "organization": "owner"})
        else:
            messages.success(request, "IP record submitted. An officer reviews it.")
            return redirect("ip:record", pk=record.pk)
    return render(request, "ip/record_form.html", {"form": form, "kinds": RecordKind})


@login_required
def record_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(request)
    try:
        record = selectors.record_get(user, pk)
    except ApplicationError as exc:
        raise http_error(exc) from None
    form = forms.ReasonForm(request.POST or None)
    if request.method == "POST" and user.is_officer and form.is_valid():
        try:
            if request.POST.get("decision") == "approve":
                services.record_approve(
                    actor=user, record=record, reason=form.cleaned_data["reason"]
                )
            else:
                services.record_reject(
                    actor=user, record=record, reason=form.cleaned_data["reason"]
                )
        except ApplicationError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, "Decision recorded.")
            return redirect("ip:queue")
    return render(
        request,
        "ip/record_detail.html",
        {
            "record": record,
            "form": form,
            "events": events_for(record),
            "problem": services.record_usable(record),
            "needs_translation": policy.needs_translation(record.document_language),
        },
    )


# --- complaints ----------------------------------------------------------------------------


@login_required
def complaint_new(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    records = [
        (r.pk, f"{r.get_kind_display()} — {r.title} ({r.registration_number or 'unregistered'})")
        for r in selectors.usable_records_for(user)
    ]
    initial: dict[str, Any] = {"signature_name": user.full_name}
    draft_id = request.GET.get("draft") or request.POST.get("draft")
    draft = None
    if draft_id and str(draft_id).isdigit():
        try:
            draft = selectors.draft_get(user, int(draft_id))
        except ApplicationError as exc:
            raise http_error(exc) from None
        initial.update(
            draft=draft.pk,
            reason=draft.reason,
            listings="\n".join(draft.listings),
            explanation=draft.explanation,
            record=str(draft.record_id or ""),
        )
    form = forms.ComplaintForm(
        request.POST or None, request.FILES or None, records=records, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            record = selectors.record_get(user, int(data["record"]))
            refs: list[Any] = [
                line.strip() for line in (data["listings"] or "").splitlines() if line.strip()
            ]
            if data["csv"]:
                refs += services.parse_listing_csv(data["csv"].read())
            complaint = services.complaint_file(
                actor=user,
                record=record,
                reason=data["reason"],
                listings=refs,
                explanation=data["explanation"],
                statement_good_faith=data["statement_good_faith"],
                statement_accuracy=data["statement_accuracy"],
                statement_authority=data["statement_authority"],
                signature_name=data["signature_name"],
                draft=draft,
            )
        except ApplicationError as exc:
            add_service_error(form, exc)
        else:
            rejected = complaint.items.filter(status=ItemStatus.REJECTED).count()
            messages.success(
                request,
                f"Complaint filed. {complaint.items.count() - rejected} listings notified"
                + (
                    f", {rejected} could not be processed (see reasons below)." if rejected else "."
                ),
            )
            return redirect("ip:complaint", pk=complaint.pk)
    return render(
        request,
        "ip/complaint_form.html",
        {
            "form": form,
            "draft": draft,
            "reasons_for": {k: policy.reasons_for(k) for k in RecordKind.values},
            "max_listings": policy.setting("max_listings_per_complaint"),
        },
    )


def csv_template(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(services.csv_template(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="ip-complaint-listings.csv"'
    return response


@login_required
def complaint_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(request)
    try:
        complaint = selectors.complaint_get(user, pk)
    except ApplicationError as exc:
        raise http_error(exc) from None
    if request.method == "POST":
        try:
            services.complaint_withdraw(
                actor=user, complaint=complaint, reason=request.POST.get("reason", "")
            )
            messages.success(request, "Complaint withdrawn.")
        except ApplicationError as exc:
            flash_error(request, exc)
        return redirect("ip:complaint", pk=pk)
    items = list(complaint.items.all())
    for item in items:
        item.complaint = complaint
        item.turn = selectors.item_turn(item)  # type: ignore[attr-defined]
    return render(
        request,
        "ip/complaint_detail.html",
        {
            "complaint": complaint,
            "items": items,
            "events": events_for(complaint),
            "is_reporter": user.organization_id
            in (complaint.rights_holder_id, complaint.filed_by_org_id),
            "withdrawable": any(
                policy.can_transition(i.status, ItemStatus.WITHDRAWN) for i in items
            ),
        },
    )


@login_required
def complaint_export(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        complaint = selectors.complaint_get(_user(request), pk)
    except ApplicationError as exc:
        raise http_error(exc) from None
    response = JsonResponse(selectors.notice_export(complaint), json_dumps_params={"indent": 2})
    response["Content-Disposition"] = f'attachment; filename="notice-{pk}.json"'
    return response


# --- items ---------------------------------------------------------------------------------

ITEM_ACTIONS = {
    "remove",
    "counter",
    "accept",
    "maintain",
    "court",
    "withdraw",
    "decide",
    "appeal",
    "appeal_decide",
}


def _item(user: User, pk: int) -> ComplaintItem:
    try:
        return selectors.item_get(user, pk)
    except ApplicationError as exc:
        raise http_error(exc) from None


@login_required
def item_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(request)
    item = _item(user, pk)
    forms_by_action: dict[str, Any] = {
        "counter": forms.CounterNoticeForm(),
        "appeal": forms.AppealForm(),
        "decide": forms.DecisionForm(),
        "appeal_decide": forms.DecisionForm(),
        "court": forms.CourtActionForm(),
        "maintain": forms.ReasonForm(),
        "withdraw": forms.ReasonForm(),
    }
    action = request.POST.get("action", "") if request.method == "POST" else ""
    if action in ITEM_ACTIONS:
        done = _item_action(request, user, item, action, forms_by_action)
        if done:
            return redirect("ip:item", pk=pk)
        item = _item(user, pk)
    return render(request, "ip/item_detail.html", _item_context(user, item, forms_by_action))


def _item_action(
    request: HttpRequest,
    user: User,
    item: ComplaintItem,
    action: str,
    forms_by_action: dict[str, Any],
) -> bool:
    form = None
    try:
        if action == "remove":
            services.item_remove(actor=user, item=item)
        elif action == "accept":
            services.item_accept_counter(actor=user, item=item)
        elif action in (
            "counter",
            "appeal",
            "decide",
            "appeal_decide",
            "court",
            "maintain",
            "withdraw",
        ):
            form_class = type(forms_by_action[action])
            form = form_class(request.POST, request.FILES)
            forms_by_action[action] = form
            if not form.is_valid():
                return False
            data = form.cleaned_data
            if action == "counter":
                services.item_counter_notice(
                    actor=user,
                    item=item,
                    explanation=data["explanation"],
                    statement_perjury=data["statement_perjury"],
                    consent_jurisdiction=data["consent_jurisdiction"],
                    signature_name=data["signature_name"],
                    documents=data["documents"] or [],
                )
            elif action == "appeal":
                services.item_appeal(
                    actor=user,
                    item=item,
                    explanation=data["explanation"],
                    documents=data["documents"] or [],
                )
            elif action == "decide":
                services.item_decide(
                    actor=user,
                    item=item,
                    uphold=data["uphold"],
                    reason=data["reason"],
                    manifestly_unfounded=data["manifestly_unfounded"],
                )
            elif action == "appeal_decide":
                services.appeal_decide(
                    actor=user,
                    item=item,
                    uphold=data["uphold"],
                    reason=data["reason"],
                    manifestly_unfounded=data["manifestly_unfounded"],
                )
            elif action == "court":
                services.item_court_action(actor=user, item=item, reference=data["reference"])
            elif action == "maintain":
                services.item_maintain(actor=user, item=item, explanation=data["reason"])
            elif action == "withdraw":
                services.item_withdraw(actor=user, item=item, reason=data["reason"])
    except ApplicationError as exc:
        if form is not None:
            add_service_error(form, exc)
        else:
            flash_error(request, exc)
        return False
    messages.success(request, "Done. Both parties were notified.")
    return True


def _item_context(
    user: User, item: ComplaintItem, forms_by_action: dict[str, Any]
) -> dict[str, Any]:
    is_supplier = user.role == Role.SUPPLIER and user.organization_id == item.supplier_id
    is_reporter = user.role in (Role.RIGHTS_HOLDER, Role.AGENT) and user.organization_id in (
        item.complaint.rights_holder_id,
        item.complaint.filed_by_org_id,
    )
    counter = getattr(item, "counter_notice", None) if hasattr(item, "counter_notice") else None
    appeal = selectors.appeal_for(item)
    statements = list(item.statements.all())
    latest_removal = next((s for s in reversed(statements) if s.decision == "removal"), None)
    record = item.complaint.record
    copyright_removed = record.kind == RecordKind.COPYRIGHT and item.holds_removal
    status = item.status
    can = {
        "remove": is_supplier and status == ItemStatus.NOTIFIED,
        "counter": is_supplier
        and counter is None
        and (
            status == ItemStatus.NOTIFIED
            or (status == ItemStatus.REMOVED and item.removal_kind != "decision")
        ),
        "appeal": is_supplier
        and status == ItemStatus.REMOVED
        and appeal is None
        and latest_removal is not None,
        "accept": is_reporter and status == ItemStatus.COUNTER_NOTICED,
        "maintain": is_reporter and status == ItemStatus.COUNTER_NOTICED and not copyright_removed,
        "court": is_reporter and status == ItemStatus.COUNTER_NOTICED and copyright_removed,
        "withdraw": is_reporter and policy.can_transition(status, ItemStatus.WITHDRAWN),
        "decide": user.is_officer and status == ItemStatus.UNDER_REVIEW,
        "appeal_decide": user.is_officer and status == ItemStatus.APPEALED,
    }
    return {
        "item": item,
        "complaint": item.complaint,
        "record": record,
        "turn": selectors.item_turn(item),
        "counter": counter,
        "appeal": appeal,
        "statements": statements,
        "events": events_for(item),
        "forms": forms_by_action,
        "can": can,
        "is_supplier": is_supplier,
        "is_reporter": is_reporter,
        "contact": item.complaint.rights_holder.contact_email or item.complaint.filed_by.email,
        "same_officer": bool(
            appeal and user.pk in (item.decided_by_id, appeal.statement.decided_by_id)
        ),
    }


# --- officer queues --------------------------------------------------------------------------


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not user.is_officer:
        raise permission_denied_page()
    return render(
        request,
        "ip/queue.html",
        {
            "records": selectors.record_review_queue()[:100],
            "reviews": selectors.review_queue()[:100],
            "appeals": selectors.appeal_queue()[:100],
            "authorizations": selectors.authorization_queue()[:100],
            "verifications": selectors.rights_holder_verification_queue()[:100],
            "now": clock.now(),
        },
    )


@login_required
@require_POST
def verification_decide(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(request)
    org = selectors.rights_holder_verification_queue().filter(pk=pk).first()
    if org is None or not user.is_officer:
        raise not_found_page()
    try:
        organization_verification_decide(
            actor=user,
            organization=org,
            approve=request.POST.get("decision") == "approve",
            reason=request.POST.get("reason", ""),
        )
        messages.success(request, f"{org.name}: decision recorded.")
    except ApplicationError as exc:
        flash_error(request, exc)
    return redirect("ip:queue")


@login_required
@require_POST
def authorization_decide(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(request)
    auth = AgentAuthorization.objects.filter(pk=pk).first()
    if auth is None or not user.is_officer:
        raise not_found_page()
    try:
        services.agent_authorization_decide(
            actor=user,
            authorization=auth,
            approve=request.POST.get("decision") == "approve",
            reason=request.POST.get("reason", ""),
        )
        messages.success(request, "Decision recorded.")
    except ApplicationError as exc:
        flash_error(request, exc)
    return redirect("ip:queue")


def not_found_page() -> Exception:
    from django.http import Http404

    return Http404("Not found.")


# --- transparency ----------------------------------------------------------------------------


def transparency(request: HttpRequest) -> HttpResponse:
    period = request.GET.get("period", "month")
    if period not in ("week", "month", "quarter"):
        period = "month"
    until = clock.now()
    stats = selectors.ip_stats(since=until - dt.timedelta(days=365), until=until, period=period)
    return render(
        request,
        "ip/transparency.html",
        {"stats": stats, "period": period, "reasons": dict(_reason_labels())},
    )


def _reason_labels() -> list[tuple[str, str]]:
    from tradeguard.ip.enums import ComplaintReason

    return [(r.value, str(r.label)) for r in ComplaintReason]
