from django.db.models import QuerySet
from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.utils.translation import gettext as _
from ninja import File, Query, Router, Status
from ninja.files import UploadedFile
from ninja.pagination import paginate

from tradeguard.accounts.models import Organization, User
from tradeguard.accounts.selectors import organizations_visible_to
from tradeguard.catalog import selectors, services
from tradeguard.catalog.models import Listing, ListingImage
from tradeguard.catalog.schemas import (
    ListingCreate,
    ListingDetailRead,
    ListingImageRead,
    ListingListParams,
    ListingRead,
    ListingStatusChange,
    ListingUpdate,
)
from tradeguard.common.api import ERROR_RESPONSES, file_download
from tradeguard.common.errors import invalid
from tradeguard.common.pagination import KeysetPagination
from tradeguard.evidence.serving import file_response

router = Router(tags=["catalog"])


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _supplier(user: User, supplier_id: int | None) -> Organization | None:
    if supplier_id is None:
        return None
    org = organizations_visible_to(user).filter(pk=supplier_id).first()
    if org is None:
        raise invalid(
            "supplier_id",
            _("No organization with id %(supplier_id)s is visible to you.")
            % {"supplier_id": supplier_id},
        )
    return org


@router.post("/listings", response={201: ListingDetailRead, **ERROR_RESPONSES})
def listings_create(request: HttpRequest, payload: ListingCreate) -> Status[Listing]:
    """Publish a listing: suppliers for their own organization, officers for any."""
    user = _user(request)
    listing = services.listing_create(
        actor=user,
        supplier=_supplier(user, payload.supplier_id),
        marketplace_url=payload.marketplace_url,
        title=payload.title,
        description=payload.description,
        attributes=payload.attributes,
        disclosed_defects=payload.disclosed_defects,
    )
    return Status(201, selectors.listing_get(user, listing.pk))


@router.get("/listings", response=list[ListingRead])
@paginate(KeysetPagination, page_size=50)
def listings_list(request: HttpRequest, filters: Query[ListingListParams]) -> QuerySet[Listing]:
    """Active listings of every supplier; suppliers also see all their own; officers all.
    Newest first, 50 a page: follow `next_cursor`."""
    qs = filters.filter(selectors.listings_visible_to(_user(request)))
    return qs.order_by("-created_at", "-id")


@router.get("/listings/{listing_id}", response={200: ListingDetailRead, **ERROR_RESPONSES})
def listings_get(request: HttpRequest, listing_id: int) -> Listing:
    """A listing with its description, attributes, disclosed defects and images."""
    return selectors.listing_get(_user(request), listing_id)


@router.patch("/listings/{listing_id}", response={200: ListingDetailRead, **ERROR_RESPONSES})
def listings_update(request: HttpRequest, listing_id: int, payload: ListingUpdate) -> Listing:
    """Edit your listing (fields left out stay as they are)."""
    user = _user(request)
    listing = services.listing_update(
        actor=user,
        listing=selectors.listing_get(user, listing_id),
        **payload.dict(exclude_unset=True),
    )
    return selectors.listing_get(user, listing.pk)


@router.post("/listings/{listing_id}/status", response={200: ListingDetailRead, **ERROR_RESPONSES})
def listings_set_status(
    request: HttpRequest, listing_id: int, payload: ListingStatusChange
) -> Listing:
    """Hide or show your listing; remove it (with a reason); officers restore removed ones."""
    user = _user(request)
    listing = services.listing_set_status(
        actor=user,
        listing=selectors.listing_get(user, listing_id),
        status=payload.status,
        reason=payload.reason,
    )
    return selectors.listing_get(user, listing.pk)


@router.post("/listings/{listing_id}/images", response={201: ListingImageRead, **ERROR_RESPONSES})
def listings_image_add(
    request: HttpRequest, listing_id: int, file: File[UploadedFile]
) -> Status[ListingImage]:
    """Add a product image (JPEG, PNG, WebP, GIF or BMP; at most 20 per listing)."""
    user = _user(request)
    image = services.listing_image_add(
        actor=user,
        listing=selectors.listing_get(user, listing_id),
        upload=file,
        name=file.name or "image",
    )
    return Status(201, image)


@router.delete("/listings/{listing_id}/images/{image_id}", response={204: None, **ERROR_RESPONSES})
def listings_image_remove(request: HttpRequest, listing_id: int, image_id: int) -> Status[None]:
    """Take an image off your listing: it is no longer shown or matched against
    monitored photos. Matches already found keep it as evidence; adding the same image
    again brings it back."""
    user = _user(request)
    services.listing_image_remove(
        actor=user, listing=selectors.listing_get(user, listing_id), image_id=image_id
    )
    return Status(204, None)


@router.get(
    "/listings/{listing_id}/images/{image_id}",
    response={200: None, **ERROR_RESPONSES},
    openapi_extra=file_download(
        "The image", "image/jpeg", "image/png", "image/webp", "image/gif", "image/bmp"
    ),
)
def listings_image_get(request: HttpRequest, listing_id: int, image_id: int) -> HttpResponseBase:
    """The image's bytes, with its content type."""
    image = selectors.listing_image_get(_user(request), listing_id, image_id)
    return file_response(request, image.file)
