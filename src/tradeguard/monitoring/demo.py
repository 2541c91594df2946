"""Demo image monitoring: Lumen Design (`rights`) monitors its copyright-record photos
and a watch set of website shots; the copycat (`supplier3`) reuses them cropped,
resized and stamped with its name. Matching runs synchronously here, so the queue shows
groups at once; the manufacturer (`supplier`) is an authorized supplier and one copy is
already confirmed (a complaint draft with the copyright record the photo belongs to).

Objects for later seeds (`ctx.objects`): monitoring_images, monitoring_groups.
"""

from __future__ import annotations

import io

from PIL import Image

from tradeguard.catalog.demo import MARKET
from tradeguard.catalog.demo_images import DRAWINGS, encode
from tradeguard.catalog.enums import ImageHashStatus
from tradeguard.catalog.models import Listing, ListingImage
from tradeguard.catalog.services import listing_create, listing_image_add
from tradeguard.common.demo import DemoContext
from tradeguard.monitoring import matching, services
from tradeguard.monitoring.demo_images import (
    PHOTO_QUALITY,
    brand_mark,
    caption_bar,
    studio_photo,
    watermarked_copy,
)
from tradeguard.monitoring.enums import MatchStatus, ScanStatus
from tradeguard.monitoring.models import (
    Match,
    MatchGroup,
    MonitoredImage,
    ScanJob,
    SupplierAuthorization,
    WatchSet,
)

WATCH_SET = "Website product shots 2025"
WEBSITE_SHOTS = [
    (9001, "Halo floor lamp — website hero shot"),
    (9002, "Orbit table lamp — website hero shot"),
]
BRAND_MARK = "Lumen brand mark"


def _file(data: bytes, name: str) -> io.BytesIO:
    buffer = io.BytesIO(data)
    buffer.name = name
    return buffer


def _copycat_listings(ctx: DemoContext) -> list[Listing]:
    member = ctx.users["supplier3"]
    stamp = member.organization.name.upper()
    lamp = watermarked_copy(DRAWINGS["desk_lamp"](), stamp, keep=0.8, scale=0.6)
    copies: list[tuple[str, str, Image.Image]] = [
        ("arc-desk-lamp-touch-dimmer", "Arc desk lamp with touch dimmer and USB charging", lamp),
        ("arc-desk-lamp-wholesale-50", "Arc desk lamp, wholesale lot of 50 pcs", lamp),
        (
            "white-arc-lamp-office",
            "White arc lamp for home office, eye care LED",
            watermarked_copy(DRAWINGS["desk_lamp_white"](), stamp, keep=0.85, scale=0.7),
        ),
        (
            "halo-style-floor-lamp",
            "Halo style floor lamp, 3 colour temperatures",
            watermarked_copy(studio_photo(9001, size=640), stamp),
        ),
        (
            "orbit-table-lamp-cheap",
            "Orbit table lamp, factory price",
            caption_bar(studio_photo(9002, size=640).resize((480, 480)), stamp),
        ),
        # The brand mark on a sticker sheet: found on its hash, ready for a complaint.
        (
            "lamp-logo-sticker-sheet",
            "Lamp logo stickers, 100 sheets",
            caption_bar(brand_mark().resize((400, 400)), stamp),
        ),
        # The mark turned, with a square stamped beside it: found, but the solid shape
        # it adds where the mark has background leaves it to look at closely (an icon's
        # sibling adds such shapes).
        (
            "lamp-logo-led-sign",
            "LED lamp sign for shops, custom logo",
            brand_mark(badge=10).rotate(5, fillcolor="white"),
        ),
    ]
    listings = []
    for slug, title, image in copies:
        url = f"{MARKET}/{slug}"
        listing = Listing.objects.filter(marketplace_url=url).first()
        if listing is None:
            listing = listing_create(
                actor=member,
                marketplace_url=url,
                title=title,
                description="Top quality, best price, fast shipping.",
            )
            listing_image_add(
                actor=member,
                listing=listing,
                upload=_file(encode(image, quality=PHOTO_QUALITY), f"{slug}.jpg"),
                name=f"{slug}.jpg",
            )
            ctx.log(f"listing with a copied photo: {title}")
        listings.append(listing)
    return listings


def _watch_set(ctx: DemoContext) -> list[MonitoredImage]:
    rights = ctx.users["rights"]
    images = []
    for seed, label in WEBSITE_SHOTS:
        found = MonitoredImage.objects.filter(owner=rights.organization, label=label).first()
        if found is None:
            found = services.monitored_register(
                actor=rights,
                upload=_file(
                    encode(studio_photo(seed, size=640), quality=PHOTO_QUALITY),
                    f"website-{seed}.jpg",
                ),
                name=f"website-{seed}.jpg",
                label=label,
                watch_set=WatchSet.objects.filter(
                    owner=rights.organization, name=WATCH_SET
                ).first(),
                watch_set_name=WATCH_SET,
            )
            ctx.log(f"monitored image: {label}")
        images.append(found)
    mark = MonitoredImage.objects.filter(owner=rights.organization, label=BRAND_MARK).first()
    if mark is None:
        mark = services.monitored_register(
            actor=rights,
            upload=_file(encode(brand_mark(), "PNG"), "brand-mark.png"),
            name="brand-mark.png",
            label=BRAND_MARK,
            watch_set=WatchSet.objects.filter(owner=rights.organization, name=WATCH_SET).first(),
            watch_set_name=WATCH_SET,
        )
        ctx.log(f"monitored image: {BRAND_MARK}")
    images.append(mark)
    return images


def _run_matching(ctx: DemoContext) -> None:
    """What the background workers do, done now so the demo shows matches at once."""
    rights = ctx.users["rights"]
    for scan in ScanJob.objects.filter(
        owner=rights.organization, status__in=[ScanStatus.QUEUED, ScanStatus.RUNNING]
    ).order_by("id"):
        matching.scan_run(scan.pk, seconds=3600)
    for image_id in ListingImage.objects.filter(hash_status=ImageHashStatus.PENDING).values_list(
        "pk", flat=True
    ):
        matching.listing_image_hash(image_id)


def seed(ctx: DemoContext) -> None:
    rights = ctx.users["rights"]
    owner = rights.organization
    copies = _copycat_listings(ctx)
    services.monitored_sync_ip_records(actor=rights)
    _watch_set(ctx)
    _run_matching(ctx)

    manufacturer = ctx.users["supplier"].organization
    if not SupplierAuthorization.objects.filter(
        owner=owner, supplier=manufacturer, revoked_at__isnull=True
    ).exists():
        services.supplier_authorize(
            actor=rights,
            supplier=manufacturer,
            note="Our manufacturer: licensed to use the catalogue photos.",
        )
        ctx.log(f"authorized supplier: {manufacturer.name}")

    # The wholesale lot reuses the catalogue photo of the copyright record: confirmed, so
    # the complaint draft opens with that record. (The other copy of that photo, the
    # "modern arc desk lamp", is already named in complaint #1: its match stays to
    # review and the group page says why it cannot be confirmed again.)
    wholesale = copies[1]
    if not Match.objects.filter(
        owner=owner, listing=wholesale, status=MatchStatus.CONFIRMED
    ).exists():
        to_confirm = list(
            Match.objects.filter(owner=owner, listing=wholesale, status=MatchStatus.NEW)
        )
        if to_confirm:
            services.matches_confirm(
                actor=rights, matches=to_confirm, note="Same photo as our 2024 catalogue."
            )
            ctx.log("confirmed a copied photo: complaint draft prepared")

    ctx.objects["monitoring_images"] = list(MonitoredImage.objects.filter(owner=owner))
    ctx.objects["monitoring_groups"] = list(MatchGroup.objects.filter(owner=owner))
    ctx.objects["monitoring_copies"] = copies
