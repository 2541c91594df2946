from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from tradeguard.common.errors import ApplicationError
from tradeguard.notifications import selectors, services
from tradeguard.notifications.models import Notification
from tradeguard.web.errors import http_error


def _is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def _mark_read(request: HttpRequest, notification_id: int) -> Notification:
    """The reader's own message, now read; anyone else's answers 404."""
    try:
        return services.notification_mark_read(actor=request.user, notification_id=notification_id)
    except ApplicationError as exc:
        raise http_error(exc) from None


@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    if "topic" in request.GET:
        return _topic(request)
    page, groups = selectors.inbox_groups(request.user, request.GET.get("page"))
    return render(
        request,
        "notifications/inbox.html",
        {"page": page, "groups": groups, "unread_total": selectors.unread_count(request.user)},
    )


def _topic(request: HttpRequest) -> HttpResponse:
    """Every message of one group (`?topic=dispute&topic_id=7`), a page at a time; 404
    when the reader has no message about it (another reader's case included)."""
    found = selectors.topic_messages(
        request.user,
        request.GET.get("topic", ""),
        request.GET.get("topic_id"),
        request.GET.get("page"),
    )
    if found is None:
        raise Http404(_("You have no messages about this."))
    group, page = found
    return render(
        request,
        "notifications/topic.html",
        {
            "group": group,
            "page": page,
            "unread_total": selectors.unread_count(request.user),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def open_notification(request: HttpRequest, notification_id: int) -> HttpResponse:
    """Mark the message read and go to what it is about. A GET is allowed so that the
    message's title is a plain link (marking one's own message read changes nothing
    anybody else sees)."""
    notification = _mark_read(request, notification_id)
    target = notification.link
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect("notifications:inbox")


@login_required
@require_POST
def read_one(request: HttpRequest, notification_id: int) -> HttpResponse:
    """Mark one message read; htmx swaps in its group (the message now read, the group's
    new count) and the unread count in the top bar."""
    notification = _mark_read(request, notification_id)
    if _is_htmx(request):
        return render(
            request,
            "notifications/_read_one.html",
            {
                "group": selectors.inbox_group(request.user, notification),
                "unread_total": selectors.unread_count(request.user),
            },
        )
    messages.success(request, _("Marked as read."))
    back = request.POST.get("next", "")
    if back and url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        return redirect(back)
    return redirect("notifications:inbox")


@login_required
@require_POST
def read_all(request: HttpRequest) -> HttpResponse:
    marked = services.notifications_mark_all_read(actor=request.user)
    text = (
        ngettext("%(count)d message marked as read.", "%(count)d messages marked as read.", marked)
        % {"count": marked}
        if marked
        else _("Everything was already read.")
    )
    if _is_htmx(request):
        page, groups = selectors.inbox_groups(request.user, request.POST.get("page"))
        return render(
            request,
            "notifications/_inbox_body.html",
            {"page": page, "groups": groups, "unread_total": 0, "status_text": text},
        )
    messages.success(request, text)
    return redirect("notifications:inbox")
