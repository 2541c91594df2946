"""Account pages: my account, API tokens, my organization, public organization
profiles and the officer's verification queue. Thin: parse a form, call a service,
render; service errors appear next to the fields they concern."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from tradeguard.accounts import security, selectors, services
from tradeguard.accounts.enums import OrgDocumentKind, VerificationStatus
from tradeguard.accounts.models import Organization, OrganizationDocument, User
from tradeguard.accounts.policy import TOKEN_CAP, timezones
from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError
from tradeguard.common.events import events_for
from tradeguard.common.formatting import format_country
from tradeguard.common.pagination import page_from
from tradeguard.evidence.services import human_size
from tradeguard.evidence.serving import file_response
from tradeguard.web.forms import add_service_error

TIMELINE_LIMIT = 50
RECENT_DECISIONS = 10


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # login_required ran first
    return user


def _is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


# --- Forms ----------------------------------------------------------------------------


class ProfileForm(forms.Form):
    full_name = forms.CharField(
        label=gettext_lazy("Full name"),
        max_length=200,
        required=False,
        help_text=gettext_lazy("Shown to the people you deal with, on timelines and decisions."),
    )
    timezone = forms.CharField(
        label=gettext_lazy("Display time zone"),
        max_length=64,
        help_text=gettext_lazy(
            "Every date and deadline is shown in this zone. Type to search, e.g. "
            "Asia/Shanghai, Europe/Berlin or America/New_York."
        ),
        widget=forms.TextInput(
            attrs={"list": "tz-options", "autocomplete": "off", "spellcheck": "false"}
        ),
    )


class TokenCreateForm(forms.Form):
    name = forms.CharField(
        label=gettext_lazy("Token name"),
        max_length=100,
        required=False,
        help_text=gettext_lazy("Say where you will use it, e.g. “ERP sync” or “my laptop”."),
    )
    expires_in_days = forms.TypedChoiceField(
        label=gettext_lazy("Expires"),
        choices=[
            ("30", gettext_lazy("in 30 days")),
            ("90", gettext_lazy("in 90 days")),
            ("365", gettext_lazy("in a year")),
            ("", gettext_lazy("never (until you revoke it)")),
        ],
        coerce=int,
        empty_value=None,
        required=False,
        initial="90",
        help_text=gettext_lazy("A token that expires cannot be misused for long if it leaks."),
    )


def _password_input(autocomplete: str) -> forms.PasswordInput:
    return forms.PasswordInput(attrs={"autocomplete": autocomplete})


class NewPasswordFields(forms.Form):
    new_password = forms.CharField(
        label=gettext_lazy("New password"),
        strip=False,
        max_length=512,
        widget=_password_input("new-password"),
        help_text=gettext_lazy(
            "At least 8 characters, not only digits, not a common password and not "
            "like your name or email."
        ),
    )
    new_password_again = forms.CharField(
        label=gettext_lazy("New password, again"),
        strip=False,
        max_length=512,
        widget=_password_input("new-password"),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        first, again = data.get("new_password"), data.get("new_password_again")
        if first and again and first != again:
            self.add_error("new_password_again", _("The two passwords differ; type it again."))
        return data


class PasswordChangeForm(NewPasswordFields):
    current_password = forms.CharField(
        label=gettext_lazy("Current password"),
        strip=False,
        max_length=512,
        widget=_password_input("current-password"),
    )
    field_order = ["current_password", "new_password", "new_password_again"]


class PasswordResetForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("Email"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
        help_text=gettext_lazy("The address you sign in with."),
    )


class DocumentUploadForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Document type"), choices=OrgDocumentKind.choices)
    file = forms.FileField(
        label=gettext_lazy("File"),
        required=False,
        help_text=gettext_lazy("PDF or image (JPEG, PNG, WebP…), at most 20 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,image/*"}),
    )
    description = forms.CharField(
        label=gettext_lazy("Note for the reviewer"),
        max_length=300,
        required=False,
        help_text=gettext_lazy("Optional, e.g. “licence renewed in March”."),
    )


class VerificationDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("approve", gettext_lazy("Verify")), ("reject", gettext_lazy("Reject"))],
        widget=forms.HiddenInput,
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=5000,
        required=False,  # the service says what a missing reason means
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy(
            "What you checked and why you decided so. The organization sees it."
        ),
    )


# --- My account -----------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def me(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    form = ProfileForm(
        request.POST or None, initial={"full_name": user.full_name, "timezone": user.timezone}
    )
    if request.method == "POST" and form.is_valid():
        tz = form.cleaned_data["timezone"].strip()
        try:
            if tz != user.timezone:
                services.user_set_timezone(actor=user, timezone=tz)
        except ApplicationError as exc:
            add_service_error(form, exc)
        else:
            full_name = form.cleaned_data["full_name"].strip()
            if full_name != user.full_name:
                # Same path as PATCH /api/v1/me (accounts has no profile service).
                user.full_name = full_name
                user.save(update_fields=["full_name"])
            messages.success(
                request,
                _("Saved. Times are now shown in %(timezone)s.") % {"timezone": user.timezone},
            )
            return redirect("accounts:me")
    zone_name = user.timezone
    try:
        now_there = clock.now().astimezone(zoneinfo.ZoneInfo(zone_name))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        now_there = clock.now()
    return render(
        request,
        "accounts/me.html",
        {
            "form": form,
            "zones": sorted(timezones()),
            "now_there": now_there,
        },
        status=422 if form.errors else 200,
    )


# --- API tokens -----------------------------------------------------------------------


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def tokens(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    form = TokenCreateForm(request.POST or None)
    created: dict[str, Any] | None = None
    if request.method == "POST" and form.is_valid():
        try:
            token, secret = services.api_token_create(
                actor=user,
                name=form.cleaned_data["name"],
                expires_in_days=form.cleaned_data["expires_in_days"],
            )
        except ApplicationError as exc:
            add_service_error(form, exc)
        else:
            created = {"token": token, "secret": secret}
            form = TokenCreateForm()
    # The secret is in this response only; @never_cache keeps caches and the back
    # button from storing it (Cache-Control: no-store).
    return render(
        request,
        "accounts/tokens.html",
        {
            "form": form,
            "created": created,
            "tokens": selectors.tokens_of(user),
            "token_cap": TOKEN_CAP,
            "active_count": services.tokens_active(user).count(),
        },
        status=(409 if form.has_error("name", "token_limit_reached") else 422)
        if form.errors
        else 200,
    )


# --- Passwords ------------------------------------------------------------------------


def _form_page(
    request: HttpRequest,
    template: str,
    context: dict[str, Any],
    refused: ApplicationError | None = None,
) -> HttpResponse:
    """A form page: the refusal's status (e.g. 429 while locked), 422 when the form has
    errors, else 200."""
    status = refused.status if refused else (422 if context["form"].errors else 200)
    return render(request, template, context, status=status)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def password_change(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    form = PasswordChangeForm(request.POST or None)
    refused: ApplicationError | None = None
    if request.method == "POST" and form.is_valid():
        try:
            security.password_change(
                actor=user,
                current_password=form.cleaned_data["current_password"],
                new_password=form.cleaned_data["new_password"],
                address=security.client_address(request),
            )
        except ApplicationError as exc:
            add_service_error(form, exc, {"password": "current_password"})
            refused = exc
        else:
            user.refresh_from_db()
            update_session_auth_hash(request, user)  # this browser stays signed in
            messages.success(
                request,
                _(
                    "Your password is changed. Other browsers signed in as you are signed "
                    "out; your API tokens keep working (revoke them on the API tokens page "
                    "if you think someone else has one)."
                ),
            )
            return redirect("accounts:me")
    return _form_page(request, "accounts/password_change.html", {"form": form}, refused)


@never_cache
@require_http_methods(["GET", "POST"])
def password_reset(request: HttpRequest) -> HttpResponse:
    """Ask for an email with a link to set a new password (signed out)."""
    form = PasswordResetForm(request.POST or None)
    refused: ApplicationError | None = None
    if request.method == "POST" and form.is_valid():
        try:
            security.password_reset_request(
                email=form.cleaned_data["email"], address=security.client_address(request)
            )
        except ApplicationError as exc:
            add_service_error(form, exc, {"password": "email"})
            refused = exc
        else:
            return render(
                request,
                "accounts/password_reset_sent.html",
                {"email": form.cleaned_data["email"]},
            )
    return _form_page(request, "accounts/password_reset.html", {"form": form}, refused)


@never_cache
@require_http_methods(["GET", "POST"])
def password_reset_confirm(request: HttpRequest, uidb64: str, token: str) -> HttpResponse:
    """The emailed link: choose a new password (each link works once)."""
    user = security.password_reset_user(uidb64, token)
    if user is None:
        return render(request, "accounts/password_reset_confirm.html", {"valid": False}, status=400)
    form = NewPasswordFields(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            security.password_reset_confirm(
                uid=uidb64, token=token, new_password=form.cleaned_data["new_password"]
            )
        except ApplicationError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, _("Your new password is set. Sign in with it."))
            return redirect("web:login")
    return render(
        request,
        "accounts/password_reset_confirm.html",
        {"valid": True, "form": form, "email": user.email},
        status=422 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    user = _user(request)
    token = selectors.tokens_of(user).filter(pk=token_id).first()
    if token is None:
        raise Http404(_("No such token."))
    if request.method == "POST":
        try:
            services.api_token_revoke(actor=user, token=token)
        except ApplicationError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(
                request,
                _("Token “%(name)s” is revoked. Programs using it can no longer sign in.")
                % {"name": token.name},
            )
        return redirect("accounts:tokens")
    return render(request, "accounts/token_revoke.html", {"token": token})


# --- My organization ------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def organization(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    org = user.organization
    if org is None:
        raise Http404(_("You do not belong to an organization."))
    form = DocumentUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload is None:
            form.add_error("file", _("Choose a PDF or image file of your document."))
        else:
            try:
                services.organization_document_add(
                    actor=user,
                    organization=org,
                    kind=form.cleaned_data["kind"],
                    upload=upload,
                    name=upload.name or "document",
                    description=form.cleaned_data["description"],
                )
            except ApplicationError as exc:
                add_service_error(form, exc)
            else:
                org.refresh_from_db()
                if org.verification_status == VerificationStatus.PENDING:
                    messages.success(
                        request,
                        _(
                            "Document uploaded. Your organization is now waiting for review by a "
                            "platform officer; you will see the decision and its reason here."
                        ),
                    )
                else:
                    messages.success(request, _("Document uploaded."))
                return redirect("accounts:organization")
    documents = org.documents.select_related("file", "uploaded_by")
    events = list(events_for(org).order_by("-created_at", "-id")[:TIMELINE_LIMIT])
    events.reverse()
    return render(
        request,
        "accounts/organization.html",
        {
            "org": org,
            "country_name": format_country(org.country),
            "documents": [_doc_row(d) for d in documents],
            "form": form,
            "events": events,
        },
        status=422 if form.errors else 200,
    )


def _doc_row(doc: OrganizationDocument) -> dict[str, Any]:
    from django.urls import reverse

    url = reverse("accounts:document_download", args=[doc.pk])
    return {
        "doc": doc,
        "size": human_size(doc.file.size),
        "download_url": url,
        "view_url": f"{url}?inline=1",
    }


@login_required
def org_profile(request: HttpRequest, org_id: int) -> HttpResponse:
    user = _user(request)
    try:
        org = selectors.organization_get(user, org_id)
    except ApplicationError:
        raise Http404(_("No such organization.")) from None
    return render(
        request,
        "accounts/org_profile.html",
        {
            "org": org,
            "country_name": format_country(org.country),
            "is_member": user.organization_id == org.pk,
        },
    )


@login_required
def document_download(request: HttpRequest, doc_id: int) -> HttpResponseBase:
    """A business document, for its organization's members and platform officers only."""
    user = _user(request)
    doc = (
        OrganizationDocument.objects.select_related("file", "organization")
        .filter(pk=doc_id)
        .first()
    )
    if doc is None or not (user.is_platform or user.organization_id == doc.organization_id):
        raise Http404(_("No such document."))
    return file_response(request, doc.file, download=request.GET.get("inline") != "1")


# --- Verification queue (officers) ----------------------------------------------------


def _require_officer(user: User) -> None:
    if not user.is_officer:
        raise PermissionDenied(_("Only platform officers decide organization verifications."))


def _queue_item(org: Organization, form: VerificationDecisionForm | None = None) -> dict[str, Any]:
    now = clock.now()
    waiting = now - org.verification_requested_at if org.verification_requested_at else None
    return {
        "org": org,
        "country_name": format_country(org.country),
        "documents": [_doc_row(d) for d in org.documents.all()],
        "form": form or VerificationDecisionForm(),
        "waiting": waiting,
        "overdue": bool(waiting and waiting > dt.timedelta(days=2)),
    }


QUEUE_PAGE = 30


def _queue_page(
    request: HttpRequest, errors_for: tuple[int, VerificationDecisionForm] | None = None
) -> HttpResponse:
    def item(org: Organization) -> Any:
        form = errors_for[1] if errors_for and errors_for[0] == org.pk else None
        return _queue_item(org, form)

    page = page_from(request, selectors.verification_queue(), size=QUEUE_PAGE, build=item)
    recent = (
        Organization.objects.filter(verification_decided_at__isnull=False)
        .exclude(verification_status=VerificationStatus.PENDING)
        .select_related("verification_decided_by")
        .order_by("-verification_decided_at", "-id")[:RECENT_DECISIONS]
    )
    return render(
        request,
        "accounts/verification_queue.html",
        {"items": page.items, "page": page, "recent": recent},
        status=422 if errors_for else 200,
    )


@login_required
def verification_queue(request: HttpRequest) -> HttpResponse:
    _require_officer(_user(request))
    return _queue_page(request)


@login_required
@require_POST
def verification_decide(request: HttpRequest, org_id: int) -> HttpResponse:
    user = _user(request)
    _require_officer(user)
    try:
        org = selectors.organization_get(user, org_id)
    except ApplicationError:
        raise Http404(_("No such organization.")) from None
    form = VerificationDecisionForm(request.POST)
    if form.is_valid():
        try:
            org = services.organization_verification_decide(
                actor=user,
                organization=org,
                approve=form.cleaned_data["decision"] == "approve",
                reason=form.cleaned_data["reason"],
            )
        except ApplicationError as exc:
            if exc.status == 409 and not _is_htmx(request):
                # Decided meanwhile (e.g. by another officer): it has left the queue.
                messages.error(
                    request, _("%(name)s: %(problem)s") % {"name": org.name, "problem": exc.message}
                )
                return redirect("accounts:verification_queue")
            add_service_error(form, exc)
        else:
            if _is_htmx(request):
                return render(request, "accounts/_verification_decided.html", {"org": org})
            messages.success(
                request,
                (
                    _("%(name)s is verified. The organization sees your reason.")
                    if org.verification_status == VerificationStatus.VERIFIED
                    else _("%(name)s is rejected. The organization sees your reason.")
                )
                % {"name": org.name},
            )
            return redirect("accounts:verification_queue")
    if _is_htmx(request):
        org = selectors.verification_queue().filter(pk=org.pk).first() or org
        return render(
            request,
            "accounts/_verification_item.html",
            {"item": _queue_item(org, form)},
        )  # 200: htmx swaps only successful responses; the errors are in the fragment
    return _queue_page(request, errors_for=(org.pk, form))
