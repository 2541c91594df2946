"""Web pages of the IP app: rights-holder portal, supplier notice page, officer queues,
public transparency page. Views parse forms and call the same services as the API."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tradeguard.accounts.enums import OrgKind, Role
from tradeguard.accounts.models import Organization, User
from tradeguard.accounts.services import organization_document_add, organization_verification_decide
from tradeguard.catalog.models import Listing
from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError
from tradeguard.common.events import events_for
from tradeguard.common.formatting import format_language
from tradeguard.common.i18n.legal import present as legal_present
from tradeguard.common.i18n.legal import present_signed as legal_present_signed
from tradeguard.common.i18n.legal import reader_language
from tradeguard.common.i18n.text import join_list
from tradeguard.common.pagination import page_from
from tradeguard.evidence.models import StoredFile
from tradeguard.evidence.services import file_open
from tradeguard.ip import confirmations, forms, legal, policy, selectors, services
from tradeguard.ip.enums import ComplaintReason, DraftSource, ItemStatus, RecordKind
from tradeguard.ip.models import AgentAuthorization, Complaint, ComplaintDraft, ComplaintItem
from tradeguard.web.errors import flash_error, http_error
from tradeguard.web.forms import add_service_error


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


# --- portal --------------------------------------------------------------------------------


PORTAL_PAGE = 50


@login_required
def portal(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if user.is_officer:
        return redirect("ip:queue")
    if user.role == Role.SUPPLIER:
        page = page_from(
            request,
            selectors.items_visible_to(user).order_by("-created_at", "-id"),
            size=PORTAL_PAGE,
        )
        return render(
            request,
            "ip/supplier_notices.html",
            {"items": _with_thumbs(page.items), "page": page, "now": clock.now()},
        )
    if user.role not in (Role.RIGHTS_HOLDER, Role.AGENT):
        raise permission_denied_page()
    org = user.organization
    assert org is not None
    complaints = page_from(
        request,
        selectors.complaints_visible_to(user).order_by("-created_at", "-id"),
        size=PORTAL_PAGE,
        param="complaints",
    )
    selectors.count_items(complaints.items)
    waiting = page_from(
        request,
        selectors.items_visible_to(user)
        .filter(status__in=list(policy.OPEN_STATUSES))
        .order_by("complaint_id", "position", "id"),
        size=PORTAL_PAGE,
        param="waiting",
    )
    records = page_from(
        request,
        selectors.records_visible_to(user).order_by("-created_at", "-id"),
        size=PORTAL_PAGE,
        param="records",
    )
    context = {
        "org": org,
        "standing": services.reporter_standing(org),
        "records": records.items,
        "records_page": records,
        "complaints": complaints.items,
        "complaints_page": complaints,
        "waiting": _with_thumbs(waiting.items),
        "waiting_page": waiting,
        "drafts": list(selectors.drafts_open_for(user)[:20]),
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


def _with_thumbs(items: list[ComplaintItem]) -> list[ComplaintItem]:
    """Attach each item's listing thumbnail (`item.thumb`) for list pages; one query."""
    thumbs = selectors.first_listing_images(items)
    for item in items:
        item.thumb = thumbs.get(item.pk)  # type: ignore[attr-defined]
    return items


def permission_denied_page() -> Exception:
    from django.core.exceptions import PermissionDenied

    return PermissionDenied(_("The IP portal is for rights holders, their agents and suppliers."))


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
                request,
                _(
                    "Document uploaded. An officer verifies your organization; you are told "
                    "the result in your inbox, and can then file IP records and complaints."
                ),
            )
        except ApplicationError as exc:
            flash_error(request, exc)
    else:
        messages.error(request, _("Choose the document kind and a file."))
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
            messages.error(request, _("No rights-holder organization with that number."))
            return redirect("ip:portal")
        try:
            services.agent_authorization_submit(
                actor=user,
                principal=principal,
                letter=form.cleaned_data["letter"],
                valid_until=form.cleaned_data["valid_until"],
            )
            messages.success(
                request,
                _(
                    "Letter of authorization submitted. An officer reviews it; once it is "
                    "approved you can file records and complaints for %(principal)s."
                )
                % {"principal": principal.name},
            )
        except ApplicationError as exc:
            flash_error(request, exc)
    else:
        messages.error(request, _("Give the principal, the end date and the letter."))
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
            messages.success(
                request,
                _(
                    "IP record submitted. An officer reviews it by %(due)s; you are told the "
                    "result, and once it is approved you can file complaints with it."
                )
                % {"due": confirmations.when(record.review_due_at)},
            )
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
        approve = request.POST.get("decision") == "approve"
        try:
            if approve:
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
            messages.success(
                request,
                (
                    _("“%(title)s” approved: %(owner)s can now file complaints with it.")
                    if approve
                    else _(
                        "“%(title)s” rejected: %(owner)s is told your reason and may submit "
                        "the record again."
                    )
                )
                % {"title": record.title, "owner": record.owner.name},
            )
            return redirect("ip:queue")
    return render(
        request,
        "ip/record_detail.html",
        {
            "record": record,
            "form": form,
            "events": events_for(record),
            "language": format_language(record.document_language),
            "problem": services.record_usable(record),
            "needs_translation": policy.needs_translation(record.document_language),
        },
    )


# --- complaints ----------------------------------------------------------------------------

# Buttons of the complaint form that change the form (search, add or drop a listing, drop
# the kept CSV) without filing: they work without JavaScript; htmx does them in place.
BROWSE_ACTIONS = ("search", "add", "drop", "csv_clear")
_LISTING_ERROR = re.compile(r"^listings\.(\d+)(\.note)?$")


def _record_choices(user: User) -> list[tuple[int, str]]:
    return [
        (
            r.pk,
            f"{r.get_kind_display()} — {r.title} ({r.registration_number or _('unregistered')})",
        )
        for r in selectors.usable_records_for(user)
    ]


def _draft(request: HttpRequest, user: User) -> ComplaintDraft | None:
    draft_id = request.GET.get("draft") or request.POST.get("draft")
    if not (draft_id and str(draft_id).isdigit()):
        return None
    try:
        return selectors.draft_get(user, int(draft_id))
    except ApplicationError as exc:
        raise http_error(exc) from None


def _draft_listings(draft: ComplaintDraft) -> tuple[list[int], list[str]]:
    """The draft's listings as picks (ids, in order) and the URLs no listing has."""
    by_url = dict(
        Listing.objects.filter(marketplace_url__in=draft.listings).values_list(
            "marketplace_url", "pk"
        )
    )
    return (
        [by_url[u] for u in draft.listings if u in by_url],
        [u for u in draft.listings if u not in by_url],
    )


def _posted_picks(data: Any) -> tuple[list[int], dict[int, str]]:
    picked = list(dict.fromkeys(int(v) for v in data.getlist("picked") if str(v).isdigit()))
    notes = {pk: str(data.get(f"note_{pk}", "")).strip() for pk in picked}
    return picked, notes


def _kept_csv(raw: str) -> dict[str, Any]:
    """The CSV rows a refused or re-rendered form carries, as {"name", "rows"}."""
    try:
        kept = json.loads(raw or "{}")
        rows = [[str(r[0]), str(r[1])] for r in kept.get("rows", [])][:1000]
        return {"name": str(kept.get("name", ""))[:255], "rows": rows}
    except (ValueError, TypeError, AttributeError, IndexError, KeyError):
        return {"name": "", "rows": []}


def _csv_upload(form: Any, upload: Any, kept: dict[str, Any]) -> dict[str, Any]:
    """Parse a newly uploaded CSV (it replaces the kept rows); a bad file is a field
    error and the kept rows stay."""
    if not upload:
        return kept
    try:
        refs = services.parse_listing_csv(upload.read())
    except ApplicationError as exc:
        add_service_error(form, exc)
        return kept
    return {"name": upload.name, "rows": [[r.reference, r.note] for r in refs]}


@login_required
def complaint_new(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    draft = _draft(request, user)
    records = _record_choices(user)
    initial: dict[str, Any] = {"signature_name": user.full_name}
    picked: list[int] = []
    notes: dict[int, str] = {}
    # The draft's record, while it can still back a complaint; else the filer chooses.
    draft_record = (
        draft.record
        if draft is not None and any(pk == draft.record_id for pk, _label in records)
        else None
    )
    if draft is not None:
        picked, unresolved = _draft_listings(draft)
        initial.update(
            draft=draft.pk,
            reason=draft.reason,
            listings="\n".join(unresolved),
            explanation=draft.explanation,
            record=str(draft_record.pk if draft_record else ""),
        )
    choose = draft is not None and draft_record is None
    query = request.GET.get("q", "")
    pick_errors: dict[int, str] = {}
    if request.method == "POST":
        picked, notes = _posted_picks(request.POST)
        browse = next((a for a in BROWSE_ACTIONS if a in request.POST), "")
        kept = _kept_csv(request.POST.get("csv_kept", ""))
        if browse:
            # Not filing: an unbound form keeps what was typed without "required" errors.
            form = forms.ComplaintForm(
                initial=request.POST.dict(), records=records, choose_record=choose
            )
            kept = _csv_upload(form, request.FILES.get("csv"), kept)
            picked, query, kept = _browse(request, browse, picked, kept)
            form.initial["csv_kept"] = json.dumps(kept)
        else:
            data = request.POST.copy()
            form = forms.ComplaintForm(data, request.FILES, records=records, choose_record=choose)
            valid = form.is_valid()
            kept = _csv_upload(form, request.FILES.get("csv"), kept)
            data["csv_kept"] = json.dumps(kept)
            if valid and not form.errors:
                filed = _complaint_file(
                    form,
                    user,
                    draft,
                    picked,
                    notes,
                    kept,
                    pick_errors,
                    statements_sha256=request.POST.get("statements_sha256", ""),
                )
                if filed is not None:
                    messages.success(request, confirmations.complaint_filed(filed))
                    return redirect("ip:complaint", pk=filed.pk)
    else:
        form = forms.ComplaintForm(records=records, initial=initial, choose_record=choose)
        kept = {"name": "", "rows": []}
    picks = selectors.listing_choices(user, ids=picked)
    return render(
        request,
        "ip/complaint_form.html",
        {
            "form": form,
            "draft": draft,
            "draft_source": _draft_source(draft),
            "draft_record": draft_record,
            "picks": [
                {
                    "c": c,
                    "note": notes.get(c.listing.pk, ""),
                    "error": pick_errors.get(c.listing.pk),
                }
                for c in picks
            ],
            "has_records": bool(records),
            "query": query,
            "results": selectors.listing_choices(user, query=query) if query else None,
            "picked_ids": set(picked),
            "kept_csv": kept,
            "max_listings": policy.setting("max_listings_per_complaint"),
            "note_max": policy.setting("item_note_max_chars"),
            "statements": legal_present(legal.COMPLAINT, form=form),
        },
    )


def _draft_source(draft: ComplaintDraft | None) -> str:
    """Where a draft comes from, as the alert on the form says it."""
    if draft is None:
        return ""
    if draft.source == DraftSource.IMAGE_MONITORING:
        return _("your confirmed image matches")
    return _("a prepared draft")


def _browse(
    request: HttpRequest, action: str, picked: list[int], kept: dict[str, Any]
) -> tuple[list[int], str, dict[str, Any]]:
    """The no-JavaScript path of the picker: add or drop a listing, search, drop the CSV."""
    value = request.POST.get(action, "")
    if action == "add" and value.isdigit() and int(value) not in picked:
        picked = [*picked, int(value)]
    elif action == "drop" and value.isdigit():
        picked = [pk for pk in picked if pk != int(value)]
    elif action == "csv_clear":
        kept = {"name": "", "rows": []}
    return picked, request.POST.get("q", ""), kept


def _complaint_file(
    form: forms.ComplaintForm,
    user: User,
    draft: ComplaintDraft | None,
    picked: list[int],
    notes: dict[int, str],
    kept: dict[str, Any],
    pick_errors: dict[int, str],
    statements_sha256: str = "",
) -> Complaint | None:
    """File the complaint from the picks, the pasted lines and the CSV rows; on a
    refusal, put each listing's error next to it (picks) or name the listing (others)."""
    data = form.cleaned_data
    listings = {c.listing.pk: c.listing for c in selectors.listing_choices(user, ids=picked)}
    refs: list[services.ListingRef] = []
    names: list[str] = []
    pick_of: list[int | None] = []
    for pk in picked:
        listing = listings.get(pk)
        refs.append(services.ListingRef(listing.marketplace_url if listing else str(pk), notes[pk]))
        names.append(f"“{listing.title}”" if listing else _("Listing #%(number)s") % {"number": pk})
        pick_of.append(pk)
    for line in (data["listings"] or "").splitlines():
        if line.strip():
            refs.append(services.ListingRef(line.strip()))
            names.append(f"“{line.strip()}”")
            pick_of.append(None)
    for n, (ref, note) in enumerate(kept["rows"], start=2):  # row 1 is the header
        refs.append(services.ListingRef(ref, note))
        names.append(_("CSV row %(row)s (“%(listing)s”)") % {"row": n, "listing": ref})
        pick_of.append(None)
    try:
        record = selectors.record_get(user, int(data["record"]))
        return services.complaint_file(
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
            # Signed as shown: in the page's language, the texts whose hash the page posted.
            statement_language=reader_language(),
            statements_sha256=statements_sha256,
        )
    except ApplicationError as exc:
        rest: dict[str, str] = {}
        for key, reason in exc.fields.items():
            found = _LISTING_ERROR.match(key)
            index = int(found.group(1)) if found else -1
            if not 0 <= index < len(refs):
                rest[key] = reason
            elif pick_of[index] is not None:
                pick_errors[pick_of[index]] = reason  # type: ignore[index]
            else:
                form.add_error(None, f"{names[index]}: {reason}")
        add_service_error(form, ApplicationError(exc.code, exc.message, fields=rest))
        return None


@login_required
def listing_search(request: HttpRequest) -> HttpResponse:
    """htmx: the picker's results for `q` as cards (listings already picked say so)."""
    user = _user(request)
    query = request.GET.get("q", "")
    picked, _notes = _posted_picks(request.GET)
    return render(
        request,
        "ip/_listing_results.html",
        {
            "results": selectors.listing_choices(user, query=query),
            "query": query,
            "picked_ids": set(picked),
        },
    )


@login_required
def listing_pick(request: HttpRequest) -> HttpResponse:
    """htmx: the card of a picked listing (`id`), or nothing when it is dropped
    (`drop`) or already picked; the result's button follows (out of band)."""
    user = _user(request)
    picked, _notes = _posted_picks(request.GET)
    pk = request.GET.get("id", "")
    drop = request.GET.get("drop", "")
    context: dict[str, Any] = {"oob": True}
    if drop.isdigit():
        found = selectors.listing_choices(user, ids=[int(drop)])
        context.update(c=found[0] if found else None, added=False)
        return render(request, "ip/_pick_button.html", context)
    if not pk.isdigit():
        raise Http404(_("No such listing."))
    found = selectors.listing_choices(user, ids=[int(pk)])
    if not found:
        raise Http404(_("No such listing."))
    context.update(c=found[0], repeat=int(pk) in picked, note_max=_note_max())
    return render(request, "ip/_picked.html", context)


def _note_max() -> int:
    return int(policy.setting("item_note_max_chars"))


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
    items = list(complaint.items.all())
    if request.method == "POST":
        reason = request.POST.get("reason", "")
        if request.POST.get("confirmed") != "yes":
            return _confirm_page(
                request,
                dataclasses.replace(
                    confirmations.complaint_withdraw_confirmation(complaint, items), quote=reason
                ),
                fields=[("reason", reason)],
                cancel=reverse("ip:complaint", args=[pk]),
            )
        restored = sum(
            1
            for i in items
            if i.holds_removal and policy.can_transition(i.status, ItemStatus.WITHDRAWN)
        )
        withdrawn = sum(1 for i in items if policy.can_transition(i.status, ItemStatus.WITHDRAWN))
        try:
            services.complaint_withdraw(actor=user, complaint=complaint, reason=reason)
        except ApplicationError as exc:
            flash_error(request, exc)
        else:
            messages.success(
                request, confirmations.complaint_withdrawn(complaint, withdrawn, restored)
            )
        return redirect("ip:complaint", pk=pk)
    for item in _with_thumbs(items):
        item.complaint = complaint
        item.turn = selectors.item_turn(item)  # type: ignore[attr-defined]
    return render(
        request,
        "ip/complaint_detail.html",
        {
            "complaint": complaint,
            "signed": legal_present_signed(complaint),
            "items": items,
            "events": events_for(complaint),
            "is_reporter": user.organization_id
            in (complaint.rights_holder_id, complaint.filed_by_org_id),
            "withdrawable": any(
                policy.can_transition(i.status, ItemStatus.WITHDRAWN) for i in items
            ),
        },
    )


def _confirm_page(
    request: HttpRequest,
    confirmation: confirmations.Confirmation,
    *,
    fields: list[tuple[str, str]],
    cancel: str,
) -> HttpResponse:
    """Ask before an irreversible action: its consequences, then the same POST again
    with `confirmed=yes` (typed values ride along as hidden fields)."""
    return render(
        request,
        "ip/confirm.html",
        {"confirmation": confirmation, "fields": fields, "cancel": cancel},
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


# --- pictures ------------------------------------------------------------------------------


def _picture(stored: StoredFile) -> FileResponse:
    response = FileResponse(file_open(stored), content_type=stored.mime_type)
    response["Cache-Control"] = "private, max-age=3600"  # content-addressed, never changes
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
def item_picture(request: HttpRequest, pk: int, kind: str, image_id: int) -> FileResponse:
    """A picture of a notice page (the listing's, or the right's) for anyone who may see
    the notice, even after the listing was removed; 404 otherwise."""
    try:
        return _picture(selectors.item_picture_file(_user(request), pk, kind, image_id))
    except ApplicationError:
        raise Http404(_("No such picture.")) from None


@login_required
def record_picture(request: HttpRequest, pk: int, image_id: int) -> FileResponse:
    try:
        return _picture(selectors.record_picture_file(_user(request), pk, image_id))
    except ApplicationError:
        raise Http404(_("No such picture.")) from None


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
FORM_ACTIONS = ("counter", "appeal", "decide", "appeal_decide", "court", "maintain", "withdraw")
DOCUMENT_ACTIONS = ("counter", "appeal")
# Both forms may show on one page (a removed listing): their fields get distinct ids.
AUTO_IDS = {"counter": "counter_%s", "appeal": "appeal_%s"}
DOCUMENTS_SALT = "tradeguard.ip.documents"
DOCUMENTS_MAX_AGE = 24 * 3600  # collection leaves unused uploads alone for a day


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
        "counter": forms.CounterNoticeForm(auto_id=AUTO_IDS["counter"]),
        "appeal": forms.AppealForm(auto_id=AUTO_IDS["appeal"]),
        "decide": forms.DecisionForm(),
        "appeal_decide": forms.DecisionForm(),
        "court": forms.CourtActionForm(),
        "maintain": forms.ReasonForm(),
        "withdraw": forms.ReasonForm(),
    }
    action = request.POST.get("action", "") if request.method == "POST" else ""
    if action in ITEM_ACTIONS:
        outcome = _item_action(request, user, item, action, forms_by_action)
        if isinstance(outcome, HttpResponse):
            return outcome
        if outcome:
            return redirect("ip:item", pk=pk)
        item = _item(user, pk)
    return render(request, "ip/item_detail.html", _item_context(user, item, forms_by_action))


def _kept_documents(request: HttpRequest, user: User, item: ComplaintItem, form: Any) -> list[Any]:
    """Documents an earlier, refused attempt stored (signed for this user and item),
    less those the supplier unticked; then this attempt's uploads, stored one by one so
    that a bad file does not lose the good ones."""
    kept: list[StoredFile] = []
    names: dict[int, str] = {}
    token = request.POST.get("documents_kept", "")
    if token:
        try:
            signed = signing.loads(token, salt=DOCUMENTS_SALT, max_age=DOCUMENTS_MAX_AGE)
        except signing.BadSignature:
            form.add_error(
                "documents",
                _("The files you uploaded earlier are no longer held; attach them again."),
            )
            signed = {}
        if signed.get("u") == user.pk and signed.get("i") == item.pk:
            wanted = {int(v) for v in request.POST.getlist("documents_keep") if v.isdigit()}
            names.update({int(i): str(n) for i, n in signed.get("f", []) if i in wanted})
            by_id = StoredFile.objects.in_bulk(list(names))
            kept = [by_id[i] for i in names if i in by_id]
    for upload in request.FILES.getlist("documents"):
        try:
            stored = services.item_document_stage(actor=user, item=item, upload=upload)
        except ApplicationError as exc:
            if exc.status in (403, 404):
                raise http_error(exc) from None
            detail = " ".join(exc.fields.values())
            form.add_error("documents", f"“{upload.name}”: {exc.message} {detail}".strip())
        else:
            kept.append(stored)
            names.setdefault(stored.pk, upload.name or "")
    kept = list({f.pk: f for f in kept}.values())
    # Files are shared by content: show each under the name this supplier gave it.
    form.kept_files = [(f, names.get(f.pk) or f.original_name) for f in kept]
    form.kept_token = signing.dumps(
        {"u": user.pk, "i": item.pk, "f": [[f.pk, names.get(f.pk, "")] for f in kept]},
        salt=DOCUMENTS_SALT,
    )
    return kept


def _item_action(
    request: HttpRequest,
    user: User,
    item: ComplaintItem,
    action: str,
    forms_by_action: dict[str, Any],
) -> bool | HttpResponse:
    """Run one action of the notice page: False when refused (the page shows why, with
    what was typed and uploaded), True when done (a message says what happened and
    what comes next), or the confirmation page of an irreversible action."""
    form = None
    data: dict[str, Any] = {}
    documents: list[StoredFile] = []
    was_removed = item.holds_removal
    if action in FORM_ACTIONS:
        form = type(forms_by_action[action])(request.POST, auto_id=AUTO_IDS.get(action, "id_%s"))
        forms_by_action[action] = form
        if action in DOCUMENT_ACTIONS:
            documents = _kept_documents(request, user, item, form)
        if not form.is_valid():
            return False
        data = {**form.cleaned_data, "statements_sha256": request.POST.get("statements_sha256", "")}
    if action in confirmations.CONFIRMED_ACTIONS and request.POST.get("confirmed") != "yes":
        question = confirmations.item_confirmation(
            action,
            item,
            uphold=bool(data.get("uphold")),
            unfounded=bool(data.get("manifestly_unfounded")),
        )
        question = dataclasses.replace(
            question, quote=str(data.get("reason") or data.get("reference") or "")
        )
        fields = [
            (name, value)
            for name, values in request.POST.lists()
            if name not in ("csrfmiddlewaretoken", "confirmed")
            for value in values
        ]
        return _confirm_page(
            request, question, fields=fields, cancel=reverse("ip:item", args=[item.pk])
        )
    try:
        _run_item_action(user, item, action, data, documents)
    except ApplicationError as exc:
        if form is not None:
            add_service_error(form, exc)
        else:
            flash_error(request, exc)
        return False
    fresh = _item(user, item.pk)
    messages.success(request, confirmations.item_done(action, fresh, was_removed=was_removed))
    return True


def _run_item_action(
    user: User,
    item: ComplaintItem,
    action: str,
    data: dict[str, Any],
    documents: list[StoredFile],
) -> None:
    if action == "remove":
        services.item_remove(actor=user, item=item)
    elif action == "accept":
        services.item_accept_counter(actor=user, item=item)
    elif action == "counter":
        services.item_counter_notice(
            actor=user,
            item=item,
            explanation=data["explanation"],
            statement_perjury=data["statement_perjury"],
            consent_jurisdiction=data["consent_jurisdiction"],
            signature_name=data["signature_name"],
            stored_documents=documents,
            statement_language=reader_language(),
            statements_sha256=data.get("statements_sha256", ""),
        )
    elif action == "appeal":
        services.item_appeal(
            actor=user, item=item, explanation=data["explanation"], stored_documents=documents
        )
    elif action in ("decide", "appeal_decide"):
        decide = services.item_decide if action == "decide" else services.appeal_decide
        decide(
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
    late_until = selectors.late_counter_until(item)
    late_open = late_until is not None and clock.now() <= late_until
    can = {
        "remove": is_supplier and status == ItemStatus.NOTIFIED,
        "counter": is_supplier
        and counter is None
        and (
            status == ItemStatus.NOTIFIED
            or (status == ItemStatus.REMOVED and item.removal_kind != "decision" and late_open)
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
        "complaint_signed": legal_present_signed(item.complaint),
        "counter_signed": legal_present_signed(counter) if counter else None,
        "counter_statements": legal_present(legal.COUNTER_NOTICE, form=forms_by_action["counter"]),
        "record": record,
        "turn": selectors.item_turn(item),
        "counter": counter,
        "counter_documents": list(counter.documents.all()) if counter else [],
        "appeal": appeal,
        "statements": statements,
        "events": events_for(item),
        "forms": forms_by_action,
        "can": can,
        "is_supplier": is_supplier,
        "is_reporter": is_reporter,
        "pictures": selectors.item_pictures(item),
        "late_until": late_until,
        "sanction": confirmations.sanction_text(item.complaint.reason),
        "contact": item.complaint.rights_holder.contact_email or item.complaint.filed_by.email,
        "same_officer": bool(
            appeal and user.pk in (item.decided_by_id, appeal.statement.decided_by_id)
        ),
    }


# --- officer queues --------------------------------------------------------------------------


QUEUE_PAGE = 50


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not user.is_officer:
        raise permission_denied_page()
    reviews = page_from(request, selectors.review_queue(), size=QUEUE_PAGE, param="reviews")
    appeals = page_from(request, selectors.appeal_queue(), size=QUEUE_PAGE, param="appeals")
    records = page_from(request, selectors.record_review_queue(), size=QUEUE_PAGE, param="records")
    return render(
        request,
        "ip/queue.html",
        {
            "records": records.items,
            "records_page": records,
            "reviews": reviews.items,
            "reviews_page": reviews,
            "appeals": appeals.items,
            "appeals_page": appeals,
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
        approve = request.POST.get("decision") == "approve"
        organization_verification_decide(
            actor=user, organization=org, approve=approve, reason=request.POST.get("reason", "")
        )
        messages.success(
            request,
            (
                _("%(name)s is verified and can now file IP records and complaints.")
                if approve
                else _("%(name)s is not verified; it is told your reason and may upload again.")
            )
            % {"name": org.name},
        )
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
        approve = request.POST.get("decision") == "approve"
        services.agent_authorization_decide(
            actor=user, authorization=auth, approve=approve, reason=request.POST.get("reason", "")
        )
        messages.success(
            request,
            (
                _("%(agent)s may now act for %(principal)s until %(until)s.")
                if approve
                else _("The letter is rejected; %(agent)s is told your reason.")
            )
            % {
                "agent": auth.agent.name,
                "principal": auth.principal.name,
                "until": auth.valid_until.isoformat(),
            },
        )
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
    # The last 365 days to the end of today (UTC): the same numbers all day, so the
    # cached statistics serve every visitor.
    until = dt.datetime.combine(clock.now().date() + dt.timedelta(days=1), dt.time.min, dt.UTC)
    stats = selectors.ip_stats(since=until - dt.timedelta(days=365), until=until, period=period)
    return render(
        request,
        "ip/transparency.html",
        {
            "stats": stats,
            "period": period,
            "outcomes": _outcome_rows(stats["totals"]["outcomes_by_reason"]),
        },
    )


def _outcome_rows(by_reason: dict[str, dict[str, int]]) -> list[tuple[str, str]]:
    """("Counterfeit goods", "Listing removed: 3, Supplier notified: 1"): labels, never
    the API's codes."""
    return [
        (
            str(ComplaintReason(reason).label),
            join_list(f"{ItemStatus(status).label}: {n}" for status, n in counts.items()),
        )
        for reason, counts in by_reason.items()
    ]
