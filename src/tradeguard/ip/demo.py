"""Demo IP data: Lumen Design Ltd (`rights`) with approved records and complaints in
several states against the copycat (`supplier3`) and others, all through the services.

Objects for later seeds (`ctx.objects`): ip_record_trademark, ip_record_design,
ip_record_copyright (its reference images are the monitored images), ip_complaints.
"""

from __future__ import annotations

import datetime as dt
import io

from tradeguard.catalog.demo import MARKET
from tradeguard.catalog.demo_images import DRAWINGS, encode
from tradeguard.catalog.models import Listing
from tradeguard.catalog.services import listing_create, listing_image_add
from tradeguard.common import clock
from tradeguard.common.demo import DemoContext, demo_pdf
from tradeguard.ip.enums import ItemStatus, RecordStatus
from tradeguard.ip.models import Complaint, IpRecord
from tradeguard.ip.services import (
    complaint_file,
    complaint_withdraw,
    item_counter_notice,
    item_maintain,
    item_remove,
    record_approve,
    record_submit,
)


def _file(data: bytes, name: str) -> io.BytesIO:
    buf = io.BytesIO(data)
    buf.name = name
    return buf


def _record(ctx: DemoContext, key: str, *, approve: bool = True, **kw: object) -> IpRecord:
    rights = ctx.users["rights"]
    found = IpRecord.objects.filter(
        owner=rights.organization, kind=kw["kind"], title=kw["title"]
    ).first()
    if found is None:
        found = record_submit(actor=rights, **kw)  # type: ignore[arg-type]
        ctx.log(f"ip record: {found}")
    if approve and found.status == RecordStatus.PENDING:
        found = record_approve(
            actor=ctx.users["officer"], record=found, reason="Checked at the office's register."
        )
    ctx.objects[key] = found
    return found


def _extra_listing(ctx: DemoContext, user_key: str, slug: str, title: str, drawing: str) -> Listing:
    url = f"{MARKET}/{slug}"
    listing = Listing.objects.filter(marketplace_url=url).first()
    if listing is None:
        member = ctx.users[user_key]
        listing = listing_create(
            actor=member, marketplace_url=url, title=title, description="Best price, fast shipping."
        )
        listing_image_add(
            actor=member,
            listing=listing,
            upload=io.BytesIO(encode(DRAWINGS[drawing]())),
            name=f"{slug}.jpg",
        )
    return listing


def _complaint(
    ctx: DemoContext, record: IpRecord, reason: str, listings: list[str], explanation: str
) -> tuple[Complaint, bool]:
    rights = ctx.users["rights"]
    found = Complaint.objects.filter(
        rights_holder=rights.organization, record=record, reason=reason
    ).first()
    if found is not None:
        return found, False
    complaint = complaint_file(
        actor=rights,
        record=record,
        reason=reason,
        listings=listings,
        explanation=explanation,
        statement_good_faith=True,
        statement_accuracy=True,
        statement_authority=True,
        signature_name=rights.full_name,
    )
    ctx.log(f"ip complaint #{complaint.pk}: {reason}")
    return complaint, True


def _counter(ctx: DemoContext, user_key: str, complaint: Complaint, text: str) -> None:
    for item in complaint.items.filter(status=ItemStatus.NOTIFIED):
        item_counter_notice(
            actor=ctx.users[user_key],
            item=item,
            explanation=text,
            statement_perjury=True,
            consent_jurisdiction=True,
            signature_name=ctx.users[user_key].full_name,
        )


def seed(ctx: DemoContext) -> None:
    until = clock.now().date() + dt.timedelta(days=5 * 365)
    lamp = encode(DRAWINGS["desk_lamp"]())
    lamp_white = encode(DRAWINGS["desk_lamp_white"]())
    trademark = _record(
        ctx,
        "ip_record_trademark",
        kind="trademark",
        title="LUMEN",
        word_mark="LUMEN",
        registration_number="UK00003456789",
        jurisdiction="UKIPO",
        classes="9, 11",
        valid_until=until,
        certificate=_file(demo_pdf("UKIPO certificate UK00003456789 LUMEN"), "uk00003456789.pdf"),
    )
    design = _record(
        ctx,
        "ip_record_design",
        kind="design_patent",
        title="Arc desk lamp",
        registration_number="008765432-0001",
        jurisdiction="EUIPO (registered Community design)",
        valid_until=until,
        images=[_file(lamp, "arc-lamp-view-1.jpg"), _file(lamp_white, "arc-lamp-view-2.jpg")],
        certificate=_file(demo_pdf("EUIPO RCD 008765432-0001"), "rcd-008765432-0001.pdf"),
    )
    copyright_record = _record(
        ctx,
        "ip_record_copyright",
        kind="copyright",
        title="Arc lamp product photographs (2024 catalogue)",
        images=[
            _file(lamp, "arc-lamp-catalogue-1.jpg"),
            _file(lamp_white, "arc-lamp-catalogue-2.jpg"),
        ],
        claim_statement="Photographed by Lumen Design's in-house studio in London in March 2024 for "
        "the 2024 catalogue; Lumen Design Ltd owns all rights and has licensed them to no one but "
        "its manufacturer.",
        claim_signed_name=ctx.users["rights"].full_name,
    )
    _record(
        ctx,
        "ip_record_pending",
        approve=False,
        kind="utility_patent",
        title="Magnetic hinge for desk lamp arms",
        registration_number="GB2598765",
        jurisdiction="UKIPO",
        valid_until=until,
        images=[_file(lamp, "hinge-drawing.jpg")],
        certificate=_file(demo_pdf("GB2598765 patent"), "gb2598765.pdf"),
    )

    lamp_copy = ctx.objects.get("listing_lamp_copy") or Listing.objects.get(
        marketplace_url=f"{MARKET}/modern-arc-desk-lamp-led"
    )
    bottle = ctx.objects.get("listing_bottle") or Listing.objects.get(
        marketplace_url=f"{MARKET}/insulated-steel-bottle-500"
    )
    replica = _extra_listing(
        ctx,
        "supplier3",
        "lumen-style-arc-lamp-replica",
        "LUMEN arc lamp (replica)",
        "desk_lamp_copy",
    )
    ningbo_lamp = _extra_listing(
        ctx,
        "supplier2",
        "aluminium-arc-lamp",
        "Aluminium arc floor-and-desk lamp",
        "desk_lamp_white",
    )
    moulds = ctx.objects.get("listing_moulds") or Listing.objects.get(
        marketplace_url=f"{MARKET}/silicone-muffin-mould-6-cup"
    )

    complaints = []
    # 1. Waiting on the copycat: copied catalogue photo (plus two listings not processable).
    c1, _ = _complaint(
        ctx,
        copyright_record,
        "image_copy",
        [lamp_copy.marketplace_url, f"{MARKET}/no-such-listing", lamp_copy.marketplace_url],
        "The main photo is our 2024 catalogue photograph of the Arc lamp, cropped and recompressed.",
    )
    complaints.append(c1)
    # 2. Counterfeit removed by the copycat itself (statement of reasons, strike).
    c2, new = _complaint(
        ctx,
        trademark,
        "counterfeit",
        [replica.marketplace_url],
        "Sells lamps under our LUMEN mark that we never made.",
    )
    if new:
        item_remove(actor=ctx.users["supplier3"], item=c2.items.get())
    complaints.append(c2)
    # 3. Counter-noticed and maintained: an officer decides.
    c3, new = _complaint(
        ctx,
        trademark,
        "trademark_misuse",
        [bottle.marketplace_url],
        "The listing's title and photos use LUMEN as a brand for bottles.",
    )
    if new:
        _counter(
            ctx, "supplier3", c3, "LUMEN is not in our title or photos; we sell unbranded bottles."
        )
        item_maintain(
            actor=ctx.users["rights"], item=c3.items.get(), explanation="The box print shows LUMEN."
        )
    complaints.append(c3)
    # 4. Counter-noticed by another supplier: the rights holder's move.
    c4, new = _complaint(
        ctx,
        design,
        "design_patent",
        [ningbo_lamp.marketplace_url],
        "Same arc, base and shade proportions as our registered design.",
    )
    if new:
        _counter(
            ctx,
            "supplier2",
            c4,
            "Our floor lamp has a different base and a telescopic arm; design from 2018.",
        )
    complaints.append(c4)
    # 5. Withdrawn after the supplier explained.
    c5, new = _complaint(
        ctx,
        copyright_record,
        "text_copy",
        [moulds.marketplace_url],
        "Description copied from our catalogue.",
    )
    if new:
        complaint_withdraw(
            actor=ctx.users["rights"], complaint=c5, reason="Filed against the wrong listing."
        )
    complaints.append(c5)
    ctx.objects["ip_complaints"] = complaints
