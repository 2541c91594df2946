"""Pages of image monitoring: the rights holder's review queue (groups, side-by-side
view with the matched region outlined), monitored images with scan progress, and
supplier authorizations. Views parse forms and call the same services as the API."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods, require_POST

from tradeguard.accounts.models import Organization, User
from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError
from tradeguard.common.events import events_for
from tradeguard.common.pagination import page_from
from tradeguard.evidence.serving import file_response
from tradeguard.monitoring import explain, policy, selectors, services
from tradeguard.monitoring.enums import MatchBasis, MatchStatus, MonitoredStatus
from tradeguard.monitoring.forms import MonitoredImageForm, ReviewForm
from tradeguard.monitoring.models import Match, MatchGroup, MonitoredImage, ScanJob
from tradeguard.web.errors import flash_error, http_error
from tradeguard.web.forms import add_service_error

PAGE_SIZE = 30
STATUS_TABS = [
    ("new", gettext_lazy("To review")),
    ("confirmed", gettext_lazy("Confirmed")),
    ("dismissed", gettext_lazy("Dismissed")),
    ("authorized", gettext_lazy("Authorized")),
]


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _require_viewer(user: User) -> None:
    if not (selectors.is_reporter(user) or selectors.sees_all(user)):
        raise PermissionDenied(
            _("Image monitoring is for rights holders, their agents and officers.")
        )


@dataclass(frozen=True)
class Box:
    """A region as percentages of the image, for an SVG overlay (viewBox 0 0 100 100)."""

    x: float
    y: float
    w: float
    h: float

    @classmethod
    def of(cls, region: list[float] | None) -> Box:
        x0, y0, x1, y1 = (region or [0.0, 0.0, 1.0, 1.0])[:4]
        return cls(
            round(100 * x0, 2),
            round(100 * y0, 2),
            round(100 * (x1 - x0), 2),
            round(100 * (y1 - y0), 2),
        )


@dataclass(frozen=True)
class SideBySide:
    match: Match
    reference_box: Box
    listing_box: Box
    reasons: list[str]
    complaint_ready: bool
    # The owner's complaint item that already names this listing: not confirmed again.
    reported: Any = None
    # The band of the protected image that a line of text on the listing covers, left
    # out of the comparison (Match.text_band); None when nothing was left out.
    text_box: Box | None = None
    score: str = ""  # as shown (policy.score_text)

    @property
    def on_template(self) -> bool:
        return self.match.basis == MatchBasis.TEMPLATE


def _side_by_side(match: Match, reported: Any = None, *, for_owner: bool) -> SideBySide:
    return SideBySide(
        match,
        Box.of(match.reference_region),
        Box.of(match.listing_region),
        explain.reasons(match, for_owner=for_owner),
        policy.complaint_ready(match),
        reported,
        Box.of(match.text_band) if match.text_band else None,
        policy.score_text(match),
    )


# --- the queue -----------------------------------------------------------------------------


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    _require_viewer(user)
    status = request.GET.get("status", "new")
    if status not in MatchStatus.values:
        status = "new"
    supplier_id = request.GET.get("supplier", "")
    context: dict[str, Any] = {
        "status": status,
        "tabs": STATUS_TABS,
        "counts": selectors.review_counts(user),
        "scans": list(selectors.scans_running(user)[:10]),
        "is_reporter": selectors.is_reporter(user),
        "now": clock.now(),
        "next_digest": policy.next_digest(clock.now()),
    }
    if status == MatchStatus.NEW:
        groups = selectors.groups_visible_to(user).filter(new_count__gt=0)
        supplier = int(supplier_id) if supplier_id.isdigit() else None
        if supplier is not None:
            groups = groups.filter(supplier_id=supplier)
        context["page"] = page_from(request, selectors.with_template_counts(groups), size=PAGE_SIZE)
        context["templates"] = selectors.template_groups_top(user, supplier)
    else:
        matches = (
            selectors.matches_visible_to(user).filter(status=status).order_by("-decided_at", "-id")
        )
        if supplier_id.isdigit():
            matches = matches.filter(supplier_id=int(supplier_id))
        context["page"] = page_from(request, matches, size=PAGE_SIZE)
    if selectors.is_reporter(user):
        context["unmonitored_records"] = _unmonitored_record_images(user)
    return render(request, "monitoring/queue.html", context)


def _unmonitored_record_images(user: User) -> int:
    from tradeguard.ip.selectors import copyright_reference_images

    owners = set(selectors.owners_for(user).values_list("pk", flat=True))
    monitored = set(
        MonitoredImage.objects.filter(owner_id__in=owners).values_list("owner_id", "file_id")
    )
    return sum(
        1
        for file, org, _ in copyright_reference_images()
        if org.pk in owners and (org.pk, file.pk) not in monitored
    )


def _group_with_matches(
    request: HttpRequest, group_id: int
) -> tuple[User, MatchGroup, list[Match]]:
    user = _user(request)
    _require_viewer(user)
    try:
        group = selectors.group_get(user, group_id)
    except ApplicationError as exc:
        raise http_error(exc) from None
    return user, group, list(selectors.group_matches(group))


@login_required
def group_detail(request: HttpRequest, group_id: int) -> HttpResponse:
    user, group, matches = _group_with_matches(request, group_id)
    return _group_page(request, user, group, matches, None)


def _group_page(
    request: HttpRequest, user: User, group: Any, matches: list[Match], form: ReviewForm | None
) -> HttpResponse:
    from tradeguard.ip.selectors import reported_items

    reported = reported_items([group.owner_id], {m.listing_id for m in matches})
    open_ids = [m.pk for m in matches if m.status == MatchStatus.NEW]
    # Only matches certain enough for a complaint may be confirmed (never one whose
    # listing the owner already reported); of those, the ones resting on a shared
    # template do not start ticked: they are listed apart, to dismiss together.
    confirmable_matches = [
        m
        for m in matches
        if m.pk in open_ids and m.listing_id not in reported and policy.complaint_ready(m)
    ]
    confirmable = [m.pk for m in confirmable_matches]
    ticked = [m.pk for m in confirmable_matches if m.basis != MatchBasis.TEMPLATE]
    form = form or ReviewForm(match_ids=[m.pk for m in matches], initial={"match_ids": ticked})
    authorization = (
        selectors.authorizations_visible_to(user)
        .filter(owner_id=group.owner_id, supplier_id=group.supplier_id)
        .first()
    )
    may_review = selectors.may_act_for(user, group.owner_id)
    items = [_side_by_side(m, reported.get(m.listing_id), for_owner=may_review) for m in matches]
    return render(
        request,
        "monitoring/group.html",
        {
            "group": group,
            "items": [item for item in items if not item.on_template],
            "template_items": [item for item in items if item.on_template],
            "open_ids": open_ids,
            "ticked": ticked,
            "confirmable_ids": confirmable,
            "form": form,
            "may_review": may_review,
            "authorization": authorization,
            "complaint_threshold": policy.complaint_threshold(graphics=False),
            "complaint_threshold_graphics": policy.complaint_threshold(graphics=True),
        },
    )


@login_required
@require_POST
def group_review(request: HttpRequest, group_id: int) -> HttpResponse:
    user, group, matches = _group_with_matches(request, group_id)
    form = ReviewForm(request.POST, match_ids=[m.pk for m in matches])
    if form.is_valid():
        data = form.cleaned_data
        chosen = [m for m in matches if m.pk in set(data["match_ids"])]
        try:
            if data["action"] == "confirm":
                draft = services.matches_confirm(actor=user, matches=chosen, note=data["note"])
                messages.success(
                    request,
                    ngettext(
                        "%(count)s match confirmed. Nothing is sent yet: the complaint below is "
                        "pre-filled with its listing; check it, sign and file it.",
                        "%(count)s matches confirmed. Nothing is sent yet: the complaint below "
                        "is pre-filled with their listings; check it, sign and file it.",
                        len(chosen),
                    )
                    % {"count": len(chosen)},
                )
                return redirect(f"{reverse('ip:complaint_new')}?draft={draft.pk}")
            if data["action"] == "dismiss":
                services.matches_dismiss(actor=user, matches=chosen, note=data["note"])
                messages.success(
                    request,
                    _("%(chosen)s match(es) dismissed; they will not come back.")
                    % {"chosen": len(chosen)},
                )
            else:
                services.supplier_authorize(
                    actor=user,
                    supplier=group.supplier,
                    owner=Organization.objects.get(pk=group.owner_id),
                    note=data["note"],
                )
                messages.success(
                    request,
                    _(
                        "%(name)s is authorized: its matches are closed and no new ones will be raised."
                    )
                    % {"name": group.supplier.name},
                )
            return redirect("monitoring:group", group_id=group.pk)
        except ApplicationError as exc:
            if exc.status in (403, 404):
                raise http_error(exc) from None
            add_service_error(form, exc)
    return _group_page(request, user, group, matches, form)


@login_required
@require_http_methods(["GET", "POST"])
def template_group(request: HttpRequest, supplier_id: int, template: str) -> HttpResponse:
    """One supplier's matches that rest on one template the owner's images share
    (often many listings shot in the same frame): reviewed, and dismissed, together."""
    user = _user(request)
    _require_viewer(user)
    matches = list(selectors.template_matches(user, supplier_id, template))
    if not matches:
        raise Http404(_("No such group of matches."))
    form = ReviewForm(
        request.POST or None,
        match_ids=[m.pk for m in matches],
        initial={"match_ids": [m.pk for m in matches if m.status == MatchStatus.NEW]},
    )
    if request.method == "POST" and form.is_valid():
        chosen = [m for m in matches if m.pk in set(form.cleaned_data["match_ids"])]
        try:
            if form.cleaned_data["action"] != "dismiss":
                raise ApplicationError(
                    "monitoring_invalid_action",
                    _("Matches on a shared template can only be dismissed here."),
                    fields={"action": _("Open a match's group to confirm it.")},
                    status=422,
                )
            services.matches_dismiss(actor=user, matches=chosen, note=form.cleaned_data["note"])
            messages.success(
                request,
                ngettext(
                    "%(count)d match dismissed; it will not come back.",
                    "%(count)d matches dismissed; they will not come back.",
                    len(chosen),
                )
                % {"count": len(chosen)},
            )
            return redirect(f"{reverse('monitoring:queue')}")
        except ApplicationError as exc:
            if exc.status in (403, 404):
                raise http_error(exc) from None
            add_service_error(form, exc)
    first = matches[0]
    may_review = selectors.may_act_for(user, first.owner_id)
    return render(
        request,
        "monitoring/template_group.html",
        {
            "supplier": first.supplier,
            "owner": first.owner,
            "items": [_side_by_side(m, for_owner=may_review) for m in matches],
            "images": sorted({m.monitored_image.label for m in matches}),
            "form": form,
            "may_review": may_review,
            "open_ids": [m.pk for m in matches if m.status == MatchStatus.NEW],
        },
    )


# --- monitored images ----------------------------------------------------------------------


def _watch_set_choices(user: User) -> list[tuple[int, str]]:
    return [(w.pk, w.name) for w in selectors.watch_sets_visible_to(user)]


@login_required
@require_http_methods(["GET", "POST"])
def monitored(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    _require_viewer(user)
    form = MonitoredImageForm(
        request.POST or None, request.FILES or None, watch_sets=_watch_set_choices(user)
    )
    if request.method == "POST":
        if not selectors.is_reporter(user):
            raise PermissionDenied(_("Only rights holders and their agents register images."))
        if form.is_valid():
            data = form.cleaned_data
            upload = data["file"]
            try:
                watch_set = (
                    selectors.watch_set_get(user, data["watch_set"]) if data["watch_set"] else None
                )
                image = services.monitored_register(
                    actor=user,
                    upload=upload,
                    name=upload.name,
                    label=data["label"],
                    watch_set=watch_set,
                    watch_set_name=data["watch_set_name"],
                )
            except ApplicationError as exc:
                add_service_error(form, exc)
            else:
                messages.success(
                    request,
                    _(
                        "“%(label)s” is monitored. Existing listings are being scanned; new listing images are checked as they are uploaded."
                    )
                    % {"label": image.label},
                )
                return redirect("monitoring:monitored_detail", monitored_id=image.pk)
    status = request.GET.get("status", MonitoredStatus.ACTIVE)
    images = (
        selectors.monitored_list(user)
        .filter(status=status)
        .prefetch_related(
            Prefetch("scans", queryset=ScanJob.objects.order_by("-id"), to_attr="recent_scans")
        )
    )
    return render(
        request,
        "monitoring/monitored.html",
        {
            "form": form,
            "page": page_from(request, images, size=PAGE_SIZE),
            "status": status,
            "is_reporter": selectors.is_reporter(user),
            "unmonitored_records": (
                _unmonitored_record_images(user) if selectors.is_reporter(user) else 0
            ),
        },
    )


@login_required
@require_POST
def monitored_sync(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    try:
        created = services.monitored_sync_ip_records(actor=user)
    except ApplicationError as exc:
        raise http_error(exc) from None
    messages.success(
        request,
        _(
            "%(created)s image(s) of your copyright records are now monitored and being scanned against existing listings."
        )
        % {"created": len(created)}
        if created
        else _("Every image of your approved copyright records is already monitored."),
    )
    return redirect("monitoring:monitored")


@login_required
def monitored_detail(request: HttpRequest, monitored_id: int) -> HttpResponse:
    user = _user(request)
    _require_viewer(user)
    try:
        image = selectors.monitored_get(user, monitored_id)
    except ApplicationError as exc:
        raise http_error(exc) from None
    from tradeguard.monitoring.matching import reference_fingerprint_status

    return render(
        request,
        "monitoring/monitored_detail.html",
        {
            "image": image,
            "scans": list(image.scans.order_by("-id")[:5]),
            "groups": list(
                selectors.groups_visible_to(user)
                .filter(monitored_image=image)
                .order_by("-new_count", "-best_score")
            ),
            "fingerprint": reference_fingerprint_status(image.file_id),
            "may_review": selectors.may_act_for(user, image.owner_id),
            "events": events_for(image)[:30],
        },
    )


@login_required
@require_POST
def monitored_action(request: HttpRequest, monitored_id: int) -> HttpResponse:
    user = _user(request)
    try:
        image = selectors.monitored_get(user, monitored_id)
        action = request.POST.get("action", "")
        if action == "rescan":
            services.scan_start(actor=user, monitored=image)
            messages.success(request, _("Scanning the existing listing images again."))
        elif action in ("archive", "restore"):
            status = MonitoredStatus.ARCHIVED if action == "archive" else MonitoredStatus.ACTIVE
            services.monitored_set_status(actor=user, monitored=image, status=status)
            messages.success(
                request,
                _("The image is no longer monitored; its matches stay in your queue.")
                if action == "archive"
                else _("The image is monitored again; existing listings are being scanned."),
            )
        else:
            messages.error(request, _("Choose rescan, archive or restore."))
    except ApplicationError as exc:
        if exc.status in (403, 404):
            raise http_error(exc) from None
        flash_error(request, exc)
    return redirect("monitoring:monitored_detail", monitored_id=monitored_id)


@login_required
def scan_progress(request: HttpRequest, scan_id: int) -> HttpResponse:
    """The progress bar of one scan (htmx polls it while the scan runs)."""
    try:
        scan = selectors.scan_get(_user(request), scan_id)
    except ApplicationError as exc:
        raise http_error(exc) from None
    return render(request, "monitoring/_scan.html", {"scan": scan})


# --- images (permission-checked) -------------------------------------------------------


@login_required
def monitored_file(request: HttpRequest, monitored_id: int) -> HttpResponseBase:
    try:
        image = selectors.monitored_get(_user(request), monitored_id)
    except ApplicationError:
        raise Http404("No such image.") from None
    return file_response(request, image.file)


@login_required
def match_listing_file(request: HttpRequest, match_id: int) -> HttpResponseBase:
    """The listing image of a match: its rights holder may see it even if the listing
    was hidden since."""
    try:
        match = selectors.match_get(_user(request), match_id)
    except ApplicationError:
        raise Http404("No such image.") from None
    return file_response(request, match.listing_image.file)


# --- authorizations ----------------------------------------------------------------------


@login_required
def authorizations(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    _require_viewer(user)
    return render(
        request,
        "monitoring/authorizations.html",
        {
            "authorizations": selectors.authorizations_visible_to(user),
            "is_reporter": selectors.is_reporter(user),
        },
    )


@login_required
@require_POST
def authorization_revoke(request: HttpRequest, authorization_id: int) -> HttpResponse:
    user = _user(request)
    try:
        found = selectors.authorization_get(user, authorization_id)
        services.authorization_revoke(actor=user, authorization=found)
        messages.success(
            request,
            _("%(name)s is no longer authorized; its matches are back for review.")
            % {"name": found.supplier.name},
        )
    except ApplicationError as exc:
        if exc.status in (403, 404):
            raise http_error(exc) from None
        flash_error(request, exc)
    return redirect("monitoring:authorizations")
