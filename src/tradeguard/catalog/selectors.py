"""Reads of listings that carry permission rules."""

from __future__ import annotations

from django.db.models import Prefetch, Q, QuerySet
from django.utils.translation import gettext as _

from tradeguard.accounts.enums import Role
from tradeguard.accounts.models import User
from tradeguard.catalog.enums import ListingStatus
from tradeguard.catalog.models import Listing, ListingImage
from tradeguard.common.errors import not_found
from tradeguard.common.events import events_for
from tradeguard.common.models import Event


def listings_visible_to(user: User) -> QuerySet[Listing]:
    """Officers see every listing; a supplier its own in any status plus others' active
    ones; a buyer active listings plus hidden ones it has ordered from (what it bought
    and may cite in a dispute); everyone else active listings only. Removed listings
    disappear for everyone but their supplier and officers."""
    qs = Listing.objects.select_related("supplier")
    if user.is_platform:
        return qs
    active = Q(status=ListingStatus.ACTIVE)
    if user.role == Role.SUPPLIER and user.organization_id is not None:
        return qs.filter(active | Q(supplier_id=user.organization_id))
    if user.role == Role.BUYER and user.organization_id is not None:
        ordered = Listing.objects.filter(orders__buyer_id=user.organization_id).values("pk")
        return qs.filter(active | Q(status=ListingStatus.HIDDEN, pk__in=ordered))
    return qs.filter(active)


def listing_get(user: User, listing_id: int) -> Listing:
    listing = (
        listings_visible_to(user)
        .prefetch_related(
            Prefetch(
                "images",
                ListingImage.objects.filter(removed_at__isnull=True).select_related("file"),
            )
        )
        .filter(pk=listing_id)
        .first()
    )
    if listing is None:
        raise not_found(_("listing"))
    return listing


def listing_image_get(user: User, listing_id: int, image_id: int) -> ListingImage:
    """An image of a listing the user may see; 404 otherwise."""
    image = (
        ListingImage.objects.select_related("file", "listing")
        .filter(
            pk=image_id,
            removed_at__isnull=True,
            listing__in=listings_visible_to(user).filter(pk=listing_id),
        )
        .first()
    )
    if image is None:
        raise not_found(_("image"))
    return image


def listing_images_visible_to(user: User) -> QuerySet[ListingImage]:
    """The images shown on listings `user` may see (not those taken off a listing)."""
    return ListingImage.objects.filter(
        removed_at__isnull=True, listing__in=listings_visible_to(user).values("pk")
    )


def may_manage(user: User, listing: Listing) -> bool:
    """The listing's own supplier and platform officers manage it."""
    if user.is_platform:
        return True
    return user.role == Role.SUPPLIER and user.organization_id == listing.supplier_id


def listing_timeline(listing: Listing) -> list[Event]:
    return list(events_for(listing))
