"""API shapes of image monitoring."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from django.db.models import QuerySet
from ninja import Schema
from pydantic import Field

from tradeguard.catalog.enums import ListingStatus
from tradeguard.monitoring import explain, policy, selectors
from tradeguard.monitoring.enums import MatchStatus, MonitoredSource, MonitoredStatus, ScanStatus
from tradeguard.monitoring.models import Match, MatchGroup, MonitoredImage, ScanJob

MatchStatusLiteral = MatchStatus


class ScanRead(Schema):
    id: int
    monitored_image_id: int
    status: ScanStatus
    total: int
    done: int
    found: int
    percent: int
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    error: str


class WatchSetRead(Schema):
    id: int
    owner_id: int
    name: str
    description: str
    created_at: dt.datetime


class WatchSetCreate(Schema):
    name: str
    description: str = ""
    owner_id: int | None = None


class MonitoredImageRead(Schema):
    id: int
    owner_id: int
    owner_name: str = Field(validation_alias="owner.name")
    label: str
    source: MonitoredSource
    status: MonitoredStatus
    watch_set_id: int | None
    watch_set_name: str | None
    ip_record_id: int | None
    sha256: str = Field(validation_alias="file.sha256")
    width: int | None = Field(validation_alias="file.width")
    height: int | None = Field(validation_alias="file.height")
    new_matches: int
    all_matches: int
    latest_scan: ScanRead | None
    file_url: str
    created_at: dt.datetime

    @staticmethod
    def resolve_watch_set_name(obj: MonitoredImage) -> str | None:
        return obj.watch_set.name if obj.watch_set_id and obj.watch_set else None

    @staticmethod
    def resolve_new_matches(obj: MonitoredImage) -> int:
        return int(getattr(obj, "new_matches", 0) or 0)

    @staticmethod
    def resolve_all_matches(obj: MonitoredImage) -> int:
        return int(getattr(obj, "all_matches", 0) or 0)

    @staticmethod
    def resolve_latest_scan(obj: MonitoredImage) -> ScanJob | None:
        scans = getattr(obj, "recent_scans", None)
        if scans is not None:
            return scans[0] if scans else None
        return obj.scans.order_by("-id").first()

    @staticmethod
    def resolve_file_url(obj: MonitoredImage) -> str:
        return f"/api/v1/images/monitored/{obj.pk}/file"


class MonitoredListParams(Schema):
    status: MonitoredStatus | None = None
    source: MonitoredSource | None = None
    watch_set_id: int | None = None

    def filter(self, qs: QuerySet[MonitoredImage]) -> QuerySet[MonitoredImage]:
        if self.status:
            qs = qs.filter(status=self.status)
        if self.source:
            qs = qs.filter(source=self.source)
        if self.watch_set_id:
            qs = qs.filter(watch_set_id=self.watch_set_id)
        return qs


class MatchRead(Schema):
    id: int
    status: MatchStatus
    score: float
    hash_distance: int | None
    registered_distance: int | None = Field(
        description="Bits in which the perceptual hashes differ once the matching features "
        "have overlaid the listing on the protected image; null without that fit"
    )
    lost_ink: int | None = Field(
        description="Flat graphics: pixels (of a 96-pixel thumbnail) of the largest shape "
        "of the protected image that the overlaid listing lacks; null for other images"
    )
    extra_ink: int | None = Field(
        description="Flat graphics: pixels (of a 96-pixel thumbnail) of the largest solid "
        "shape the overlaid listing has where the protected image has background; null "
        "for other images"
    )
    text_band: list[float] = Field(
        description="Flat graphics: [x0, y0, x1, y1] as fractions of the protected image, "
        "the band that a line of text across the listing covers, left out of the "
        "comparison (what the text hides was not compared); empty otherwise"
    )
    inliers: int
    group_id: int
    monitored_image_id: int
    monitored_label: str = Field(validation_alias="monitored_image.label")
    listing_id: int
    listing_title: str = Field(validation_alias="listing.title")
    listing_url: str = Field(validation_alias="listing.marketplace_url")
    listing_status: ListingStatus = Field(validation_alias="listing.status")
    listing_image_id: int
    supplier_id: int
    supplier_name: str = Field(validation_alias="supplier.name")
    listing_region: list[float]
    reference_region: list[float]
    basis: str = Field(description="What the score rests on: object, template, overlay or hash")
    basis_label: str
    own_inliers: int = Field(
        description="Matching features inside the protected image's own content (outside a "
        "template it shares with the owner's other images)"
    )
    template_key: str = Field(description="The shared template's name; empty if none")
    turned: bool = Field(
        description="Local features matched the listing turned a quarter or more, or "
        "mirrored, against the protected image (false for a match on hashes alone)"
    )
    graphics: bool = Field(
        description="The protected image is flat graphics (an icon, a logo, line art): a "
        "match on it needs the higher complaint threshold"
    )
    reasons: list[str] = Field(description="Why the match was raised, in the reader's language")
    complaint_ready: bool = Field(
        description="Whether the score is high enough to prepare a complaint from the match "
        "(the threshold for flat graphics is higher)"
    )
    found_at: dt.datetime
    decided_at: dt.datetime | None
    decision_note: str
    complaint_draft_id: int | None
    reference_file_url: str
    listing_file_url: str

    @staticmethod
    def resolve_basis_label(obj: Match) -> str:
        return str(obj.get_basis_display())

    @staticmethod
    def resolve_reasons(obj: Match, context: dict[str, Any] | None) -> list[str]:
        return explain.reasons(obj, for_owner=_reads_for_owner(context, obj.owner_id))

    @staticmethod
    def resolve_complaint_ready(obj: Match) -> bool:
        return policy.complaint_ready(obj)

    @staticmethod
    def resolve_reference_file_url(obj: Match) -> str:
        return f"/api/v1/images/monitored/{obj.monitored_image_id}/file"

    @staticmethod
    def resolve_listing_file_url(obj: Match) -> str:
        return f"/api/v1/images/matches/{obj.pk}/listing-file"


def _reads_for_owner(context: dict[str, Any] | None, owner_id: int) -> bool:
    """Whether the caller reviews for ``owner_id`` (and reads "your image"); an officer
    reads "the protected image". The caller's owners are read once per response."""
    request = (context or {}).get("request")
    if request is None:
        return True
    owners: frozenset[int] | None = getattr(request, "_monitoring_owner_ids", None)
    if owners is None:
        owners = frozenset(selectors.owners_for(request.user).values_list("pk", flat=True))
        request._monitoring_owner_ids = owners
    return owner_id in owners


class MatchListParams(Schema):
    status: MatchStatusLiteral | None = None
    supplier_id: int | None = None
    monitored_image_id: int | None = None
    group_id: int | None = None
    min_score: float | None = Field(default=None, ge=0, le=1)

    def filter(self, qs: QuerySet[Match]) -> QuerySet[Match]:
        if self.status:
            qs = qs.filter(status=self.status)
        if self.supplier_id:
            qs = qs.filter(supplier_id=self.supplier_id)
        if self.monitored_image_id:
            qs = qs.filter(monitored_image_id=self.monitored_image_id)
        if self.group_id:
            qs = qs.filter(group_id=self.group_id)
        if self.min_score is not None:
            qs = qs.filter(score__gte=self.min_score)
        return qs


class MatchGroupRead(Schema):
    id: int
    owner_id: int
    monitored_image_id: int
    monitored_label: str = Field(validation_alias="monitored_image.label")
    supplier_id: int
    supplier_name: str = Field(validation_alias="supplier.name")
    match_count: int
    new_count: int
    best_score: float
    last_found_at: dt.datetime | None
    reference_file_url: str

    @staticmethod
    def resolve_reference_file_url(obj: MatchGroup) -> str:
        return f"/api/v1/images/monitored/{obj.monitored_image_id}/file"


class GroupListParams(Schema):
    status: Literal["open", "all"] = "open"
    supplier_id: int | None = None
    monitored_image_id: int | None = None

    def filter(self, qs: QuerySet[MatchGroup]) -> QuerySet[MatchGroup]:
        if self.status == "open":
            qs = qs.filter(new_count__gt=0)
        if self.supplier_id:
            qs = qs.filter(supplier_id=self.supplier_id)
        if self.monitored_image_id:
            qs = qs.filter(monitored_image_id=self.monitored_image_id)
        return qs


class DecisionIn(Schema):
    note: str = ""


class GroupDecisionIn(Schema):
    """`match_ids` selects listings of the group; omitted = every match to review."""

    match_ids: list[int] | None = None
    note: str = ""


class ConfirmRead(Schema):
    draft_id: int
    complaint_form_url: str
    matches: list[MatchRead]


class AuthorizationCreate(Schema):
    supplier_id: int
    owner_id: int | None = None
    note: str = ""


class AuthorizationRead(Schema):
    id: int
    owner_id: int
    supplier_id: int
    supplier_name: str = Field(validation_alias="supplier.name")
    note: str
    active: bool
    created_at: dt.datetime
    revoked_at: dt.datetime | None
