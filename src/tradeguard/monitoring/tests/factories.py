"""Monitoring test data: product photos drawn with Pillow, copies of them, and the
objects made through the services as users would."""

from __future__ import annotations

import io
from typing import Any

from PIL import Image

from tradeguard.accounts.models import Organization, User
from tradeguard.accounts.tests.factories import rights_holder
from tradeguard.accounts.tests.factories import supplier as supplier_user
from tradeguard.catalog.demo_images import encode as _encode
from tradeguard.catalog.models import Listing, ListingImage
from tradeguard.catalog.services import listing_create, listing_image_add
from tradeguard.monitoring import services
from tradeguard.monitoring.demo_images import PHOTO_QUALITY, studio_photo
from tradeguard.monitoring.demo_images import watermarked_copy as _watermarked
from tradeguard.monitoring.models import MonitoredImage

_counter = iter(range(1, 10**6))


def product_photo(seed: int, size: int = 480) -> Image.Image:
    """An object on white with texture, print and a shadow, like a marketplace shot."""
    return studio_photo(seed, size)


def watermarked_copy(image: Image.Image, text: str, *, keep: float = 0.82) -> Image.Image:
    """The way a copier reuses a photo: an off-centre crop, smaller, its company name
    stamped across it in translucent diagonal rows."""
    return _watermarked(image, text, keep=keep)


def encode(image: Image.Image, quality: int = PHOTO_QUALITY) -> bytes:
    return _encode(image, quality=quality)


def upload(data: bytes, name: str = "photo.jpg") -> io.BytesIO:
    buffer = io.BytesIO(data)
    buffer.name = name
    return buffer


def monitored(
    actor: User | None = None, *, seed: int = 1, label: str = "", **kw: Any
) -> MonitoredImage:
    """Register `product_photo(seed)` for the actor's organization (run the on-commit
    scan with django_capture_on_commit_callbacks(execute=True) where it matters)."""
    actor = actor or rights_holder()
    return services.monitored_register(
        actor=actor,
        upload=upload(encode(product_photo(seed)), f"product-{seed}.jpg"),
        name=f"product-{seed}.jpg",
        label=label or f"Product photo {seed}",
        **kw,
    )


def supplier_listing(member: User | None = None, **kw: Any) -> Listing:
    member = member or supplier_user()
    n = next(_counter)
    kw.setdefault("marketplace_url", f"https://market.example.com/monitoring/{n}")
    kw.setdefault("title", f"Gadget {n}")
    return listing_create(actor=member, **kw)


def listing_with_image(
    image: Image.Image, member: User | None = None, **kw: Any
) -> tuple[Listing, ListingImage]:
    """A supplier listing whose photo is `image` (hooks run on commit)."""
    member = member or supplier_user()
    listing = supplier_listing(member, **kw)
    added = listing_image_add(
        actor=member, listing=listing, upload=upload(encode(image)), name="listing.jpg"
    )
    return listing, added


def supplier_org(member: User) -> Organization:
    assert member.organization is not None
    return member.organization
