"""Filing complaints (one by one, in bulk or from CSV), drafts and withdrawal."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext_lazy

from tradeguard.accounts.models import Organization, User
from tradeguard.catalog.enums import ListingStatus
from tradeguard.catalog.models import Listing
from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError, CommonErrorCode, not_found
from tradeguard.common.events import event_record
from tradeguard.common.formatting import format_country
from tradeguard.common.i18n.legal import signature_for
from tradeguard.common.i18n.text import Text, join_list, written_in
from tradeguard.common.workdays import add_working_days
from tradeguard.ip import legal, policy
from tradeguard.ip.enums import (
    ComplaintReason,
    ComplaintStatus,
    IpErrorCode,
    ItemStatus,
    RecordStatus,
    RejectionReason,
)
from tradeguard.ip.models import Complaint, ComplaintDraft, ComplaintItem, IpRecord
from tradeguard.ip.selectors import reported_items
from tradeguard.ip.services._common import acting_principal, notify_org, webhook
from tradeguard.ip.services.decisions import schedule_respond_deadline
from tradeguard.ip.services.items import _require_reporter, complaint_link, item_link
from tradeguard.ip.services.moves import _withdraw_locked
from tradeguard.ip.services.reminders import schedule_respond_reminders
from tradeguard.ip.services.reporters import reporter_daily_check_ensure, reporter_standing
from tradeguard.notifications.text import link

CSV_COLUMNS = ("listing", "note")
CSV_MAX_BYTES = 512 * 1024


@dataclass(frozen=True)
class ListingRef:
    """One listing as the rights holder names it: a marketplace URL or a listing id."""

    reference: str
    note: str = ""


def _refs(listings: Iterable[ListingRef | str | tuple[str, str]]) -> list[ListingRef]:
    out: list[ListingRef] = []
    for entry in listings:
        if isinstance(entry, ListingRef):
            out.append(ListingRef(entry.reference.strip(), entry.note.strip()))
        elif isinstance(entry, tuple):
            out.append(ListingRef(str(entry[0]).strip(), str(entry[1] or "").strip()))
        else:
            out.append(ListingRef(str(entry).strip()))
    return [r for r in out if r.reference]


def _url_variants(ref: str) -> list[str]:
    base = ref.split("#", 1)[0].strip()
    variants = {base, base.rstrip("/"), base.rstrip("/") + "/"}
    return [v for v in variants if v]


def _same_company(a: Organization, b: Organization) -> bool:
    if a.pk == b.pk:
        return True
    number_a = (a.registration_number or "").strip().upper()
    return (
        bool(number_a)
        and a.country == b.country
        and number_a == (b.registration_number or "").strip().upper()
    )


def record_usable(record: IpRecord) -> str | None:
    """Why `record` cannot back a complaint today, or None if it can."""
    if record.status == RecordStatus.REJECTED:
        return _("This IP record was rejected: %(reason)s") % {"reason": record.rejection_reason}
    if record.status != RecordStatus.APPROVED:
        return _("This IP record is still waiting for an officer's review.")
    if record.valid_until is not None and record.valid_until < clock.now().date():
        return _("This IP record expired on %(date)s.") % {"date": record.valid_until.isoformat()}
    return None


def complaint_file(
    *,
    actor: User,
    record: IpRecord,
    reason: str,
    listings: Sequence[ListingRef | str | tuple[str, str]],
    explanation: str,
    statement_good_faith: bool,
    statement_accuracy: bool,
    statement_authority: bool,
    signature_name: str,
    draft: ComplaintDraft | None = None,
    statement_language: str | None = None,
    statements_sha256: str | None = None,
) -> Complaint:
    """File a notice against up to 300 listings. Items that cannot be processed are kept
    as `rejected` with a reason; the others are notified, each on its own clock.

    The statements are signed as shown in `statement_language` (default: the filer's
    language); `statements_sha256`, when given, must match the current statements."""
    signed = signature_for(
        legal.COMPLAINT,
        actor=actor,
        language=statement_language,
        shown_sha256=statements_sha256,
    )
    principal = acting_principal(actor, record.owner)
    standing = reporter_standing(principal)
    now = clock.now()
    if standing.suspended_until and standing.suspended_until > now:
        raise ApplicationError(
            IpErrorCode.REPORTER_SUSPENDED,
            _("Filing is suspended until %(suspended_until)s UTC: %(suspension_reason)s")
            % {
                "suspended_until": format(standing.suspended_until, "%Y-%m-%d %H:%M"),
                "suspension_reason": standing.suspension_reason,
            },
            status=403,
        )
    problem = record_usable(record)
    if problem:
        raise ApplicationError(
            IpErrorCode.RECORD_NOT_USABLE,
            problem,
            fields={"record": _("Choose an approved, unexpired IP record.")},
        )
    if reason not in ComplaintReason.values or not policy.reason_fits(record.kind, reason):
        fitting = join_list(ComplaintReason(r).label for r in policy.reasons_for(record.kind))
        asked = ComplaintReason(reason).label if reason in ComplaintReason.values else reason
        raise ApplicationError(
            IpErrorCode.REASON_MISMATCH,
            _("A %(kind)s record cannot back a complaint of “%(reason)s”.")
            % {"kind": record.get_kind_display().lower(), "reason": asked},
            fields={"reason": _("For this record choose: %(reasons)s.") % {"reasons": fitting}},
        )
    errors: dict[str, str] = {}
    if not (explanation or "").strip():
        errors["explanation"] = _(
            "Explain how each listing infringes the right (what was copied, where)."
        )
    missing = [
        name
        for name, given in (
            ("statement_good_faith", statement_good_faith),
            ("statement_accuracy", statement_accuracy),
            ("statement_authority", statement_authority),
        )
        if not given
    ]
    for name in missing:
        errors[name] = {
            "statement_good_faith": _(
                "State your good-faith belief that the use is not authorized."
            ),
            "statement_accuracy": _(
                "State, under penalty of perjury, that the notice is accurate."
            ),
            "statement_authority": _(
                "State that you are the rights holder or authorized to act for it."
            ),
        }[name]
    if not (signature_name or "").strip():
        errors["signature_name"] = _("Sign with your full name.")
    if errors:
        code = (
            IpErrorCode.STATEMENTS_MISSING
            if missing
            else IpErrorCode.SIGNATURE_MISSING
            if "signature_name" in errors
            else CommonErrorCode.INVALID_INPUT
        )
        raise ApplicationError(
            code, _("The complaint is incomplete. Nothing was filed."), fields=errors
        )
    refs = _refs(listings)
    limit = int(policy.setting("max_listings_per_complaint"))
    if not refs:
        raise ApplicationError(
            IpErrorCode.NO_LISTINGS,
            _("Name at least one listing."),
            fields={"listings": _("Give marketplace URLs or listing ids, one per line.")},
        )
    if len(refs) > limit:
        raise ApplicationError(
            IpErrorCode.TOO_MANY_LISTINGS,
            _("A complaint names at most %(limit)s listings; this one names %(refs)s.")
            % {"limit": limit, "refs": len(refs)},
            fields={
                "listings": _("Split them into complaints of at most %(limit)s listings.")
                % {"limit": limit}
            },
        )
    note_max = int(policy.setting("item_note_max_chars"))
    for i, ref in enumerate(refs):
        if len(ref.note) > note_max:
            raise ApplicationError(
                IpErrorCode.CSV_INVALID,
                _("The note for listing %(value)s is longer than %(note_max)s characters.")
                % {"value": i + 1, "note_max": note_max},
                fields={
                    f"listings.{i}.note": _("Shorten it to %(note_max)s characters.")
                    % {"note_max": note_max}
                },
            )
    with transaction.atomic():
        resolved = _resolve(refs, principal=principal, filer=actor.organization)
        if all(status == ItemStatus.REJECTED for status, _listing, _why in resolved):
            raise ApplicationError(
                IpErrorCode.NOTHING_PROCESSABLE,
                _("None of the listings can be processed. Nothing was filed."),
                fields={
                    f"listings.{i}": str(RejectionReason(why).label)
                    for i, (_status, _listing, why) in enumerate(resolved)
                },
            )
        assert actor.organization is not None  # checked by acting_principal
        complaint = Complaint.objects.create(
            rights_holder=principal,
            filed_by=actor,
            filed_by_org=actor.organization,
            record=record,
            reason=reason,
            explanation=explanation.strip(),
            language=written_in(actor, explanation),
            **signed,
            statement_good_faith=True,
            statement_accuracy=True,
            statement_authority=True,
            signature_name=signature_name.strip(),
            signed_at=now,
            priority=standing.good_faith,
        )
        items = []
        for position, (ref, (status, listing, why)) in enumerate(zip(refs, resolved, strict=True)):
            item = ComplaintItem(
                complaint=complaint,
                position=position + 1,
                reference=ref.reference[:500],
                note=ref.note,
                listing=listing,
                supplier_id=listing.supplier_id if listing else None,
                status=status,
                rejection_reason=why,
                priority=standing.good_faith,
            )
            if status == ItemStatus.NOTIFIED:
                assert listing is not None
                item.notified_at = now
                item.respond_due_at = add_working_days(
                    now, int(policy.setting("respond_working_days")), listing.supplier.country
                )
            items.append(item)
        ComplaintItem.objects.bulk_create(items)
        items = list(complaint.items.select_related("listing", "supplier").order_by("position"))
        rejected = [i for i in items if i.status == ItemStatus.REJECTED]
        notified = [i for i in items if i.status == ItemStatus.NOTIFIED]
        event_record(
            obj=complaint,
            type="ip.complaint.filed",
            actor=actor,
            new={"status": complaint.status},
            params={
                "reason": reason,
                "record": record.pk,
                "items": len(items),
                "notified": len(notified),
                "rejected": len(rejected),
                "draft": draft.pk if draft else None,
            },
        )
        for item in items:
            event_record(
                obj=item,
                type=f"ip.item.{item.status}",
                actor=actor,
                new={"status": item.status},
                params={"reference": item.reference, "rejection_reason": item.rejection_reason}
                if item.rejection_reason
                else {"reference": item.reference, "due_at": item.respond_due_at},
            )
        for item in notified:
            schedule_respond_deadline(item)
        schedule_respond_reminders(notified)
        _notify_suppliers(complaint, notified)
        notify_org(
            actor.organization,
            kind="ip.complaint.filed",
            subject=Text(
                ngettext_lazy(
                    "Complaint #%(id)s filed: %(n)s listing notified",
                    "Complaint #%(id)s filed: %(n)s listings notified",
                    "n",
                ),
                id=complaint.pk,
                n=len(notified),
            ),
            body=_filed_summary(notified, rejected),
            link=complaint_link(complaint),
            actor=actor,
            topic=complaint,
        )
        webhook(
            "ip.complaint.filed",
            {
                "complaint_id": complaint.pk,
                "reason": reason,
                "rights_holder_id": principal.pk,
                "rights_holder": principal.name,
                "items": [
                    {
                        "item_id": i.pk,
                        "listing_id": i.listing_id,
                        "status": i.status,
                        "reference": i.reference,
                    }
                    for i in items
                ],
            },
        )
        if draft is not None:
            ComplaintDraft.objects.filter(pk=draft.pk).update(complaint=complaint, updated_at=now)
        reporter_daily_check_ensure()
    return complaint


def _resolve(
    refs: list[ListingRef], *, principal: Organization, filer: Organization | None
) -> list[tuple[ItemStatus, Listing | None, str]]:
    ids = [int(r.reference) for r in refs if r.reference.isdigit()]
    urls = [v for r in refs if not r.reference.isdigit() for v in _url_variants(r.reference)]
    found = list(
        Listing.objects.select_related("supplier").filter(
            Q(pk__in=ids) | Q(marketplace_url__in=urls)
        )
    )
    by_id = {listing.pk: listing for listing in found}
    by_url = {listing.marketplace_url: listing for listing in found}
    already = set(reported_items([principal.pk], by_id))
    seen: set[int] = set()
    out: list[tuple[ItemStatus, Listing | None, str]] = []
    for ref in refs:
        listing: Listing | None = None
        if ref.reference.isdigit():
            listing = by_id.get(int(ref.reference))
        else:
            for variant in _url_variants(ref.reference):
                listing = listing or by_url.get(variant)
        if listing is None:
            out.append((ItemStatus.REJECTED, None, RejectionReason.UNKNOWN_LISTING))
        elif listing.pk in seen:
            out.append((ItemStatus.REJECTED, listing, RejectionReason.DUPLICATE))
        elif _same_company(principal, listing.supplier) or (
            filer is not None and _same_company(filer, listing.supplier)
        ):
            out.append((ItemStatus.REJECTED, listing, RejectionReason.OWN_LISTING))
        elif listing.status == ListingStatus.REMOVED:
            out.append((ItemStatus.REJECTED, listing, RejectionReason.ALREADY_REMOVED))
        elif listing.pk in already:
            out.append((ItemStatus.REJECTED, listing, RejectionReason.ALREADY_REPORTED))
        else:
            out.append((ItemStatus.NOTIFIED, listing, ""))
        if listing is not None:
            seen.add(listing.pk)
    return out


def _filed_summary(notified: list[ComplaintItem], rejected: list[ComplaintItem]) -> Text:
    """What a colleague of the filer reads: how many listings were notified and why any
    others could not be processed."""
    text: Text = Text(
        ngettext_lazy("%(n)s listing was notified.", "%(n)s listings were notified.", "n"),
        n=len(notified),
    )
    if rejected:
        text = (
            text
            + " "
            + Text(
                ngettext_lazy(
                    "%(n)s could not be processed:", "%(n)s could not be processed:", "n"
                ),
                n=len(rejected),
            )
        )
        for i in rejected:
            text = (
                text
                + "\n"
                + Text(
                    gettext_lazy("- %(reference)s: %(reason)s"),
                    reference=i.reference,
                    reason=i.get_rejection_reason_display,
                )
            )
    return text


def _notify_suppliers(complaint: Complaint, items: list[ComplaintItem]) -> None:
    """One notice per supplier, in its members' language and time zone: the grounds, the
    IP record, the rights holder's contact and the deadline."""
    record = complaint.record
    by_supplier: dict[int, list[ComplaintItem]] = {}
    for item in items:
        by_supplier.setdefault(item.supplier_id or 0, []).append(item)
    holder = complaint.rights_holder
    contact = holder.contact_email or complaint.filed_by.email
    right: list[Any] = [
        Text(
            gettext_lazy("%(kind)s “%(title)s”"), kind=record.get_kind_display, title=record.title
        ),
        record.registration_number or gettext_lazy("unregistered work"),
    ]
    if record.jurisdiction:
        right.append(record.jurisdiction)
    if record.valid_until:
        right.append(Text(gettext_lazy("valid until %(day)s"), day=record.valid_until.isoformat()))
    for group in by_supplier.values():
        first = group[0]
        lines = "\n".join(
            f"- {link(i.listing.title if i.listing else i.reference, item_link(i))}" for i in group
        )
        notify_org(
            first.supplier,
            kind="ip.complaint.notice",
            subject=Text(
                ngettext_lazy(
                    "IP complaint against %(n)s of your listings — answer by %(due)s",
                    "IP complaint against %(n)s of your listings — answer by %(due)s",
                    "n",
                ),
                n=len(group),
                due=first.respond_due_at,
            ),
            body=Text(
                gettext_lazy(
                    "%(holder)s (%(country)s) filed an IP complaint (%(reason)s) against "
                    "these listings:\n%(listings)s\n\n"
                    "Right asserted: %(right)s.\n"
                    "Grounds: %(grounds)s\n"
                    "Rights holder's contact: %(contact)s\n\n"
                    "By %(due)s remove each listing or file a counter-notice on its notice "
                    "page (your IP notices list them all). Without an answer the listings are "
                    "removed automatically at that time."
                ),
                holder=holder.name,
                country=partial(format_country, holder.country),
                reason=complaint.get_reason_display,
                listings=lines,
                right=right,
                grounds=complaint.explanation,
                contact=contact,
                due=first.respond_due_at,
            ),
            # One listing: its notice page; several: the list of the supplier's notices.
            link=item_link(first) if len(group) == 1 else reverse("ip:portal"),
            topic=first,
        )


def complaint_withdraw(*, actor: User, complaint: Complaint, reason: str = "") -> Complaint:
    """Withdraw every item still in play; removed listings come back."""
    with transaction.atomic():
        locked = Complaint.objects.select_for_update().get(pk=complaint.pk)
        _require_reporter(actor, locked)
        if locked.status == ComplaintStatus.WITHDRAWN:
            raise ApplicationError(
                IpErrorCode.INVALID_TRANSITION,
                _("This complaint is already withdrawn."),
                status=409,
            )
        items = list(
            ComplaintItem.objects.select_for_update(of=("self",))
            .select_related(
                "complaint", "complaint__record", "complaint__rights_holder", "listing", "supplier"
            )
            .filter(complaint=locked)
            .order_by("position")
        )
        withdrawable = [i for i in items if policy.can_transition(i.status, ItemStatus.WITHDRAWN)]
        if not withdrawable:
            raise ApplicationError(
                IpErrorCode.INVALID_TRANSITION,
                _("Nothing in this complaint can be withdrawn any more."),
                status=409,
            )
        for item in withdrawable:
            _withdraw_locked(item, actor=actor, reason=reason)
        locked.refresh_from_db()
        old = locked.status
        locked.status = ComplaintStatus.WITHDRAWN
        locked.withdrawn_at = clock.now()
        locked.withdrawal_reason = (reason or "").strip()
        locked.save(update_fields=["status", "withdrawn_at", "withdrawal_reason", "updated_at"])
        event_record(
            obj=locked,
            type="ip.complaint.withdrawn",
            actor=actor,
            old={"status": old},
            new={"status": locked.status},
            params={"items": len(withdrawable), "reason": locked.withdrawal_reason},
        )
    return locked


def complaint_prefill(
    *,
    actor: Any,
    rights_holder: Organization,
    listings: Iterable[Listing | int],
    record: IpRecord | None = None,
    explanation: str = "",
    source: str = "image_monitoring",
    source_ref: dict[str, Any] | None = None,
) -> ComplaintDraft:
    """Prepare an `image_copy` complaint for the rights holder to review, sign and file
    (image monitoring calls this with the matches the owner selected). Nothing is sent
    to anyone; the draft opens pre-filled at `ip:complaint_new?draft=<id>`.

    `record` is the record the evidence belongs to (the copyright record of the
    monitored image); without one the rights holder chooses on the form: the draft
    never guesses another of its records. Listings are kept in order, de-duplicated, as
    marketplace URLs."""
    ids = [x.pk if isinstance(x, Listing) else int(x) for x in listings]
    found = {listing.pk: listing for listing in Listing.objects.filter(pk__in=ids)}
    missing = [i for i in ids if i not in found]
    if missing:
        raise not_found(_("listing %(missing)s") % {"missing": missing[0]})
    if record is not None and record.owner_id != rights_holder.pk:
        raise not_found(_("IP record"))
    urls = list(dict.fromkeys(found[i].marketplace_url for i in ids))
    limit = int(policy.setting("max_listings_per_complaint"))
    with transaction.atomic():
        draft = ComplaintDraft.objects.create(
            rights_holder=rights_holder,
            created_by=actor if getattr(actor, "is_authenticated", False) else None,
            record=record,
            reason=ComplaintReason.IMAGE_COPY,
            listings=urls[:limit],
            explanation=explanation
            or "These listings use product photographs copied from our registered/owned works "
            "(reference images attached to the IP record).",
            source=source,
            source_ref=source_ref or {},
        )
        event_record(
            obj=draft,
            type="ip.draft.created",
            actor=actor,
            params={"listings": len(draft.listings), "source": source},
        )
    return draft


def parse_listing_csv(data: bytes) -> list[ListingRef]:
    """Read the bulk-filing CSV: a `listing` column (URL or id) and an optional `note`."""
    if len(data) > CSV_MAX_BYTES:
        raise ApplicationError(
            IpErrorCode.CSV_INVALID,
            _("The CSV file is too large."),
            fields={
                "csv": _("Upload at most %(value)s KB (300 listings).")
                % {"value": CSV_MAX_BYTES // 1024}
            },
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ApplicationError(
            IpErrorCode.CSV_INVALID,
            _("The CSV file is not UTF-8 text."),
            fields={"csv": _("Save the file as CSV UTF-8 and upload it again.")},
        ) from None
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if "listing" not in header:
        raise ApplicationError(
            IpErrorCode.CSV_INVALID,
            _("The CSV has no 'listing' column."),
            fields={"csv": _("Start from the template: columns listing,note.")},
        )
    reader.fieldnames = header
    refs = []
    for row in reader:
        listing = (row.get("listing") or "").strip()
        if listing:
            refs.append(ListingRef(listing, (row.get("note") or "").strip()))
    return refs


def csv_template() -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS)
    writer.writerow(["https://market.example.com/item/123", "Uses our logo on the box"])
    writer.writerow(["42", "Listing id works too"])
    return buf.getvalue()
