"""Reads of the IP app that carry permission rules, queues, public statistics and the
notice export."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils.translation import gettext as _

from tradeguard.accounts.enums import OrgKind, Role, VerificationStatus
from tradeguard.accounts.models import Organization, User
from tradeguard.catalog.enums import ListingStatus
from tradeguard.catalog.models import Listing, ListingImage
from tradeguard.common import clock
from tradeguard.common.errors import not_found
from tradeguard.evidence.models import StoredFile
from tradeguard.ip import policy
from tradeguard.ip.enums import (
    AppealStatus,
    AuthorizationStatus,
    ComplaintReason,
    ItemStatus,
    Party,
    RecordKind,
    RecordStatus,
    RemovalKind,
    SorDecision,
)
from tradeguard.ip.models import (
    AgentAuthorization,
    Appeal,
    Complaint,
    ComplaintDraft,
    ComplaintItem,
    CounterNotice,
    IpRecord,
    IpRecordImage,
    ReporterStanding,
    StatementOfReasons,
)
from tradeguard.ip.stats import ip_stats  # noqa: F401  (the public statistics; views and API read them here)

REPORTER_ROLES = (Role.RIGHTS_HOLDER, Role.AGENT)


def _is_reporter(user: User) -> bool:
    return user.role in REPORTER_ROLES and user.organization_id is not None


def is_reporter(user: User) -> bool:
    """A rights holder or an agent with an organization: who files IP complaints."""
    return _is_reporter(user)


def principals_of(user: User) -> QuerySet[Organization]:
    """Organizations `user` may act for: its own, plus principals with a valid letter."""
    if not _is_reporter(user):
        return Organization.objects.none()
    today = clock.now().date()
    agent_of = AgentAuthorization.objects.filter(
        agent_id=user.organization_id,
        status=AuthorizationStatus.APPROVED,
        valid_until__gte=today,
    ).values("principal_id")
    if user.role != Role.AGENT:
        return Organization.objects.filter(pk=user.organization_id or 0)
    return Organization.objects.filter(Q(pk=user.organization_id) | Q(pk__in=agent_of))


# --- records -------------------------------------------------------------------------


def records_visible_to(user: User) -> QuerySet[IpRecord]:
    qs = IpRecord.objects.select_related("owner", "filed_by_org")
    if user.is_officer:
        return qs
    if not _is_reporter(user):
        return qs.none()
    return qs.filter(Q(owner__in=principals_of(user)) | Q(filed_by_org_id=user.organization_id))


def record_get(user: User, record_id: int) -> IpRecord:
    record = (
        records_visible_to(user)
        .select_related("certificate", "translation", "reviewed_by")
        .prefetch_related(Prefetch("images", queryset=IpRecordImage.objects.select_related("file")))
        .filter(pk=record_id)
        .first()
    )
    if record is None:
        raise not_found(_("IP record"))
    return record


def usable_records_for(user: User) -> QuerySet[IpRecord]:
    today = clock.now().date()
    return (
        records_visible_to(user)
        .filter(owner__in=principals_of(user), status=RecordStatus.APPROVED)
        .filter(Q(valid_until__isnull=True) | Q(valid_until__gte=today))
    )


def copyright_record_of_image(
    owner_id: int, file_id: int, preferred_id: int | None = None
) -> IpRecord | None:
    """The copyright record of `owner_id` that an image file belongs to and that can
    back a complaint today: `preferred_id` (the record the image was registered from)
    while it is approved and unexpired, else another such record holding the same
    image (the newest); None when no usable copyright record holds it (e.g. a watch-set
    photo), so that nobody guesses one of the owner's other records."""
    today = clock.now().date()
    candidates = list(
        IpRecord.objects.filter(
            owner_id=owner_id,
            kind=RecordKind.COPYRIGHT,
            status=RecordStatus.APPROVED,
            images__file_id=file_id,
        )
        .filter(Q(valid_until__isnull=True) | Q(valid_until__gte=today))
        .distinct()
        .order_by("-created_at", "-id")
    )
    preferred = [r for r in candidates if r.pk == preferred_id]
    found = preferred or candidates
    return found[0] if found else None


def copyright_reference_images() -> list[tuple[StoredFile, Organization, IpRecord]]:
    """The "monitored images": reference images of approved, unexpired copyright records,
    each with its owner and record."""
    today = clock.now().date()
    images = (
        IpRecordImage.objects.filter(
            record__kind=RecordKind.COPYRIGHT,
            record__status=RecordStatus.APPROVED,
        )
        .filter(Q(record__valid_until__isnull=True) | Q(record__valid_until__gte=today))
        .select_related("file", "record", "record__owner")
        .order_by("record_id", "position", "id")
    )
    return [(img.file, img.record.owner, img.record) for img in images]


# --- complaints and items ---------------------------------------------------------------


def complaints_visible_to(user: User) -> QuerySet[Complaint]:
    qs = Complaint.objects.select_related("record", "rights_holder", "filed_by_org", "filed_by")
    if user.is_officer:
        return qs
    if not _is_reporter(user):
        return qs.none()
    return qs.filter(
        Q(rights_holder_id=user.organization_id) | Q(filed_by_org_id=user.organization_id)
    )


def _items_qs() -> QuerySet[ComplaintItem]:
    return ComplaintItem.objects.select_related(
        "complaint",
        "complaint__record",
        "complaint__rights_holder",
        "listing",
        "supplier",
        "appeal",
    ).prefetch_related("statements")


def complaint_get(user: User, complaint_id: int) -> Complaint:
    complaint = (
        complaints_visible_to(user)
        .prefetch_related(
            Prefetch(
                "items",
                queryset=ComplaintItem.objects.select_related("listing", "supplier", "appeal")
                .prefetch_related("statements")
                .order_by("position"),
            )
        )
        .filter(pk=complaint_id)
        .first()
    )
    if complaint is None:
        raise not_found(_("complaint"))
    return complaint


def items_visible_to(user: User) -> QuerySet[ComplaintItem]:
    qs = _items_qs()
    if user.is_officer:
        return qs
    if user.role == Role.SUPPLIER and user.organization_id:
        return qs.filter(supplier_id=user.organization_id).exclude(status=ItemStatus.REJECTED)
    if _is_reporter(user):
        # Through the reporter's complaints (a semi-join the complaint_id index serves).
        return qs.filter(complaint__in=complaints_visible_to(user).values("pk"))
    return qs.none()


def count_items(complaints: list[Complaint]) -> None:
    """Set `items_total` and `items_open` on a page of complaints (one grouped query
    over their items only)."""
    counts: dict[int, Any] = {
        row["complaint_id"]: row
        for row in ComplaintItem.objects.filter(complaint__in=[c.pk for c in complaints])
        .order_by()
        .values("complaint_id")
        .annotate(
            total=Count("id"),
            open=Count("id", filter=Q(status__in=list(policy.OPEN_STATUSES))),
        )
    }
    for complaint in complaints:
        row = counts.get(complaint.pk, {})
        complaint.items_total = row.get("total", 0)  # type: ignore[attr-defined]
        complaint.items_open = row.get("open", 0)  # type: ignore[attr-defined]


def item_get(user: User, item_id: int) -> ComplaintItem:
    item = items_visible_to(user).filter(pk=item_id).first()
    if item is None:
        raise not_found(_("complaint item"))
    return item


def draft_get(user: User, draft_id: int) -> ComplaintDraft:
    draft = (
        ComplaintDraft.objects.filter(pk=draft_id, rights_holder__in=principals_of(user))
        .select_related("record")
        .first()
    )
    if draft is None:
        raise not_found(_("complaint draft"))
    return draft


def drafts_open_for(user: User) -> QuerySet[ComplaintDraft]:
    """Complaint drafts prepared for the user's principals (confirmed image matches)
    and not filed yet, newest first."""
    return (
        ComplaintDraft.objects.filter(rights_holder__in=principals_of(user), complaint__isnull=True)
        .select_related("record")
        .order_by("-created_at", "-id")
    )


@dataclass(frozen=True)
class Turn:
    """Whose move it is on an item, until when, and what happens then."""

    waiting_on: str  # "supplier" | "rights_holder" | "officer" | ""
    due_at: dt.datetime | None
    next_step: str
    # The same step said to the party whose move it is (the page addresses them).
    your_step: str = ""

    @property
    def waiting_label(self) -> str:
        """Whose move, as people read it ("Rights holder"), or "" when nobody's."""
        return str(Party(self.waiting_on).label) if self.waiting_on else ""


def item_turn(item: ComplaintItem) -> Turn:
    s = item.status
    if s == ItemStatus.NOTIFIED:
        return Turn(
            "supplier",
            item.respond_due_at,
            _(
                "The supplier removes the listing or counter-notifies; without an answer the "
                "listing is removed automatically at the deadline."
            ),
            _(
                "Remove the listing or file a counter-notice below; without an answer the "
                "listing is removed automatically at the deadline."
            ),
        )
    if s == ItemStatus.COUNTER_NOTICED:
        copyright_restore = (
            item.complaint.record.kind == RecordKind.COPYRIGHT and item.holds_removal
        )
        return Turn(
            "rights_holder",
            item.counter_due_at,
            _(
                "The rights holder records a court action or accepts; otherwise the listing "
                "is restored at the deadline."
            )
            if copyright_restore
            else _(
                "The rights holder accepts the counter-notice or maintains the complaint; "
                "without an answer the listing stays and is restored."
            )
            if item.holds_removal
            else _(
                "The rights holder accepts the counter-notice or maintains the complaint; "
                "without an answer the listing stays."
            ),
            _(
                "Record your court action or accept the counter-notice; otherwise the "
                "listing is restored at the deadline."
            )
            if copyright_restore
            else _(
                "Accept the counter-notice or maintain your complaint below; without an "
                "answer the listing stays and is restored."
            )
            if item.holds_removal
            else _(
                "Accept the counter-notice or maintain your complaint below; without an "
                "answer the listing stays."
            ),
        )
    if s == ItemStatus.UNDER_REVIEW:
        return Turn(
            "officer", None, _("A platform officer decides whether the listing is removed.")
        )
    if s == ItemStatus.APPEALED:
        return Turn("officer", None, _("A different officer reviews the supplier's appeal."))
    if s == ItemStatus.REMOVED:
        return Turn("", None, _("The listing is removed. The supplier may appeal within 6 months."))
    if s == ItemStatus.COURT_ACTION:
        return Turn("", None, _("The listing stays removed while the court action runs."))
    return Turn("", None, _("Closed."))


def item_appeal_due_at(item: ComplaintItem) -> dt.datetime | None:
    """Until when the supplier may appeal the removal (None when it cannot: not removed,
    already appealed). Reads the prefetched statements and appeal of `_items_qs`."""
    if item.status != ItemStatus.REMOVED or getattr(item, "appeal", None) is not None:
        return None
    removals = [s for s in item.statements.all() if s.decision == SorDecision.REMOVAL]
    return removals[-1].appeal_until if removals else None


def item_counter_notice_due_at(item: ComplaintItem) -> dt.datetime | None:
    """Until when the supplier may still counter-notify: the notice's deadline while
    notified; after a removal no officer decided, the late counter-notice window."""
    if item.status == ItemStatus.NOTIFIED:
        return item.respond_due_at
    if (
        item.status == ItemStatus.REMOVED
        and item.removal_kind != RemovalKind.DECISION
        and item.counter_noticed_at is None
        and item.notified_at is not None
    ):
        return policy.late_counter_due(
            item.notified_at, item.supplier.country if item.supplier else ""
        )
    return None


# --- listings already reported, the complaint form's listing picker, pictures ----------


def reported_items(
    principal_ids: Iterable[int], listing_ids: Iterable[int]
) -> dict[int, ComplaintItem]:
    """For each listing already reported by one of these rights holders (an item of its
    complaint still open or holding the listing removed), the latest such item, by
    listing id. A new complaint of the same rights holder cannot name these listings
    again, and image monitoring does not confirm matches on them."""
    ids = list(listing_ids)
    if not ids:
        return {}
    found: dict[int, ComplaintItem] = {}
    for item in (
        ComplaintItem.objects.filter(
            complaint__rights_holder_id__in=list(principal_ids),
            listing_id__in=ids,
            status__in=list(policy.REPORTED_STATUSES),
        )
        .select_related("complaint")
        .order_by("-created_at", "-id")
    ):
        assert item.listing_id is not None
        found.setdefault(item.listing_id, item)
    return found


@dataclass(frozen=True)
class ListingChoice:
    """A listing the complaint form's picker offers: its first image, and why it cannot
    be named (the rights holder's own listing, or already in an open complaint)."""

    listing: Listing
    image: ListingImage | None
    own: bool
    reported: ComplaintItem | None

    @property
    def blocked(self) -> str:
        if self.own:
            return _("This is your own listing.")
        if self.reported is not None:
            return _("Already named in your complaint #%(number)s.") % {
                "number": self.reported.complaint_id
            }
        return ""


PICKER_LIMIT = 24
_LISTING_NUMBER = re.compile(r"#?\s*(\d{1,12})")
# A name matching more suppliers than this is too broad to narrow by store anyway.
_SUPPLIERS_BY_NAME = 200


def _live_images() -> Prefetch[Any]:
    return Prefetch(
        "images",
        queryset=ListingImage.objects.filter(removed_at__isnull=True)
        .select_related("file")
        .order_by("position", "id"),
        to_attr="live_images",
    )


def listing_choices(
    user: User, *, query: str = "", ids: Sequence[int] = (), limit: int = PICKER_LIMIT
) -> list[ListingChoice]:
    """Active listings a rights holder (or agent) may name in a complaint, found by
    title, store name, listing number ("#42" or "42") or marketplace URL; or exactly
    `ids`, in that order (the listings already picked). A fixed number of queries
    whatever the data size (five for a text search)."""
    from tradeguard.catalog.selectors import listings_visible_to

    if not _is_reporter(user):
        return []
    base = listings_visible_to(user).filter(status=ListingStatus.ACTIVE)
    if ids:
        # Picked listings stay on the form whatever became of them; filing says why not.
        wanted = [int(i) for i in ids][: int(policy.setting("max_listings_per_complaint"))]
        by_id = {
            x.pk: x
            for x in listings_visible_to(user)
            .filter(pk__in=wanted)
            .prefetch_related(_live_images())
        }
        listings = [by_id[i] for i in dict.fromkeys(wanted) if i in by_id]
    else:
        text = (query or "").strip()[:200]
        if len(text) < 2 and not text.isdigit():
            return []
        number = _LISTING_NUMBER.fullmatch(text)
        # Suppliers by name first (a few ids, from the name's trigram index), then one
        # scan of listings that PostgreSQL answers with a BitmapOr of the title's trigram
        # index and the supplier index: ~27 ms for a rare term among 200k listings,
        # against ~200 ms for the same OR across a join (docs/benchmarks.md).
        suppliers = list(
            Organization.objects.filter(kind=OrgKind.SUPPLIER, name__icontains=text).values_list(
                "pk", flat=True
            )[:_SUPPLIERS_BY_NAME]
        )
        match = Q(title__icontains=text) | Q(supplier_id__in=suppliers)
        if number:
            match |= Q(pk=int(number.group(1)))
        if text.lower().startswith(("http://", "https://")):
            base_url = text.split("#", 1)[0]
            match = Q(
                marketplace_url__in={base_url, base_url.rstrip("/"), base_url.rstrip("/") + "/"}
            )
        listings = list(
            base.filter(match)
            .prefetch_related(_live_images())
            .order_by("-created_at", "-id")[:limit]
        )
        if number:
            listings.sort(key=lambda x: x.pk != int(number.group(1)))
    principals = set(principals_of(user).values_list("pk", flat=True))
    reported = reported_items(principals, [x.pk for x in listings])
    return [
        ListingChoice(
            listing=x,
            image=(x.live_images[0] if x.live_images else None),  # type: ignore[attr-defined]
            own=x.supplier_id in principals,
            reported=reported.get(x.pk),
        )
        for x in listings
    ]


@dataclass(frozen=True)
class ItemPictures:
    """What a notice page shows: the listing's images (those it had when it was named,
    even if the supplier removed them since) and the pictures of the right asserted
    (the registered mark or design drawings, the copyrighted photos)."""

    listing: list[ListingImage]
    right: list[IpRecordImage]


def _listing_images_at_notice(item: ComplaintItem) -> QuerySet[ListingImage]:
    return (
        ListingImage.objects.filter(listing_id=item.listing_id or 0)
        .filter(Q(removed_at__isnull=True) | Q(removed_at__gte=item.created_at))
        .select_related("file")
        .order_by("position", "id")
    )


def item_pictures(item: ComplaintItem) -> ItemPictures:
    listing = list(_listing_images_at_notice(item)) if item.listing_id else []
    right = list(
        IpRecordImage.objects.filter(record_id=item.complaint.record_id)
        .select_related("file")
        .order_by("position", "id")
    )
    return ItemPictures(listing=listing, right=right)


def item_picture_file(user: User, item_id: int, kind: str, image_id: int) -> StoredFile:
    """The stored image behind one picture of a notice page, for anyone who may see
    the notice; 404 for any other item, kind or image."""
    item = item_get(user, item_id)
    found: StoredFile | None = None
    if kind == "listing" and item.listing_id:
        image = _listing_images_at_notice(item).filter(pk=image_id).first()
        found = image.file if image else None
    elif kind == "right":
        record_image = (
            IpRecordImage.objects.filter(pk=image_id, record_id=item.complaint.record_id)
            .select_related("file")
            .first()
        )
        found = record_image.file if record_image else None
    if found is None or not found.is_image:
        raise not_found(_("picture"))
    return found


def record_picture_file(user: User, record_id: int, image_id: int) -> StoredFile:
    record = record_get(user, record_id)
    image = record.images.filter(pk=image_id).select_related("file").first()
    if image is None or not image.file.is_image:
        raise not_found(_("picture"))
    return image.file


def first_listing_images(items: Iterable[ComplaintItem]) -> dict[int, ListingImage]:
    """The first image of each item's listing (for thumbnails in lists), by item id;
    one query."""
    rows = [i for i in items if i.listing_id]
    if not rows:
        return {}
    first: dict[int, ListingImage] = {}
    for image in ListingImage.objects.filter(
        listing_id__in={i.listing_id for i in rows}, removed_at__isnull=True
    ).order_by("listing_id", "position", "id"):
        first.setdefault(image.listing_id, image)
    return {i.pk: first[i.listing_id] for i in rows if i.listing_id in first}


def late_counter_until(item: ComplaintItem) -> dt.datetime | None:
    """Until when the supplier may still counter-notify after its listing was removed
    without an officer's decision (working days of its country from the notice)."""
    if item.notified_at is None:
        return None
    return policy.late_counter_due(item.notified_at, item.supplier.country if item.supplier else "")


def latest_removal(item: ComplaintItem) -> StatementOfReasons | None:
    return (
        item.statements.filter(decision=SorDecision.REMOVAL).order_by("-created_at", "-id").first()
    )


# --- queues ------------------------------------------------------------------------------


def _good_faith(field: str) -> Exists:
    return Exists(ReporterStanding.objects.filter(organization_id=OuterRef(field), good_faith=True))


def record_review_queue() -> QuerySet[IpRecord]:
    """Pending records; good-faith reporters first, then the earliest due."""
    return (
        IpRecord.objects.filter(status=RecordStatus.PENDING)
        .select_related("owner", "filed_by_org")
        .annotate(priority=_good_faith("owner_id"))
        .order_by("-priority", "review_due_at", "id")
    )


def review_queue() -> QuerySet[ComplaintItem]:
    """Maintained complaints waiting for an officer; good-faith reporters first (the
    items' `priority`, kept in step with the standing), then the longest waiting.
    Served by the partial index `ip_item_review_queue_idx`."""
    return (
        _items_qs()
        .filter(status=ItemStatus.UNDER_REVIEW)
        .order_by("-priority", "under_review_at", "id")
    )


def appeal_queue() -> QuerySet[ComplaintItem]:
    """Open appeals, the oldest first (index `ip_item_appeal_queue_idx`)."""
    return (
        _items_qs()
        .filter(status=ItemStatus.APPEALED, appeal__status=AppealStatus.OPEN)
        .select_related("appeal")
        .order_by("appealed_at", "id")
    )


def authorization_queue() -> QuerySet[AgentAuthorization]:
    return (
        AgentAuthorization.objects.filter(status=AuthorizationStatus.PENDING)
        .select_related("agent", "principal", "letter")
        .order_by("created_at", "id")
    )


def rights_holder_verification_queue() -> QuerySet[Organization]:
    return (
        Organization.objects.filter(
            kind=OrgKind.RIGHTS_HOLDER, verification_status=VerificationStatus.PENDING
        )
        .prefetch_related("documents__file")
        .order_by("verification_requested_at", "id")
    )


def appeal_for(item: ComplaintItem) -> Appeal | None:
    return Appeal.objects.filter(item=item).first()


def notice_export(complaint: Complaint) -> dict[str, Any]:
    """A Lumen-style record of one notice: parties by role, works, infringing URLs and
    the action taken on each. Personal contact details are left out."""
    record = complaint.record
    items = list(complaint.items.select_related("listing", "supplier").order_by("position"))
    action = {
        ItemStatus.REMOVED: "removed",
        ItemStatus.COURT_ACTION: "removed",
        ItemStatus.APPEALED: "removed",
        ItemStatus.RESTORED: "restored",
        ItemStatus.DISMISSED: "no action",
        ItemStatus.WITHDRAWN: "no action (withdrawn)",
        ItemStatus.REJECTED: "not processed",
        ItemStatus.NOTIFIED: "pending",
        ItemStatus.COUNTER_NOTICED: "pending",
        ItemStatus.UNDER_REVIEW: "pending",
    }
    parties = [
        {
            "role": "principal",
            "name": complaint.rights_holder.name,
            "country": complaint.rights_holder.country,
        },
    ]
    if complaint.filed_by_org_id != complaint.rights_holder_id:
        parties.append(
            {
                "role": "sender",
                "name": complaint.filed_by_org.name,
                "country": complaint.filed_by_org.country,
            }
        )
    from django.conf import settings

    parties.append(
        {"role": "recipient", "name": settings.TRADEGUARD_MARKETPLACE_NAME, "country": ""}
    )
    return {
        "id": complaint.pk,
        "type": "Counterfeit"
        if complaint.reason == ComplaintReason.COUNTERFEIT
        else (
            "Copyright"
            if record.kind == RecordKind.COPYRIGHT
            else ("Trademark" if record.kind == RecordKind.TRADEMARK else "Patent")
        ),
        "reason": complaint.reason,
        "date_sent": complaint.signed_at,
        "date_received": complaint.created_at,
        "status": complaint.status,
        "parties": parties,
        "works": [
            {
                "kind": record.kind,
                "description": record.title,
                "registration_number": record.registration_number,
                "jurisdiction": record.jurisdiction,
                "classes": record.classes,
                "valid_until": record.valid_until,
                "infringing_urls": [
                    {
                        "url": item.listing.marketplace_url if item.listing else item.reference,
                        "supplier": item.supplier.name if item.supplier else None,
                        "status": item.status,
                        "action_taken": action[ItemStatus(item.status)],
                        "rejection_reason": item.rejection_reason or None,
                    }
                    for item in items
                ],
            }
        ],
        "body": complaint.explanation,
        "statements": {
            "good_faith": complaint.statement_good_faith,
            "accuracy_under_penalty_of_perjury": complaint.statement_accuracy,
            "authority_to_act": complaint.statement_authority,
        },
        "signature": {"name": complaint.signature_name, "signed_at": complaint.signed_at},
        "action_taken": _overall_action([action[ItemStatus(i.status)] for i in items]),
    }


def _overall_action(actions: list[str]) -> str:
    if not actions:
        return "none"
    if all(a == actions[0] for a in actions):
        return actions[0]
    return "partial"


# --- stored files (evidence.selectors asks these who may see a document) ----------------


def record_images_visible_to(user: User) -> QuerySet[IpRecordImage]:
    """Pictures of a right: whoever may see the record, and the suppliers notified of a
    complaint that asserts it (the notice shows what the listing is said to copy)."""
    asserted = Complaint.objects.filter(items__in=items_visible_to(user)).values("record_id")
    return IpRecordImage.objects.filter(
        Q(record__in=records_visible_to(user).values("pk")) | Q(record__in=asserted)
    )


def authorizations_visible_to(user: User) -> QuerySet[AgentAuthorization]:
    """Letters of authorization: the agent, the principal and officers."""
    qs = AgentAuthorization.objects.all()
    if user.is_officer:
        return qs
    if not _is_reporter(user):
        return qs.none()
    return qs.filter(Q(agent_id=user.organization_id) | Q(principal_id=user.organization_id))


def counter_notices_visible_to(user: User) -> QuerySet[CounterNotice]:
    return CounterNotice.objects.filter(item__in=items_visible_to(user).values("pk"))


def appeals_visible_to(user: User) -> QuerySet[Appeal]:
    return Appeal.objects.filter(item__in=items_visible_to(user).values("pk"))


def file_references() -> list[Any]:
    """The IP documents that refer to stored files, and who may see each."""
    from django.utils.translation import gettext_lazy as _

    from tradeguard.evidence.selectors import FileReference

    return [
        FileReference(
            "ip.certificate", _("Registration certificate"), records_visible_to, "certificate"
        ),
        FileReference(
            "ip.translation", _("Certificate translation"), records_visible_to, "translation"
        ),
        FileReference("ip.record_image", _("Picture of the right"), record_images_visible_to),
        FileReference(
            "ip.letter", _("Letter of authorization"), authorizations_visible_to, "letter"
        ),
        FileReference(
            "ip.counter_notice",
            _("Counter-notice document"),
            counter_notices_visible_to,
            "documents",
        ),
        FileReference("ip.appeal", _("Appeal document"), appeals_visible_to, "documents"),
    ]
