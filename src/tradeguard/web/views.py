from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.template import loader
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import defaults
from django.views.decorators.http import require_POST

from tradeguard.common.demo import DEMO_EMAIL_DOMAIN
from tradeguard.web.context import NAV_ITEMS, nav
from tradeguard.web.dashboard import render_panels
from tradeguard.web.forms import EmailLoginForm

ROLE_ORDER = ["buyer", "supplier", "rights_holder", "agent", "inspector", "officer", "admin"]

DASHBOARD_INTRO = {
    "buyer": gettext_lazy("Your orders, disputes and what needs you next."),
    "supplier": gettext_lazy(
        "Orders to ship, disputes and IP notices waiting for your answer, and your "
        "store's standing."
    ),
    "rights_holder": gettext_lazy(
        "Your complaints, notices and image matches against your rights."
    ),
    "agent": gettext_lazy(
        "Complaints, notices and image matches for the rights holders you represent."
    ),
    "inspector": gettext_lazy("Inspections booked with your company."),
    "officer": gettext_lazy("Queues waiting for a platform decision, most urgent first."),
    "admin": gettext_lazy("Queues waiting for a platform decision, and administration."),
}


def home(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("web:dashboard")
    return redirect("web:login")


def demo_accounts() -> list[Any]:
    """The demo users (only listed on the login page when DEBUG is on)."""
    from tradeguard.accounts.models import User

    users = list(
        User.objects.filter(email__endswith=DEMO_EMAIL_DOMAIN, is_active=True).select_related(
            "organization"
        )
    )
    users.sort(key=lambda u: (ROLE_ORDER.index(u.role) if u.role in ROLE_ORDER else 99, u.email))
    return users


class LoginView(auth_views.LoginView):
    template_name = "web/login.html"
    authentication_form = EmailLoginForm
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        if shows_demo_logins(self.request):
            from tradeguard.common.demo import DEMO_PASSWORD

            context["demo_users"] = demo_accounts()
            context["demo_password"] = DEMO_PASSWORD
            context["demo_password_html"] = format_html("<code>{}</code>", DEMO_PASSWORD)
        return context

    def form_invalid(self, form: Any) -> HttpResponse:
        response = super().form_invalid(form)
        if getattr(form, "throttled", False):
            response.status_code = 429  # the page says until when
        return response


def shows_demo_logins(request: HttpRequest) -> bool:
    """The demo logins (with their password) are listed only by a local demo: DEBUG on,
    and both the browser and the address it used on this machine's loopback."""
    from tradeguard.common.management.commands.serve import is_loopback

    host = request.get_host().rsplit(":", 1)[0] if request.get_host() else ""
    return bool(
        settings.DEBUG
        and is_loopback(str(request.META.get("REMOTE_ADDR", "")))
        and (is_loopback(host) or host == "testserver")  # Django's test client
    )


class LogoutView(auth_views.LogoutView):
    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        was_signed_in = request.user.is_authenticated
        response = super().post(request, *args, **kwargs)
        if was_signed_in:
            messages.info(request, _("You have signed out."))
        return response


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    panels = render_panels(request, "dashboard")
    role = getattr(request.user, "role", "")
    return render(
        request,
        "web/dashboard.html",
        {
            "panels": panels,
            "action_total": sum(p.action_count for p in panels),
            "intro": DASHBOARD_INTRO.get(role, ""),
        },
    )


@login_required
def officer(request: HttpRequest) -> HttpResponse:
    """The officer's start page: every queue, with the panels apps register for it."""
    if not getattr(request.user, "is_officer", False):
        raise PermissionDenied(_("Only platform officers and admins work the queues."))
    links = nav(request)["nav_links"]
    queue_names = {item.url_name for item in NAV_ITEMS if item.queue}
    queues = [link for link in links if link["url_name"] in queue_names]
    panels = render_panels(request, "officer")
    return render(
        request,
        "web/officer.html",
        {
            "queues": queues,
            "panels": panels,
            "action_total": sum(p.action_count for p in panels),
        },
    )


@require_POST
def language(request: HttpRequest) -> HttpResponse:
    """The language switch in every page's footer: remembered in a cookie for everyone,
    and on the account of a signed-in person (their notifications follow it too)."""
    from tradeguard.accounts.enums import Language
    from tradeguard.accounts.services import user_set_language

    chosen = request.POST.get("language", "")
    if chosen not in Language.values:
        chosen = settings.LANGUAGE_CODE
    if request.user.is_authenticated:
        user_set_language(actor=request.user, language=chosen)
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    response = redirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        chosen,
        max_age=365 * 24 * 3600,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """Django's 400 handler; a body over its endpoint's cap answers 413 instead."""
    if not isinstance(exception, RequestDataTooBig):
        return defaults.bad_request(request, exception)  # type: ignore[arg-type]
    from tradeguard.common.limits import RequestTooLarge, too_large_error

    error = (
        exception.error if isinstance(exception, RequestTooLarge) else too_large_error(request.path)
    )
    if request.path.startswith("/api/"):
        return JsonResponse(error.as_dict(), status=413)
    return HttpResponse(loader.render_to_string("413.html", {"error": error}), status=413)
