"""The image monitoring API (issue 6): monitored images, matches, review actions."""

from django.db.models import Case, IntegerField, Prefetch, QuerySet, Value, When
from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.urls import reverse
from django.utils.translation import gettext as _
from ninja import File, Form, Query, Router, Status
from ninja.files import UploadedFile
from ninja.pagination import paginate

from tradeguard.accounts.models import Organization, User
from tradeguard.common.api import ERROR_RESPONSES, file_download
from tradeguard.common.errors import not_found
from tradeguard.common.pagination import KeysetPagination
from tradeguard.evidence.serving import file_response
from tradeguard.monitoring import selectors, services
from tradeguard.monitoring.enums import MatchStatus
from tradeguard.monitoring.models import (
    Match,
    MatchGroup,
    MonitoredImage,
    ScanJob,
    SupplierAuthorization,
    WatchSet,
)
from tradeguard.monitoring.schemas import (
    AuthorizationCreate,
    AuthorizationRead,
    ConfirmRead,
    DecisionIn,
    GroupDecisionIn,
    GroupListParams,
    MatchGroupRead,
    MatchListParams,
    MatchRead,
    MonitoredImageRead,
    MonitoredListParams,
    ScanRead,
    WatchSetCreate,
    WatchSetRead,
)

router = Router(tags=["monitoring"])


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _owner(user: User, owner_id: int | None) -> Organization | None:
    if owner_id is None:
        return None
    found = selectors.owners_for(user).filter(pk=owner_id).first()
    if found is None:
        raise not_found(_("organization"))
    return found


def _monitored_qs(user: User) -> QuerySet[MonitoredImage]:
    return selectors.monitored_list(user).prefetch_related(
        Prefetch("scans", queryset=ScanJob.objects.order_by("-id"), to_attr="recent_scans")
    )


def _review_order(qs: QuerySet[Match], status: str | None) -> QuerySet[Match]:
    """Matches to review first, then by score. With one status asked for, the order is
    the score alone, which the (status, -score, -id) indexes serve."""
    if status:
        return qs.order_by("-score", "-id")
    to_review = Case(
        When(status=MatchStatus.NEW, then=Value(0)), default=Value(1), output_field=IntegerField()
    )
    return qs.annotate(to_review=to_review).order_by("to_review", "-score", "-id")


# --- monitored images ------------------------------------------------------------------


@router.post("/images/monitored", response={201: MonitoredImageRead, **ERROR_RESPONSES})
def monitored_create(
    request: HttpRequest,
    file: File[UploadedFile],
    label: Form[str] = "",
    watch_set_id: Form[int | None] = None,
    watch_set_name: Form[str] = "",
    owner_id: Form[int | None] = None,
) -> Status[MonitoredImage]:
    """Register an image to watch (multipart: `file`, optional `label`, a watch set by
    `watch_set_id` or `watch_set_name` (created if new); agents pass `owner_id`). The
    image is scanned against every existing listing image in the background: poll
    `latest_scan` or `GET /images/scans/{id}`."""
    user = _user(request)
    watch_set = selectors.watch_set_get(user, watch_set_id) if watch_set_id else None
    monitored = services.monitored_register(
        actor=user,
        upload=file,
        name=file.name or "image",
        label=label,
        owner=_owner(user, owner_id),
        watch_set=watch_set,
        watch_set_name=watch_set_name,
    )
    return Status(201, _monitored_qs(user).get(pk=monitored.pk))


@router.get("/images/monitored", response=list[MonitoredImageRead])
@paginate(KeysetPagination, page_size=50)
def monitored_list(
    request: HttpRequest, filters: Query[MonitoredListParams]
) -> QuerySet[MonitoredImage]:
    """Your monitored images with their latest scan and match counts."""
    return filters.filter(_monitored_qs(_user(request)))


@router.post("/images/monitored/sync", response={200: list[MonitoredImageRead], **ERROR_RESPONSES})
def monitored_sync(request: HttpRequest, owner_id: int | None = None) -> list[MonitoredImage]:
    """Monitor the reference images of your approved copyright records (runs daily too);
    returns the images newly monitored."""
    user = _user(request)
    created = services.monitored_sync_ip_records(actor=user, owner=_owner(user, owner_id))
    return list(_monitored_qs(user).filter(pk__in=[m.pk for m in created]))


@router.get(
    "/images/monitored/{monitored_id}", response={200: MonitoredImageRead, **ERROR_RESPONSES}
)
def monitored_get(request: HttpRequest, monitored_id: int) -> MonitoredImage:
    """One monitored image."""
    user = _user(request)
    selectors.monitored_get(user, monitored_id)
    return _monitored_qs(user).get(pk=monitored_id)


@router.get(
    "/images/monitored/{monitored_id}/file",
    response={200: None, **ERROR_RESPONSES},
    openapi_extra=file_download("The monitored image", "image/jpeg", "image/png", "image/webp"),
)
def monitored_file(request: HttpRequest, monitored_id: int) -> HttpResponseBase:
    """The monitored image's bytes."""
    monitored = selectors.monitored_get(_user(request), monitored_id)
    return file_response(request, monitored.file)


@router.post(
    "/images/monitored/{monitored_id}/archive",
    response={200: MonitoredImageRead, **ERROR_RESPONSES},
)
def monitored_archive(request: HttpRequest, monitored_id: int) -> MonitoredImage:
    """Stop monitoring the image (its matches stay; no new ones are raised)."""
    user = _user(request)
    monitored = selectors.monitored_get(user, monitored_id)
    services.monitored_set_status(actor=user, monitored=monitored, status="archived")
    return _monitored_qs(user).get(pk=monitored_id)


@router.post(
    "/images/monitored/{monitored_id}/restore",
    response={200: MonitoredImageRead, **ERROR_RESPONSES},
)
def monitored_restore(request: HttpRequest, monitored_id: int) -> MonitoredImage:
    """Monitor an archived image again (scans the existing listing images again)."""
    user = _user(request)
    monitored = selectors.monitored_get(user, monitored_id)
    services.monitored_set_status(actor=user, monitored=monitored, status="active")
    return _monitored_qs(user).get(pk=monitored_id)


@router.post("/images/monitored/{monitored_id}/scans", response={201: ScanRead, **ERROR_RESPONSES})
def monitored_rescan(request: HttpRequest, monitored_id: int) -> Status[ScanJob]:
    """Scan every listing image again for this monitored image."""
    user = _user(request)
    monitored = selectors.monitored_get(user, monitored_id)
    scan = services.scan_start(actor=user, monitored=monitored)
    scan.refresh_from_db()
    return Status(201, scan)


@router.get("/images/scans/{scan_id}", response={200: ScanRead, **ERROR_RESPONSES})
def scan_get(request: HttpRequest, scan_id: int) -> ScanJob:
    """Progress of a scan of existing listing images: `done` of `total`, `found`."""
    return selectors.scan_get(_user(request), scan_id)


@router.get("/images/watch-sets", response=list[WatchSetRead])
@paginate(KeysetPagination, page_size=100)
def watch_sets_list(request: HttpRequest) -> QuerySet[WatchSet]:
    """Your watch sets."""
    return selectors.watch_sets_visible_to(_user(request))


@router.post("/images/watch-sets", response={201: WatchSetRead, **ERROR_RESPONSES})
def watch_sets_create(request: HttpRequest, payload: WatchSetCreate) -> Status[WatchSet]:
    """Create a watch set to group monitored images."""
    user = _user(request)
    watch_set = services.watch_set_create(
        actor=user,
        name=payload.name,
        description=payload.description,
        owner=_owner(user, payload.owner_id),
    )
    return Status(201, watch_set)


# --- matches and groups ----------------------------------------------------------------


@router.get("/images/matches", response=list[MatchRead])
@paginate(KeysetPagination, page_size=50)
def matches_list(request: HttpRequest, filters: Query[MatchListParams]) -> QuerySet[Match]:
    """Matches, those to review first. Filter by `status`, `supplier_id`,
    `monitored_image_id`, `group_id`, `min_score`. For the grouped view (one row per
    monitored image and supplier) use `GET /images/groups`."""
    qs = filters.filter(selectors.matches_visible_to(_user(request)))
    return _review_order(qs, filters.status)


@router.get("/images/matches/{match_id}", response={200: MatchRead, **ERROR_RESPONSES})
def match_get(request: HttpRequest, match_id: int) -> Match:
    """One match with both images' URLs and the matched regions."""
    return selectors.match_get(_user(request), match_id)


@router.get(
    "/images/matches/{match_id}/listing-file",
    response={200: None, **ERROR_RESPONSES},
    openapi_extra=file_download("The listing's image", "image/jpeg", "image/png", "image/webp"),
)
def match_listing_file(request: HttpRequest, match_id: int) -> HttpResponseBase:
    """The listing image's bytes of the match."""
    match = selectors.match_get(_user(request), match_id)
    return file_response(request, match.listing_image.file)


def _confirmed(user: User, matches: list[Match], note: str) -> ConfirmRead:
    draft = services.matches_confirm(actor=user, matches=matches, note=note)
    fresh = list(selectors.matches_visible_to(user).filter(pk__in=[m.pk for m in matches]))
    return ConfirmRead(
        draft_id=draft.pk,
        complaint_form_url=f"{reverse('ip:complaint_new')}?draft={draft.pk}",
        matches=fresh,  # type: ignore[arg-type]
    )


@router.post("/images/matches/{match_id}/confirm", response={200: ConfirmRead, **ERROR_RESPONSES})
def match_confirm(
    request: HttpRequest, match_id: int, payload: DecisionIn | None = None
) -> ConfirmRead:
    """Confirm the copy: prepares an `image_copy` complaint draft for the listing;
    review, sign and file it at `complaint_form_url`."""
    user = _user(request)
    match = selectors.match_get(user, match_id)
    return _confirmed(user, [match], payload.note if payload else "")


@router.post("/images/matches/{match_id}/dismiss", response={200: MatchRead, **ERROR_RESPONSES})
def match_dismiss(request: HttpRequest, match_id: int, payload: DecisionIn | None = None) -> Match:
    """Not a copy: the pair is never raised again."""
    user = _user(request)
    match = selectors.match_get(user, match_id)
    services.matches_dismiss(actor=user, matches=[match], note=payload.note if payload else "")
    return selectors.match_get(user, match_id)


@router.get("/images/groups", response=list[MatchGroupRead])
@paginate(KeysetPagination, page_size=50)
def groups_list(request: HttpRequest, filters: Query[GroupListParams]) -> QuerySet[MatchGroup]:
    """The grouped review queue: one row per monitored image and supplier
    (`status=open`: groups with matches to review; `all`)."""
    return filters.filter(selectors.groups_visible_to(_user(request)))


@router.get("/images/groups/{group_id}", response={200: MatchGroupRead, **ERROR_RESPONSES})
def group_get(request: HttpRequest, group_id: int) -> MatchGroup:
    """One group of the review queue (one monitored image and one supplier)."""
    return selectors.group_get(_user(request), group_id)


def _selected(user: User, group: MatchGroup, ids: list[int] | None) -> list[Match]:
    qs = selectors.group_matches(group)
    if ids is None:
        return list(qs.filter(status=MatchStatus.NEW))
    found = list(qs.filter(pk__in=ids))
    missing = sorted(set(ids) - {m.pk for m in found})
    if missing:
        raise not_found(_("match %(missing)s in this group") % {"missing": missing[0]})
    return found


@router.post("/images/groups/{group_id}/confirm", response={200: ConfirmRead, **ERROR_RESPONSES})
def group_confirm(
    request: HttpRequest, group_id: int, payload: GroupDecisionIn | None = None
) -> ConfirmRead:
    """Confirm the selected matches (default: all to review) and prepare one
    `image_copy` complaint draft naming their listings."""
    user = _user(request)
    group = selectors.group_get(user, group_id)
    payload = payload or GroupDecisionIn()
    return _confirmed(user, _selected(user, group, payload.match_ids), payload.note)


@router.post(
    "/images/groups/{group_id}/dismiss", response={200: list[MatchRead], **ERROR_RESPONSES}
)
def group_dismiss(
    request: HttpRequest, group_id: int, payload: GroupDecisionIn | None = None
) -> list[Match]:
    """Dismiss the selected matches of the group (default: all to review)."""
    user = _user(request)
    group = selectors.group_get(user, group_id)
    payload = payload or GroupDecisionIn()
    matches = _selected(user, group, payload.match_ids)
    services.matches_dismiss(actor=user, matches=matches, note=payload.note)
    return list(selectors.matches_visible_to(user).filter(pk__in=[m.pk for m in matches]))


# --- authorizations --------------------------------------------------------------------


@router.post("/images/authorizations", response={201: AuthorizationRead, **ERROR_RESPONSES})
def authorizations_create(
    request: HttpRequest, payload: AuthorizationCreate
) -> Status[SupplierAuthorization]:
    """Authorize a supplier to use your images: its matches to review close as
    authorized and no further matches are raised from it."""
    user = _user(request)
    supplier = Organization.objects.filter(pk=payload.supplier_id).first()
    if supplier is None:
        raise not_found(_("supplier"))
    authorization = services.supplier_authorize(
        actor=user, supplier=supplier, owner=_owner(user, payload.owner_id), note=payload.note
    )
    return Status(201, authorization)


@router.get("/images/authorizations", response=list[AuthorizationRead])
@paginate(KeysetPagination, page_size=100)
def authorizations_list(request: HttpRequest) -> QuerySet[SupplierAuthorization]:
    """The suppliers you authorized to use your images."""
    return selectors.authorizations_visible_to(_user(request))


@router.post(
    "/images/authorizations/{authorization_id}/revoke",
    response={200: AuthorizationRead, **ERROR_RESPONSES},
)
def authorizations_revoke(request: HttpRequest, authorization_id: int) -> SupplierAuthorization:
    """Withdraw an authorization: the matches it closed come back for review."""
    user = _user(request)
    authorization = selectors.authorization_get(user, authorization_id)
    return services.authorization_revoke(actor=user, authorization=authorization)
