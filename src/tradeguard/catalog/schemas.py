"""API shapes for listings and their images."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from ninja import FilterLookup, FilterSchema, Schema
from pydantic import Field

from tradeguard.accounts.schemas import OrganizationBrief
from tradeguard.catalog.enums import ImageHashStatus, ListingStatus
from tradeguard.catalog.models import Listing, ListingImage

ListingStatusLiteral = ListingStatus


class ListingCreate(Schema):
    marketplace_url: str = Field(max_length=500)
    title: str = Field(max_length=300)
    supplier_id: int | None = Field(
        default=None, description="Officers name the supplier; suppliers publish for their own."
    )
    description: str = Field(default="", max_length=20_000)
    attributes: dict[str, str] = Field(
        default_factory=dict, examples=[{"Material": "304 stainless steel"}]
    )
    disclosed_defects: str = Field(default="", max_length=5_000)


class ListingUpdate(Schema):
    marketplace_url: str | None = Field(default=None, max_length=500)
    title: str | None = Field(default=None, max_length=300)
    description: str | None = Field(default=None, max_length=20_000)
    attributes: dict[str, str] | None = None
    disclosed_defects: str | None = Field(default=None, max_length=5_000)


class ListingStatusChange(Schema):
    status: ListingStatusLiteral
    reason: str = Field(default="", max_length=5_000)


class ListingListParams(FilterSchema):
    supplier: Annotated[int | None, FilterLookup("supplier_id")] = None
    status: ListingStatusLiteral | None = None
    q: Annotated[str | None, FilterLookup(["title__icontains", "marketplace_url__icontains"])] = (
        None
    )


class ListingImageRead(Schema):
    id: int
    position: int
    sha256: str = Field(validation_alias="file.sha256")
    width: int | None = Field(validation_alias="file.width")
    height: int | None = Field(validation_alias="file.height")
    mime_type: str = Field(validation_alias="file.mime_type")
    size: int = Field(validation_alias="file.size")
    hash_status: ImageHashStatus
    url: str

    @staticmethod
    def resolve_url(obj: ListingImage) -> str:
        return f"/api/v1/listings/{obj.listing_id}/images/{obj.pk}"


class ListingRead(Schema):
    id: int
    supplier: OrganizationBrief
    marketplace_url: str
    title: str
    status: ListingStatus
    status_reason: str
    status_changed_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime


class ListingDetailRead(ListingRead):
    description: str
    attributes: dict[str, str]
    disclosed_defects: str
    images: list[ListingImageRead]

    @staticmethod
    def resolve_images(obj: Listing) -> list[ListingImage]:
        return list(obj.images.all())
