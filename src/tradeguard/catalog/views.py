"""Listing pages: thin views over the same selectors and services as the API."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from tradeguard.accounts.enums import Role
from tradeguard.accounts.models import User
from tradeguard.catalog import policy, selectors, services
from tradeguard.catalog.enums import ListingStatus
from tradeguard.catalog.forms import ImageForm, ListingFilterForm, ListingForm, StatusForm
from tradeguard.catalog.models import Listing, ListingImage
from tradeguard.common.errors import ApplicationError
from tradeguard.common.pagination import page_from
from tradeguard.evidence.serving import file_response
from tradeguard.web.forms import add_service_error

PAGE_SIZE = 50
L = ListingStatus
# Button labels for each move, from the supplier's or officer's point of view.
MOVE_LABELS = {
    L.ACTIVE: gettext_lazy("Show to buyers"),
    L.HIDDEN: gettext_lazy("Hide"),
    L.REMOVED: gettext_lazy("Remove…"),
}
RESTORE_LABELS = {
    L.ACTIVE: gettext_lazy("Restore"),
    L.HIDDEN: gettext_lazy("Restore as hidden"),
    L.REMOVED: gettext_lazy("Remove…"),
}


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _get(user: User, listing_id: int) -> Listing:
    try:
        return selectors.listing_get(user, listing_id)
    except ApplicationError:
        raise Http404("No such listing.") from None


def _may_publish(user: User) -> bool:
    return user.is_platform or user.role == Role.SUPPLIER


@login_required
def listing_list(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    form = ListingFilterForm(request.GET or None)
    shown_images = (
        ListingImage.objects.filter(listing=OuterRef("pk"), removed_at__isnull=True)
        .order_by()
        .values("listing")
        .annotate(n=Count("id"))
        .values("n")
    )
    listings = (
        selectors.listings_visible_to(user)
        # A correlated count: computed for the rows of the page only.
        .annotate(image_count=Coalesce(Subquery(shown_images, output_field=IntegerField()), 0))
        .order_by("-created_at", "-id")
    )
    if form.is_valid():
        if form.cleaned_data["status"]:
            listings = listings.filter(status=form.cleaned_data["status"])
        if form.cleaned_data["q"]:
            listings = listings.filter(title__icontains=form.cleaned_data["q"])
    page = page_from(request, listings, size=PAGE_SIZE)
    return render(
        request,
        "catalog/list.html",
        {"form": form, "page": page, "may_publish": _may_publish(user)},
    )


def _moves(user: User, listing: Listing) -> list[dict[str, Any]]:
    if not selectors.may_manage(user, listing):
        return []
    return [
        {
            "status": to,
            "label": RESTORE_LABELS[to] if listing.status == L.REMOVED else MOVE_LABELS[to],
        }
        for to in L
        if policy.can_move(listing.status, to)
        and policy.may_move(listing.status, to, is_officer=user.is_platform)
    ]


def _render_detail(
    request: HttpRequest,
    listing: Listing,
    *,
    image_form: ImageForm | None = None,
    status_form: StatusForm | None = None,
    status: int = 200,
) -> HttpResponse:
    user = _user(request)
    manage = selectors.may_manage(user, listing)
    return render(
        request,
        "catalog/detail.html",
        {
            "listing": listing,
            "manage": manage,
            "editable": manage and (listing.status != L.REMOVED or user.is_platform),
            "moves": _moves(user, listing),
            "image_form": image_form or ImageForm(),
            "status_form": status_form or StatusForm(),
            "events": selectors.listing_timeline(listing) if manage else [],
            "ip_notices": _ip_notices(user, listing),
            "remove_consequence": _(
                "Removing takes the listing off the marketplace for good: buyers no longer "
                "see it and only a platform officer can restore it. Give the reason above; "
                "the supplier reads it."
            )
            if user.is_platform
            else _(
                "Removing takes the listing off the marketplace for good: buyers no longer "
                "see it and only a platform officer can restore it. To take it down for a "
                "while, hide it instead."
            ),
            "remove_confirm": _("Yes, remove the listing"),
        },
        status=status,
    )


def _ip_notices(user: User, listing: Listing) -> list[Any]:
    """The IP notices on this listing the viewer may open (its supplier, the rights
    holder that filed, officers): where a removal is explained and answered."""
    # The ip app builds on the catalog; the page reads it lazily, as a panel would.
    from tradeguard.ip.enums import ItemStatus
    from tradeguard.ip.selectors import items_visible_to

    return list(
        items_visible_to(user)
        .filter(listing=listing)
        .exclude(status=ItemStatus.REJECTED)
        .order_by("-created_at", "-id")[:10]
    )


@login_required
def listing_detail(request: HttpRequest, listing_id: int) -> HttpResponse:
    return _render_detail(request, _get(_user(request), listing_id))


@login_required
@require_POST
def listing_status(request: HttpRequest, listing_id: int) -> HttpResponse:
    user = _user(request)
    listing = _get(user, listing_id)
    form = StatusForm(request.POST)
    if form.is_valid():
        try:
            services.listing_set_status(actor=user, listing=listing, **form.cleaned_data)
        except ApplicationError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, _status_message(listing, form.cleaned_data["status"]))
            return redirect("catalog:detail", listing.pk)
    return _render_detail(request, _get(user, listing_id), status_form=form, status=422)


def _status_message(listing: Listing, status: str) -> str:
    """What happened and what comes next, after a status change."""
    title = listing.title
    if status == L.HIDDEN:
        return _(
            "“%(title)s” is hidden: buyers no longer see it. Show it again from this page."
        ) % {"title": title}
    if status == L.REMOVED:
        return _(
            "“%(title)s” is removed: buyers no longer see it. Only a platform officer can "
            "restore it."
        ) % {"title": title}
    return _("“%(title)s” is shown to buyers again.") % {"title": title}


@login_required
@require_POST
def listing_image_add(request: HttpRequest, listing_id: int) -> HttpResponse:
    user = _user(request)
    listing = _get(user, listing_id)
    form = ImageForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            services.listing_image_add(
                actor=user, listing=listing, upload=upload, name=upload.name or "image"
            )
        except ApplicationError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, _("Image added."))
            return redirect("catalog:detail", listing.pk)
    return _render_detail(request, _get(user, listing_id), image_form=form, status=422)


@login_required
@require_POST
def listing_image_remove(request: HttpRequest, listing_id: int, image_id: int) -> HttpResponse:
    user = _user(request)
    listing = _get(user, listing_id)
    try:
        services.listing_image_remove(actor=user, listing=listing, image_id=image_id)
    except ApplicationError as exc:
        if exc.status == 404:
            raise Http404("No such image.") from None
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Image removed from the listing."))
    return redirect("catalog:detail", listing.pk)


@login_required
def listing_image(request: HttpRequest, listing_id: int, image_id: int) -> HttpResponseBase:
    try:
        image = selectors.listing_image_get(_user(request), listing_id, image_id)
    except ApplicationError:
        raise Http404("No such image.") from None
    return file_response(request, image.file)


@login_required
@require_http_methods(["GET", "POST"])
def listing_new(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not _may_publish(user):
        raise Http404("Only suppliers and officers publish listings.")
    form = ListingForm(request.POST or None, platform=user.is_platform)
    if request.method == "POST" and form.is_valid():
        try:
            listing = services.listing_create(actor=user, **form.cleaned_data)
        except ApplicationError as exc:
            add_service_error(form, exc, field_map={"supplier_id": "supplier"})
        else:
            messages.success(request, _("Listing published. Add its product images below."))
            return redirect("catalog:detail", listing.pk)
    return render(
        request,
        "catalog/form.html",
        {"form": form, "listing": None},
        status=422 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def listing_edit(request: HttpRequest, listing_id: int) -> HttpResponse:
    user = _user(request)
    listing = _get(user, listing_id)
    if not selectors.may_manage(user, listing):
        raise Http404("No such listing.")
    initial = {
        "marketplace_url": listing.marketplace_url,
        "title": listing.title,
        "description": listing.description,
        "attributes": listing.attributes,
        "disclosed_defects": listing.disclosed_defects,
    }
    form = ListingForm(
        request.POST or None, initial=initial, platform=user.is_platform, editing=True
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.listing_update(actor=user, listing=listing, **form.cleaned_data)
        except ApplicationError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, _("Listing saved."))
            return redirect("catalog:detail", listing.pk)
    return render(
        request,
        "catalog/form.html",
        {"form": form, "listing": listing},
        status=422 if form.errors else 200,
    )
