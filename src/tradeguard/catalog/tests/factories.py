"""Catalog test data, created through the services as suppliers would."""

from __future__ import annotations

import io
import itertools
from typing import Any

from tradeguard.accounts.enums import Role
from tradeguard.accounts.models import Organization, User
from tradeguard.accounts.tests.factories import supplier as supplier_user
from tradeguard.catalog.models import Listing, ListingImage
from tradeguard.catalog.services import listing_create, listing_image_add
from tradeguard.common.testing import png_bytes

_numbers = itertools.count(1)


def listing(
    *, actor: User | None = None, supplier: Organization | None = None, **kw: Any
) -> Listing:
    """An active listing. `actor` defaults to a member of `supplier` (or of a new supplier)."""
    if actor is None:
        actor = supplier_user(organization=supplier) if supplier else supplier_user()
    n = next(_numbers)
    kw.setdefault("marketplace_url", f"https://market.example.com/item/{n}")
    kw.setdefault("title", f"Stainless steel bottle {n}")
    kw.setdefault("attributes", {"Material": "304 stainless steel", "Capacity": "500 ml"})
    if actor.role != Role.SUPPLIER:
        kw.setdefault("supplier", supplier)
    return listing_create(actor=actor, **kw)


def listing_image(
    listing: Listing, actor: User, *, color: tuple[int, int, int] = (200, 30, 30)
) -> ListingImage:
    return listing_image_add(
        actor=actor, listing=listing, upload=io.BytesIO(png_bytes(color=color)), name="photo.png"
    )
