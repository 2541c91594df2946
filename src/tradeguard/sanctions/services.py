"""Every write to the sanctions ledger. Entries are appended, never changed; a level
reached by an entry triggers its consequences (notice, hidden listings) once. A decision
that gave points or a strike and is undone appends a reversal (`entry_reverse`): the
entry stops counting and what it caused (a restriction, hidden listings) ends with it.

Listings hidden by sanctions carry `policy.SANCTIONS_HIDDEN_PREFIX` in their status
reason; a timer at the end of the hiding (`sanctions.listings_unhide`) shows those, and
only those, again."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext_lazy

from tradeguard.accounts.enums import OrgKind
from tradeguard.accounts.models import Organization
from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError, invalid
from tradeguard.common.events import event_record
from tradeguard.common.i18n.text import Text
from tradeguard.common.timers import timer_schedule
from tradeguard.sanctions import policy
from tradeguard.sanctions.enums import SanctionKind, SanctionsErrorCode
from tradeguard.sanctions.models import SanctionEntry
from tradeguard.sanctions.reasons import REASONS
from tradeguard.sanctions.selectors import (
    Standing,
    company_key,
    company_organizations,
    supplier_standing,
)


def points_award(
    *,
    supplier: Organization,
    points: int,
    reason: str = "",
    source_type: str,
    source_id: int,
    actor: Any,
    idempotency_key: str,
    reason_code: str = "",
    reason_params: dict[str, Any] | None = None,
) -> SanctionEntry:
    """Add `points` to the supplier's company ledger (once per `idempotency_key`)."""
    if isinstance(points, bool) or not isinstance(points, int) or points < 1:
        raise invalid("points", _("Points must be a whole number of at least 1."))
    return _append(
        supplier=supplier,
        kind=SanctionKind.POINTS,
        points=points,
        reason=reason,
        source_type=source_type,
        source_id=source_id,
        actor=actor,
        idempotency_key=idempotency_key,
        reason_code=reason_code,
        reason_params=reason_params,
    )


def strike_record(
    *,
    supplier: Organization,
    reason: str = "",
    source_type: str,
    source_id: int,
    actor: Any,
    idempotency_key: str,
    reason_code: str = "",
    reason_params: dict[str, Any] | None = None,
) -> SanctionEntry:
    """Record a strike. Strikes within the merge window (3 days) count as one; three
    counted strikes in force terminate membership."""
    return _append(
        supplier=supplier,
        kind=SanctionKind.STRIKE,
        points=0,
        reason=reason,
        source_type=source_type,
        source_id=source_id,
        actor=actor,
        idempotency_key=idempotency_key,
        reason_code=reason_code,
        reason_params=reason_params,
    )


def _append(
    *,
    supplier: Organization,
    kind: SanctionKind,
    points: int,
    reason: str,
    source_type: str,
    source_id: int,
    actor: Any,
    idempotency_key: str,
    reason_code: str = "",
    reason_params: dict[str, Any] | None = None,
) -> SanctionEntry:
    params = dict(reason_params or {})
    if reason_code and not reason:
        reason = REASONS.english(reason_code, params)
    reason = (reason or "").strip()
    key = (idempotency_key or "").strip()
    if not reason:
        raise invalid("reason", _("Say why the supplier is sanctioned; the supplier will read it."))
    if not key:
        raise invalid("idempotency_key", _("Give a key that identifies this sanction uniquely."))
    if not source_type:
        raise invalid("source_type", _("Name what the sanction comes from, e.g. 'dispute'."))
    with transaction.atomic():
        # The organization row serializes concurrent writes to one supplier's ledger.
        org = Organization.objects.select_for_update().get(pk=supplier.pk)
        if org.kind != OrgKind.SUPPLIER:
            raise ApplicationError(
                SanctionsErrorCode.NOT_A_SUPPLIER,
                _("%(name)s is not a supplier; only suppliers carry sanctions.")
                % {"name": org.name},
                fields={"supplier": _("Choose a supplier organization.")},
            )
        existing = SanctionEntry.objects.filter(idempotency_key=key).first()
        if existing is not None:
            if (existing.supplier_id, existing.kind, existing.source_type, existing.source_id) != (
                org.pk,
                kind,
                source_type,
                source_id,
            ):
                raise ApplicationError(
                    SanctionsErrorCode.IDEMPOTENCY_KEY_REUSED,
                    _("This idempotency key was already used for a different sanction."),
                    fields={"idempotency_key": _("Use a new key for a new sanction.")},
                    status=409,
                )
            return existing
        now = clock.now()
        before = supplier_standing(org, now, with_record=False)
        entry = SanctionEntry.objects.create(
            supplier=org,
            company_key=company_key(org),
            kind=kind,
            points=points,
            reason=reason,
            reason_code=reason_code,
            reason_params=params,
            source_type=source_type,
            source_id=source_id,
            idempotency_key=key,
            created_by=actor if getattr(actor, "is_authenticated", False) else None,
            created_at=now,
            expires_at=policy.expiry_for(kind, now),
        )
        after = supplier_standing(org, now, with_record=False)
        event_record(
            obj=org,
            type="sanctions.points_awarded" if kind == SanctionKind.POINTS else "sanctions.strike",
            actor=actor,
            old={"points_in_force": before.points_in_force, "level": before.level},
            new={"points_in_force": after.points_in_force, "level": after.level},
            params={
                "entry": entry.pk,
                "points": points,
                "reason": reason,
                "source_type": source_type,
                "source_id": source_id,
            },
        )
        _consequences(org=org, before=before, after=after, entry=entry, actor=actor)
        return entry


def _standing_changed(before: Standing, after: Standing) -> bool:
    """Whether an entry or reversal moved the company's level, restriction or termination."""
    return (
        before.level != after.level
        or before.restricted_until != after.restricted_until
        or before.terminated != after.terminated
    )


def _record_level_change(
    *, org: Organization, before: Standing, after: Standing, actor: Any, params: dict[str, Any]
) -> None:
    event_record(
        obj=org,
        type="sanctions.level_changed",
        actor=actor,
        old={
            "level": before.level,
            "restricted_until": before.restricted_until,
            "terminated": before.terminated,
        },
        new={
            "level": after.level,
            "restricted_until": after.restricted_until,
            "terminated": after.terminated,
        },
        params=params,
    )


def _what(entry: SanctionEntry, *, merged: bool) -> Text:
    """What an entry gave, for a notice: "12 sanction points", "a strike"."""
    if entry.kind == SanctionKind.POINTS:
        return Text(
            ngettext_lazy("%(n)s sanction point", "%(n)s sanction points", "n"), n=entry.points
        )
    if merged:
        return Text(gettext_lazy("a strike (counted with a strike of the last days)"))
    return Text(gettext_lazy("a strike"))


def _consequences(
    *, org: Organization, before: Standing, after: Standing, entry: SanctionEntry, actor: Any
) -> None:
    from tradeguard.notifications.services import notify_org

    changed = _standing_changed(before, after)
    what = _what(entry, merged=before.strikes_in_force == after.strikes_in_force)
    body = Text(
        gettext_lazy(
            "Your company received %(what)s: %(reason)s\n\n"
            "Points in force: %(points)s; counted strikes: %(strikes)s.\n"
            "Standing: %(standing)s\n"
            "Points and strikes expire 365 days after they were given."
        ),
        what=what,
        reason=lambda: entry.reason_text,
        points=str(after.points_in_force),
        strikes=str(after.strikes_in_force),
        standing=lambda: after.summary,
    )
    if after.restricted_until is not None:
        body = body + Text(
            gettext_lazy(
                "\nYou may not publish listings or receive new orders until %(restricted_until)s."
            ),
            restricted_until=after.restricted_until,
        )
    notify_org(
        organization=org,
        kind="sanctions.changed" if changed else "sanctions.entry",
        subject=Text(
            gettext_lazy("Sanctions: %(what)s"),
            what=(lambda: after.level_label) if changed else what,
        ),
        body=body,
        link=f"/sanctions/suppliers/{org.pk}/",
        actor=actor,
        topic=("sanctions.supplier", org.pk),
    )
    if changed:
        _record_level_change(
            org=org, before=before, after=after, actor=actor, params={"entry": entry.pk}
        )
        _webhook_standing(org=org, before=before, after=after)
    if after.listings_hidden and not before.listings_hidden:
        _hide_listings(org=org, actor=actor, standing=after)
    _schedule_unhide(org=org, before=before, after=after)


def _webhook_standing(*, org: Organization, before: Standing, after: Standing) -> None:
    """`sanctions.restricted` when a restriction starts or is extended,
    `sanctions.terminated` when the membership ends."""
    from tradeguard.notifications.webhooks import webhook_emit

    data = {
        "organization_id": org.pk,
        "level": str(after.level),
        "points_in_force": after.points_in_force,
        "strikes_in_force": after.strikes_in_force,
        "restricted_until": after.restricted_until,
        "terminated": after.terminated,
    }
    if after.terminated and not before.terminated:
        webhook_emit(event="sanctions.terminated", data=data)
    elif after.restricted_until is not None and after.restricted_until != before.restricted_until:
        webhook_emit(event="sanctions.restricted", data=data)


TIMER_UNHIDE = "sanctions.listings_unhide"


def _schedule_unhide(*, org: Organization, before: Standing, after: Standing) -> None:
    """When the hiding has an end (a restriction rung, not termination), show the
    listings again then; a later entry that extends it schedules the later end."""
    if after.hidden_until is not None and after.hidden_until != before.hidden_until:
        timer_schedule(kind=TIMER_UNHIDE, aggregate_id=org.pk, due_at=after.hidden_until)


def _hide_listings(*, org: Organization, actor: Any, standing: Standing) -> None:
    """Hide every active listing of the company's stores."""
    from tradeguard.catalog.enums import ListingStatus
    from tradeguard.catalog.models import Listing

    reason = (
        f"{policy.SANCTIONS_HIDDEN_PREFIX} {standing.points_in_force} points in force. "
        f"{standing.summary}"
    )
    from tradeguard.catalog.services import listing_set_status

    listings = Listing.objects.filter(
        supplier__in=company_organizations(org), status=ListingStatus.ACTIVE
    )
    hidden = 0
    for listing in listings:
        listing_set_status(actor=None, listing=listing, status=ListingStatus.HIDDEN, reason=reason)
        hidden += 1
    event_record(
        obj=org, type="sanctions.listings_hidden", actor=actor, params={"listings": hidden}
    )


def _show_listings(*, org: Organization, actor: Any, why: str) -> int:
    """Show again the company's listings that sanctions hid, and no other hidden ones
    (a supplier's own hiding, a removal). Returns how many."""
    from tradeguard.catalog.enums import ListingStatus
    from tradeguard.catalog.models import Listing
    from tradeguard.catalog.services import listing_set_status

    listings = Listing.objects.filter(
        supplier__in=company_organizations(org),
        status=ListingStatus.HIDDEN,
        status_reason__startswith=policy.SANCTIONS_HIDDEN_PREFIX,
    ).order_by("id")
    shown = 0
    for listing in listings:
        listing_set_status(actor=None, listing=listing, status=ListingStatus.ACTIVE, reason=why)
        shown += 1
    event_record(obj=org, type="sanctions.listings_shown", actor=actor, params={"listings": shown})
    return shown


def listings_unhide(org_id: int) -> str:
    """Timer handler (end of a restriction that hid listings): if the standing no longer
    hides listings, show those sanctions hid. Re-reads the ledger; idempotent."""
    with transaction.atomic():
        org = Organization.objects.select_for_update().filter(pk=org_id).first()
        if org is None:
            return "gone"
        standing = supplier_standing(org, with_record=False)
        if standing.listings_hidden:
            return "still hidden" + (
                f" until {standing.hidden_until:%Y-%m-%d %H:%M}" if standing.hidden_until else ""
            )
        shown = _show_listings(
            org=org,
            actor=None,
            why=f"Shown again: the sanctions that hid it ended. {standing.summary}",
        )
    return f"shown {shown}"


def entry_reverse(
    *,
    entry: SanctionEntry,
    reason: str = "",
    actor: Any,
    idempotency_key: str,
    reason_code: str = "",
    reason_params: dict[str, Any] | None = None,
) -> SanctionEntry:
    """Undo a points or strike entry because the decision that gave it was undone (an
    appeal upheld, a complaint withdrawn or not upheld). Appends a reversal row: from now
    on the entry does not count, nor do the restrictions or hidden listings it caused.
    Once per entry; a repeat with the same key returns the reversal already recorded."""
    params = dict(reason_params or {})
    if reason_code and not reason:
        reason = REASONS.english(reason_code, params)
    reason = (reason or "").strip()
    key = (idempotency_key or "").strip()
    if not reason:
        raise invalid("reason", _("Say why the sanction is reversed; the supplier will read it."))
    if not key:
        raise invalid("idempotency_key", _("Give a key that identifies this reversal uniquely."))
    with transaction.atomic():
        org = Organization.objects.select_for_update().get(pk=entry.supplier_id)
        target = SanctionEntry.objects.get(pk=entry.pk)
        existing = SanctionEntry.objects.filter(idempotency_key=key).first()
        if existing is not None:
            if existing.reverses_id != target.pk:
                raise ApplicationError(
                    SanctionsErrorCode.IDEMPOTENCY_KEY_REUSED,
                    _("This idempotency key was already used for a different sanction."),
                    fields={"idempotency_key": _("Use a new key for a new reversal.")},
                    status=409,
                )
            return existing
        if target.kind == SanctionKind.REVERSAL:
            raise ApplicationError(
                SanctionsErrorCode.NOT_REVERSIBLE,
                _("A reversal cannot itself be reversed; impose the sanction again instead."),
                fields={"entry": _("Choose a points or strike entry.")},
                status=409,
            )
        done = SanctionEntry.objects.filter(reverses=target).first()
        if done is not None:
            raise ApplicationError(
                SanctionsErrorCode.ALREADY_REVERSED,
                _("This entry was already reversed on %(created_at)s UTC.")
                % {"created_at": format(done.created_at, "%Y-%m-%d %H:%M")},
                fields={"entry": _("Each entry is reversed at most once.")},
                status=409,
            )
        now = clock.now()
        before = supplier_standing(org, now, with_record=False)
        reversal = SanctionEntry.objects.create(
            supplier_id=target.supplier_id,
            company_key=target.company_key,
            kind=SanctionKind.REVERSAL,
            points=0,
            reason=reason,
            reason_code=reason_code,
            reason_params=params,
            source_type=target.source_type,
            source_id=target.source_id,
            idempotency_key=key,
            created_by=actor if getattr(actor, "is_authenticated", False) else None,
            created_at=now,
            # The reversal matters as long as the entry would have counted.
            expires_at=max(target.expires_at, now + dt.timedelta(seconds=1)),
            reverses=target,
        )
        after = supplier_standing(org, now, with_record=False)
        what = _what(target, merged=False)
        event_record(
            obj=org,
            type="sanctions.entry_reversed",
            actor=actor,
            old={"points_in_force": before.points_in_force, "level": before.level},
            new={"points_in_force": after.points_in_force, "level": after.level},
            params={
                "entry": target.pk,
                "reversal": reversal.pk,
                "kind": target.kind,
                "points": target.points,
                "reason": reason,
                "source_type": target.source_type,
                "source_id": target.source_id,
            },
        )
        _reversal_consequences(
            org=org, before=before, after=after, reversal=reversal, what=what, actor=actor
        )
        return reversal


def _reversal_consequences(
    *,
    org: Organization,
    before: Standing,
    after: Standing,
    reversal: SanctionEntry,
    what: Text,
    actor: Any,
) -> None:
    from tradeguard.notifications.services import notify_org

    changed = _standing_changed(before, after)
    notify_org(
        organization=org,
        kind="sanctions.changed" if changed else "sanctions.entry",
        subject=Text(gettext_lazy("Sanctions: %(what)s reversed"), what=what),
        body=Text(
            gettext_lazy(
                "No longer counted: %(what)s given to your company. Reason: %(reason)s\n\n"
                "Points in force: %(points)s; counted strikes: %(strikes)s.\n"
                "Standing: %(standing)s"
            ),
            what=what,
            reason=lambda: reversal.reason_text,
            points=str(after.points_in_force),
            strikes=str(after.strikes_in_force),
            standing=lambda: after.summary,
        ),
        link=f"/sanctions/suppliers/{org.pk}/",
        actor=actor,
        topic=("sanctions.supplier", org.pk),
    )
    if changed:
        _record_level_change(
            org=org, before=before, after=after, actor=actor, params={"reversal": reversal.pk}
        )
    if before.listings_hidden and not after.listings_hidden:
        _show_listings(
            org=org,
            actor=actor,
            why=f"Shown again: the sanctions that hid it were reversed. {after.summary}",
        )
    _schedule_unhide(org=org, before=before, after=after)
