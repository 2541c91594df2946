"""Demo listings for each supplier, with drawn product images, through the services.

Objects for later seeds (`ctx.objects`): listing_lamp, listing_speaker,
listing_glass_plates, listing_moulds, listing_bottle, listing_lamp_copy (supplier3's
listing whose main photo is a crop of supplier's lamp photo), listing_power_bank.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from tradeguard.catalog.demo_images import DRAWINGS, encode
from tradeguard.catalog.enums import ListingStatus
from tradeguard.catalog.models import Listing
from tradeguard.catalog.services import listing_create, listing_image_add, listing_set_status
from tradeguard.common.demo import DemoContext

MARKET = "https://market.tradeguard.test/product"


@dataclass(frozen=True)
class DemoListing:
    key: str
    supplier: str  # ctx.users key of a member of the supplier
    slug: str
    title: str
    description: str
    attributes: dict[str, str]
    images: tuple[str, ...]
    disclosed_defects: str = ""
    hidden_because: str = ""


DEMO_LISTINGS = [
    DemoListing(
        key="listing_lamp",
        supplier="supplier",
        slug="lumen-arc-led-desk-lamp",
        title="Arc LED desk lamp with wireless charging base, 10 W",
        description="Adjustable aluminium arm, three colour temperatures, Qi charger in the base.",
        attributes={
            "Material": "Aluminium alloy arm, ABS base",
            "Power": "10 W LED, 5 W Qi charger",
            "Colour temperature": "3000 K / 4500 K / 6000 K",
            "Certification": "CE, RoHS",
        },
        images=("desk_lamp", "desk_lamp_white"),
    ),
    DemoListing(
        key="listing_speaker",
        supplier="supplier",
        slug="boombox-mini-bluetooth-speaker",
        title="Portable Bluetooth 5.3 speaker, 10 W, IPX5",
        description="Carry strap, 12 h battery, custom logo printing from 200 pcs.",
        attributes={
            "Output": "10 W RMS",
            "Battery": "2400 mAh, 12 h playback",
            "Water resistance": "IPX5",
            "Bluetooth": "5.3",
        },
        images=("speaker", "speaker_blue"),
    ),
    DemoListing(
        key="listing_power_bank",
        supplier="supplier",
        slug="slim-power-bank-10000",
        title="Slim USB-C power bank 10000 mAh, 20 W PD",
        description="Aluminium shell, two outputs. Back in stock next quarter.",
        attributes={"Capacity": "10000 mAh (37 Wh)", "Output": "USB-C PD 20 W, USB-A 18 W"},
        images=("power_bank",),
        hidden_because="Out of stock until the next production run.",
    ),
    DemoListing(
        key="listing_glass_plates",
        supplier="supplier2",
        slug="tempered-glass-dinner-plate-27cm",
        title="Tempered glass dinner plate, 27 cm, microwave safe",
        description="Clear or amber tempered soda-lime glass; packed 6 per carton with foam dividers.",
        attributes={
            "Material": "Tempered soda-lime glass",
            "Diameter": "27 cm",
            "Thickness": "5 mm",
            "Packing": "6 pcs per carton, foam dividers",
            "Thermal shock": "Withstands 120 °C difference",
        },
        disclosed_defects="Tiny air bubbles under 1 mm are normal for tempered glass.",
        images=("glass_plate", "glass_plate_amber"),
    ),
    DemoListing(
        key="listing_moulds",
        supplier="supplier2",
        slug="silicone-muffin-mould-6-cup",
        title="Food-grade silicone muffin mould, 6 cups",
        description="Non-stick, oven safe to 230 °C, dishwasher safe.",
        attributes={
            "Material": "100% food-grade platinum silicone (LFGB)",
            "Temperature range": "-40 °C to 230 °C",
            "Cups": "6, each 7 cm",
        },
        images=("cake_mould", "cake_mould_blue"),
    ),
    DemoListing(
        key="listing_bottle",
        supplier="supplier3",
        slug="insulated-steel-bottle-500",
        title="Double-wall insulated water bottle, 500 ml",
        description="Keeps drinks cold 24 h, hot 12 h. Powder-coated.",
        attributes={"Material": "304 stainless steel", "Capacity": "500 ml"},
        images=("water_bottle", "water_bottle_black"),
    ),
    DemoListing(
        key="listing_lamp_copy",
        supplier="supplier3",
        slug="modern-arc-desk-lamp-led",
        title="Modern arc desk lamp LED with phone charger",
        description="Stylish desk lamp, wireless charging, best price.",
        attributes={"Material": "Metal arm", "Power": "10 W"},
        images=("desk_lamp_copy",),
    ),
]


def seed(ctx: DemoContext) -> None:
    for spec in DEMO_LISTINGS:
        member = ctx.users[spec.supplier]
        url = f"{MARKET}/{spec.slug}"
        listing = Listing.objects.filter(marketplace_url=url).first()
        if listing is None:
            listing = listing_create(
                actor=member,
                marketplace_url=url,
                title=spec.title,
                description=spec.description,
                attributes=spec.attributes,
                disclosed_defects=spec.disclosed_defects,
            )
            ctx.log(f"listing: {spec.title}")
        if not listing.images.exists():
            for number, drawing in enumerate(spec.images, start=1):
                listing_image_add(
                    actor=member,
                    listing=listing,
                    upload=io.BytesIO(encode(DRAWINGS[drawing]())),
                    name=f"{spec.slug}-{number}.jpg",
                )
        if spec.hidden_because and listing.status == ListingStatus.ACTIVE:
            listing = listing_set_status(
                actor=member,
                listing=listing,
                status=ListingStatus.HIDDEN,
                reason=spec.hidden_because,
            )
        ctx.objects[spec.key] = listing
