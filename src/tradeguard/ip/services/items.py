"""The per-listing clock: one transition service and the moves of each party.

Every move goes through `item_transition` (TRANSITIONS in policy.py); listing removals
and restorations go through the catalog and each produces a statement of reasons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from django.db.models import QuerySet
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tradeguard.accounts.enums import Role
from tradeguard.accounts.models import User
from tradeguard.catalog.enums import ListingStatus
from tradeguard.catalog.models import Listing
from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError, Message, permission_denied
from tradeguard.common.events import event_record
from tradeguard.common.formatting import format_instant
from tradeguard.common.i18n.text import Text, join_list
from tradeguard.common.links import absolute_url
from tradeguard.common.workdays import add_calendar_days
from tradeguard.evidence.enums import FileCategory
from tradeguard.ip import policy
from tradeguard.ip.enums import (
    ComplaintStatus,
    IpErrorCode,
    ItemStatus,
    RemovalKind,
    SorDecision,
)
from tradeguard.ip.models import (
    Complaint,
    ComplaintItem,
    StatementOfReasons,
)
from tradeguard.ip.selectors import late_counter_until
from tradeguard.ip.services._common import (
    REPORTER_ROLES,
    notify_org,
    webhook,
)
from tradeguard.sanctions.enums import SanctionKind
from tradeguard.sanctions.models import SanctionEntry

S = ItemStatus
TIMER_RESPOND = "ip.item.respond_due"
TIMER_COUNTER = "ip.item.counter_due"
DOCUMENT_FORMATS = (FileCategory.PDF, FileCategory.IMAGE, FileCategory.OFFICE, FileCategory.TEXT)
DOCUMENT_MAX_BYTES = 20 * 1024 * 1024
MAX_DOCUMENTS = 10

_STAMP = {
    S.REMOVED: "removed_at",
    S.COUNTER_NOTICED: "counter_noticed_at",
    S.UNDER_REVIEW: "under_review_at",
    S.APPEALED: "appealed_at",
    S.COURT_ACTION: "court_action_at",
}
_CLOSING = frozenset({S.DISMISSED, S.RESTORED, S.WITHDRAWN})


def item_link(item: ComplaintItem) -> str:
    return reverse("ip:item", args=[item.pk])


def complaint_link(complaint: Complaint) -> str:
    return reverse("ip:complaint", args=[complaint.pk])


# --- the one transition service -------------------------------------------------------


def item_transition(
    *,
    item: ComplaintItem,
    new: ItemStatus,
    actor: Any,
    params: dict[str, Any] | None = None,
    extra_fields: Sequence[str] = (),
) -> ComplaintItem:
    """Move a locked item to `new` if TRANSITIONS allows it: stamp the time, write the
    event, emit the webhook, refresh the complaint. Callers hold the row lock."""
    old = ItemStatus(item.status)
    if not policy.can_transition(old, new):
        allowed = join_list(
            ItemStatus(s).label.lower() for s in sorted(policy.TRANSITIONS[old])
        ) or _("none (final)")
        raise ApplicationError(
            IpErrorCode.INVALID_TRANSITION,
            _(
                "This listing's complaint is %(label)s; it cannot become %(label2)s (allowed next: %(allowed)s)."
            )
            % {
                "label": old.label.lower(),
                "label2": ItemStatus(new).label.lower(),
                "allowed": allowed,
            },
            status=409,
        )
    now = clock.now()
    item.status = new
    fields = ["status", "updated_at", *extra_fields]
    stamp = _STAMP.get(new)
    if stamp:
        setattr(item, stamp, now)
        fields.append(stamp)
    if new in _CLOSING:
        item.closed_at = now
        fields.append("closed_at")
    if item.first_action_at is None and old == S.NOTIFIED:
        item.first_action_at = now
        fields.append("first_action_at")
    item.save(update_fields=list(dict.fromkeys(fields)))
    event_record(
        obj=item,
        type=f"ip.item.{new}",
        actor=actor,
        old={"status": old},
        new={"status": new},
        params=params or {},
    )
    webhook(
        f"ip.item.{new}",
        {
            "item_id": item.pk,
            "complaint_id": item.complaint_id,
            "listing_id": item.listing_id,
            "marketplace_url": item.reference,
            "old_status": old,
            "status": new,
            "automated": not getattr(actor, "is_authenticated", False),
        },
    )
    _complaint_refresh(item.complaint_id)
    return item


def _complaint_refresh(complaint_id: int) -> None:
    complaint = Complaint.objects.select_for_update().get(pk=complaint_id)
    if complaint.status == ComplaintStatus.WITHDRAWN:
        return
    open_items = complaint.items.filter(status__in=policy.OPEN_STATUSES).exists()
    status = ComplaintStatus.OPEN if open_items else ComplaintStatus.CLOSED
    if status != complaint.status:
        old = complaint.status
        complaint.status = status
        complaint.save(update_fields=["status", "updated_at"])
        event_record(
            obj=complaint,
            type=f"ip.complaint.{status}",
            old={"status": old},
            new={"status": status},
        )


def _lock(item: ComplaintItem) -> ComplaintItem:
    return (
        ComplaintItem.objects.select_for_update(of=("self",))
        .select_related(
            "complaint",
            "complaint__record",
            "complaint__rights_holder",
            "listing",
            "supplier",
        )
        .get(pk=item.pk)
    )


def _title(item: ComplaintItem) -> str:
    return item.listing.title if item.listing else item.reference


def _wrong_state(item: ComplaintItem, action: Message) -> ApplicationError:
    """`action` is a lazy verb phrase ("counter-notify"), read in the asker's language."""
    status = ItemStatus(item.status)
    return ApplicationError(
        IpErrorCode.INVALID_TRANSITION,
        _("You cannot %(action)s now: this listing's complaint is %(label)s.")
        % {"action": action, "label": status.label.lower()},
        status=409,
    )


def _require_supplier(actor: User, item: ComplaintItem) -> None:
    if actor.role != Role.SUPPLIER or actor.organization_id != item.supplier_id:
        raise permission_denied(_("Only the supplier whose listing is named answers this notice."))


def _require_reporter(actor: User, complaint: Complaint) -> None:
    if actor.role not in REPORTER_ROLES or actor.organization_id not in (
        complaint.rights_holder_id,
        complaint.filed_by_org_id,
    ):
        raise permission_denied(_("Only the rights holder (or its agent) who filed may do this."))


def _deadline_check(due: dt.datetime | None, what: Message) -> None:
    """`what` is a lazy verb phrase ("answer the counter-notice")."""
    if due is not None and clock.now() > due:
        raise ApplicationError(
            IpErrorCode.DEADLINE_PASSED,
            _("The deadline to %(what)s passed at %(due)s.")
            % {"what": what, "due": format_instant(due)},
            status=409,
        )


# --- listing removal, restoration and statements of reasons ----------------------------


def _grounds(item: ComplaintItem) -> str:
    """The ground of a removal, in the active language (names and titles as written)."""
    c = item.complaint
    r = c.record
    values = {
        "reason": c.get_reason_display(),
        "holder": c.rights_holder.name,
        "kind": str(r.get_kind_display()).lower(),
        "title": r.title,
        "number": r.registration_number or _("unregistered work"),
    }
    if r.jurisdiction:
        values["where"] = r.jurisdiction
        return (
            _(
                "%(reason)s: the rights holder %(holder)s asserts its %(kind)s “%(title)s” "
                "(%(number)s, %(where)s), approved by a platform officer, against this "
                "listing. The marketplace's intellectual-property policy prohibits listings "
                "that infringe such rights."
            )
            % values
        )
    return (
        _(
            "%(reason)s: the rights holder %(holder)s asserts its %(kind)s “%(title)s” "
            "(%(number)s), approved by a platform officer, against this listing. The "
            "marketplace's intellectual-property policy prohibits listings that infringe "
            "such rights."
        )
        % values
    )


def _sor_texts(build: Any) -> dict[str, dict[str, str]]:
    """A statement of reasons in each language TradeGuard is written in ({"en": {facts,
    ground, redress}, "zh-hans": ...}): `build()` returns the three texts in the active
    language. Each party reads the statement in its own language."""
    from tradeguard.accounts.enums import Language

    texts: dict[str, dict[str, str]] = {}
    for language in Language.values:
        with translation.override(language):
            facts, ground, redress = build()
            texts[language] = {"facts": str(facts), "ground": str(ground), "redress": str(redress)}
    return texts


def _set_listing(
    listing: Listing,
    status: str,
    reason: str,
    actor: Any,
    reason_code: str = "",
    reason_params: dict[str, Any] | None = None,
) -> Listing:
    """Move the listing in the catalog; returns it as the catalog left it (a restoration
    while sanctions hide the supplier's listings comes back hidden)."""
    from tradeguard.catalog.services import listing_set_status

    # The catalog sees the acting officer or the supplier itself; a move the IP rules make
    # for someone else (a deadline, a rights holder's withdrawal) is the system's.
    own = actor is not None and getattr(actor, "organization_id", None) == listing.supplier_id
    catalog_actor = actor if actor is not None and (actor.is_platform or own) else None
    if listing.status != status:
        return listing_set_status(
            actor=catalog_actor,
            listing=listing,
            status=status,
            reason=reason,
            reason_code=reason_code,
            reason_params=reason_params,
        )
    return listing


def _remove_listing(
    item: ComplaintItem, *, kind: RemovalKind, actor: Any, facts: Any, automated: bool
) -> StatementOfReasons:
    assert item.listing_id is not None
    assert item.supplier_id is not None
    listing = Listing.objects.select_for_update().get(pk=item.listing_id)
    c = item.complaint
    _set_listing(
        listing,
        ListingStatus.REMOVED,
        "",
        actor,
        reason_code="ip_removed",
        reason_params={
            "complaint": c.pk,
            "reason": c.reason,
            "holder": c.rights_holder.name,
            "url": item_link(item),
        },
    )
    item.holds_removal = True
    item.removal_kind = kind
    now = clock.now()
    appeal_until = add_calendar_days(now, int(policy.setting("appeal_window_days")))
    texts = _sor_texts(lambda: (facts, _grounds(item), _removal_redress(item, kind, appeal_until)))
    statement = StatementOfReasons.objects.create(
        item=item,
        supplier_id=item.supplier_id,
        listing=listing,
        decision=SorDecision.REMOVAL,
        facts=texts["en"]["facts"],
        ground=texts["en"]["ground"],
        automated=automated,
        redress=texts["en"]["redress"],
        texts=texts,
        decided_by=actor if getattr(actor, "is_authenticated", False) else None,
        appeal_until=appeal_until,
    )
    event_record(
        obj=item,
        type="ip.item.statement_of_reasons",
        actor=actor,
        params={"statement": statement.pk, "decision": statement.decision, "automated": automated},
    )
    _sanction(item, actor)
    return statement


def _removal_redress(item: ComplaintItem, kind: RemovalKind, appeal_until: dt.datetime) -> str:
    page = absolute_url(item_link(item))
    text = _(
        "You may appeal this removal free of charge until %(appeal)s on the notice page "
        "(%(page)s); an officer who did not take the decision reviews the appeal."
    ) % {"appeal": format_instant(appeal_until), "page": page}
    late_until = late_counter_until(item)
    if kind != RemovalKind.DECISION and late_until is not None:
        text += " " + _(
            "As the removal was not decided by an officer (%(how)s), you may instead file a "
            "counter-notice there until %(until)s if the listing does not infringe."
        ) % {"how": str(kind.label).lower(), "until": format_instant(late_until)}
    return (
        text
        + " "
        + _("You may also turn to a certified out-of-court dispute settlement body or a court.")
    )


RESTORED_ACTIVE = gettext_lazy("Your listing is active again.")
RESTORED_HIDDEN = gettext_lazy(
    "Your listing is restored, but stays hidden while sanctions hide your store's "
    "listings; it is shown again when they end."
)
RESTORED_STILL_HELD = gettext_lazy("Another complaint still holds this listing removed.")


def _restore_listing(
    item: ComplaintItem, *, actor: Any, facts: Any, ground: Any, automated: bool
) -> Any:
    """Release this item's hold: reverse the points and strike the removal gave (once no
    item of the complaint holds a listing of this supplier removed), then reactivate the
    listing if no other complaint holds it. Returns a sentence for the supplier about
    where the listing stands."""
    assert item.listing_id is not None
    assert item.supplier_id is not None
    listing = Listing.objects.select_for_update().get(pk=item.listing_id)
    item.holds_removal = False
    _unsanction(item, actor, f"{ground} ({facts})")
    still_held = (
        ComplaintItem.objects.filter(listing=listing, holds_removal=True)
        .exclude(pk=item.pk)
        .exists()
    )
    if not still_held and listing.status == ListingStatus.REMOVED:
        listing = _set_listing(
            listing,
            ListingStatus.ACTIVE,
            _("Restored: IP complaint #%(number)s no longer holds it removed.")
            % {"number": item.complaint_id},
            actor,
        )
    if still_held:
        where = RESTORED_STILL_HELD
    elif listing.status == ListingStatus.HIDDEN:
        where = RESTORED_HIDDEN
    else:
        where = RESTORED_ACTIVE
    texts = _sor_texts(
        lambda: (
            facts,
            ground,
            _("No action is needed from you. The rights holder may still take the matter to court.")
            + (f" {where}" if where is not RESTORED_ACTIVE else ""),
        )
    )
    statement = StatementOfReasons.objects.create(
        item=item,
        supplier_id=item.supplier_id,
        listing=listing,
        decision=SorDecision.RESTORATION,
        facts=texts["en"]["facts"],
        ground=texts["en"]["ground"],
        automated=automated,
        redress=texts["en"]["redress"],
        texts=texts,
        decided_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    event_record(
        obj=item,
        type="ip.item.statement_of_reasons",
        actor=actor,
        params={"statement": statement.pk, "decision": statement.decision, "automated": automated},
    )
    return where


def _sanction(item: ComplaintItem, actor: Any) -> None:
    """An upheld complaint gives points (once per complaint and supplier); an upheld
    counterfeit complaint is also a strike. The ledger merges strikes within 3 days."""
    from tradeguard.sanctions.services import points_award, strike_record

    c = item.complaint
    supplier = item.supplier
    assert supplier is not None
    why = {"complaint": c.pk, "reason": c.reason, "title": _title(item) if item.listing else ""}
    points = policy.points_for(c.reason)
    if points > 0:
        key = _award_key(item, SanctionKind.POINTS)
        if key:
            points_award(
                supplier=supplier,
                points=points,
                reason_code="ip_upheld",
                reason_params=why,
                source_type=SANCTION_SOURCE,
                source_id=c.pk,
                actor=actor,
                idempotency_key=key,
            )
    if policy.is_strike(c.reason):
        key = _award_key(item, SanctionKind.STRIKE)
        if key:
            strike_record(
                supplier=supplier,
                reason_code="ip_counterfeit",
                reason_params=why,
                source_type=SANCTION_SOURCE,
                source_id=c.pk,
                actor=actor,
                idempotency_key=key,
            )


SANCTION_SOURCE = "ip_complaint"


def _ip_entries(item: ComplaintItem, kind: str | None = None) -> QuerySet[SanctionEntry]:
    """The ledger entries this item's complaint gave its supplier."""
    qs = SanctionEntry.objects.filter(
        source_type=SANCTION_SOURCE, source_id=item.complaint_id, supplier_id=item.supplier_id
    )
    return qs.filter(kind=kind) if kind else qs.exclude(kind=SanctionKind.REVERSAL)


def _award_key(item: ComplaintItem, kind: str) -> str:
    """The idempotency key for this complaint's points or strike on this supplier, or ""
    when one is already in force. Once per complaint and supplier; after a reversal
    (the removal was undone) a new removal counts again, under a new key."""
    given = list(_ip_entries(item, kind).select_related("reversal"))
    if any(not hasattr(e, "reversal") for e in given):
        return ""
    base = f"ip:complaint:{item.complaint_id}:supplier:{item.supplier_id}:{kind}"
    return base if not given else f"{base}:{len(given) + 1}"


def _unsanction(item: ComplaintItem, actor: Any, why: str) -> None:
    """Reverse the points and strike the complaint gave the supplier, unless another item
    of the same complaint still holds one of its listings removed (they were given once
    per complaint and supplier)."""
    from tradeguard.sanctions.services import entry_reverse

    others = (
        ComplaintItem.objects.filter(
            complaint_id=item.complaint_id, supplier_id=item.supplier_id, holds_removal=True
        )
        .exclude(pk=item.pk)
        .exists()
    )
    if others:
        return
    for entry in _ip_entries(item).filter(reversal__isnull=True).order_by("id"):
        entry_reverse(
            entry=entry,
            reason_code="ip_not_upheld",
            reason_params={"complaint": item.complaint_id, "why": why},
            actor=actor,
            idempotency_key=f"{entry.idempotency_key}:reversed",
        )


def _tell_supplier_removed(
    item: ComplaintItem, statement: StatementOfReasons, *, facts: Any, actor: Any = None
) -> None:
    """The removal, in each supplier member's language; the statement of reasons (its
    ground and redress as stored) follows the notice page's link."""
    assert statement.appeal_until is not None
    decided = (
        gettext_lazy("What was decided: your listing “%(title)s” was removed automatically.")
        if statement.automated
        else gettext_lazy("What was decided: your listing “%(title)s” was removed.")
    )
    notify_org(
        item.supplier,
        kind="ip.item.removed",
        subject=Text(gettext_lazy("Listing removed: %(title)s"), title=_title(item)),
        body=Text(decided, title=_title(item))
        + "\n"
        + Text(
            gettext_lazy("Facts: %(facts)s\nGround: %(ground)s\nHow to appeal: %(redress)s"),
            facts=facts,
            ground=lambda: statement.for_reader["ground"],
            redress=lambda: statement.for_reader["redress"],
        ),
        link=item_link(item),
        actor=actor,
        topic=item,
    )


def _tell_rights_holder(
    item: ComplaintItem,
    subject: Any,
    body: Any,
    times: dict[str, dt.datetime] | None = None,
    *,
    kind: str = "",
    actor: Any = None,
) -> None:
    """Notify the rights holder and the agent that filed for it (kind: the item's
    status unless given), under the complaint in their inbox; not `actor`. `subject` and
    `body` are lazy or `Text`, read in each recipient's language."""
    c = item.complaint
    for org in {c.rights_holder, c.filed_by_org}:
        notify_org(
            org,
            kind=kind or f"ip.item.{item.status}",
            subject=Text(
                gettext_lazy("%(subject)s — complaint #%(number)s"), subject=subject, number=c.pk
            ),
            body=body,
            link=complaint_link(c),
            times=times,
            actor=actor,
            topic=c,
        )


def _remove_and_notify(
    item: ComplaintItem,
    *,
    kind: RemovalKind,
    actor: Any,
    automated: bool,
    facts: Any,
    params: dict[str, Any],
    extra_fields: Sequence[str],
    rights_holder_subject: Any,
    rights_holder_body: Any,
) -> None:
    """Remove the item's listing (with its statement of reasons), move the locked item to
    removed, and tell the supplier and the rights holder."""
    statement = _remove_listing(item, kind=kind, actor=actor, automated=automated, facts=facts)
    item_transition(item=item, new=S.REMOVED, actor=actor, params=params, extra_fields=extra_fields)
    _tell_supplier_removed(item, statement, facts=facts, actor=actor)
    _tell_rights_holder(item, rights_holder_subject, rights_holder_body, actor=actor)
