"""Every write of image monitoring that a person (or the digest timer) starts.

Registration of monitored images, the review of matches (one transition service),
supplier authorizations and the digest. Writes driven by the engine (fingerprints,
matching an uploaded listing image, scans) live in `matching.py`. Every service takes
keyword-only arguments and an explicit actor, runs in a transaction, locks the row it
changes and records an event.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import IO, Any

from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, ngettext_lazy

from tradeguard.accounts.enums import OrgKind
from tradeguard.accounts.models import Organization, User
from tradeguard.catalog.enums import ImageHashStatus
from tradeguard.catalog.models import ListingImage
from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError, invalid, not_found, permission_denied
from tradeguard.common.events import event_record
from tradeguard.common.i18n.text import Joined, Text, join_list
from tradeguard.common.timers import timer_ensure
from tradeguard.evidence.enums import FileCategory
from tradeguard.evidence.models import StoredFile
from tradeguard.evidence.services import file_store
from tradeguard.ip.models import ComplaintDraft, IpRecord
from tradeguard.monitoring import policy, selectors
from tradeguard.monitoring.engine import Hit
from tradeguard.monitoring.enums import (
    MatchStatus,
    MonitoredSource,
    MonitoredStatus,
    MonitoringErrorCode,
    ScanStatus,
)
from tradeguard.monitoring.models import (
    Match,
    MatchGroup,
    MonitoredImage,
    ScanJob,
    SupplierAuthorization,
    WatchSet,
)

log = logging.getLogger(__name__)
E = MonitoringErrorCode
TIMER_DIGEST = "monitoring.digest"
TIMER_IP_SYNC = "monitoring.ip_sync"


# --- helpers ---------------------------------------------------------------------------


def _owner_for(actor: User, owner: Organization | None) -> Organization:
    """The organization the actor registers or reviews for (its own by default)."""
    if not selectors.is_reporter(actor):
        raise permission_denied(
            _("Only rights holders and their agents monitor images and review matches.")
        )
    if owner is None:
        assert actor.organization is not None
        owner = actor.organization
    if not selectors.may_act_for(actor, owner.pk):
        raise not_found(_("organization"))
    return owner


def _check_reviewer(actor: User, owner_id: int) -> None:
    if selectors.sees_all(actor) and not selectors.is_reporter(actor):
        raise permission_denied(
            _("The rights holder reviews its own matches; officers can only look at them.")
        )
    if not selectors.may_act_for(actor, owner_id):
        raise not_found(_("match"))


def _on_commit_enqueue(fn: Callable[[], Any]) -> None:
    def run() -> None:
        try:
            fn()
        except Exception:  # the row stays queued/pending; the next request retries it
            log.exception("could not enqueue monitoring task")

    transaction.on_commit(run)


# --- watch sets and monitored images ---------------------------------------------------


def watch_set_create(
    *, actor: User, name: str, description: str = "", owner: Organization | None = None
) -> WatchSet:
    owner = _owner_for(actor, owner)
    name = (name or "").strip()
    if not name or len(name) > 120:
        raise invalid("watch_set_name", _("Name the watch set in 1-120 characters."))
    with transaction.atomic():
        if WatchSet.objects.filter(owner=owner, name__iexact=name).exists():
            raise ApplicationError(
                E.WATCH_SET_NAME_TAKEN,
                _("You already have a watch set called %(name)s.") % {"name": repr(name)},
                fields={"watch_set_name": _("Choose that set, or another name.")},
                status=409,
            )
        watch_set = WatchSet.objects.create(
            owner=owner, name=name, description=(description or "").strip(), created_by=actor
        )
        event_record(
            obj=watch_set, type="monitoring.watch_set.created", actor=actor, new={"name": name}
        )
    return watch_set


def _watch_set_for(
    actor: User, owner: Organization, watch_set: WatchSet | None, watch_set_name: str
) -> WatchSet | None:
    if watch_set is not None:
        if watch_set.owner_id != owner.pk:
            raise not_found(_("watch set"))
        return watch_set
    name = (watch_set_name or "").strip()
    if not name:
        return None
    found = WatchSet.objects.filter(owner=owner, name__iexact=name).first()
    return found or watch_set_create(actor=actor, name=name, owner=owner)


def monitored_register(
    *,
    actor: User,
    upload: IO[bytes],
    name: str,
    label: str = "",
    owner: Organization | None = None,
    watch_set: WatchSet | None = None,
    watch_set_name: str = "",
) -> MonitoredImage:
    """Register an image to watch. It is hashed and scanned against every existing
    listing image in the background (the returned image's latest scan shows progress);
    every listing image uploaded later is matched against it."""
    owner = _owner_for(actor, owner)
    label = (label or "").strip()
    if len(label) > 200:
        raise invalid("label", _("Use at most 200 characters."))
    target_set = _watch_set_for(actor, owner, watch_set, watch_set_name)
    stored = file_store(
        upload=upload,
        name=name,
        actor=actor,
        allowed=(FileCategory.IMAGE,),
        max_bytes=int(policy.setting("image_max_bytes")),
    )
    with transaction.atomic():
        existing = (
            MonitoredImage.objects.select_for_update().filter(owner=owner, file=stored).first()
        )
        if existing is not None and existing.status == MonitoredStatus.ACTIVE:
            raise ApplicationError(
                E.ALREADY_MONITORED,
                _("This image is already monitored as %(label)s.")
                % {"label": repr(existing.label)},
                fields={"file": _("Open that monitored image; its matches are in your queue.")},
                status=409,
            )
        if existing is not None:
            return _set_status(actor, existing, MonitoredStatus.ACTIVE)
        try:
            with transaction.atomic():
                monitored = MonitoredImage.objects.create(
                    owner=owner,
                    file=stored,
                    label=label or stored.original_name or f"Image {stored.sha256[:10]}",
                    source=MonitoredSource.WATCH_SET,
                    watch_set=target_set,
                    status=MonitoredStatus.ACTIVE,
                    status_changed_at=clock.now(),
                    created_by=actor,
                )
        except IntegrityError:
            raise ApplicationError(
                E.ALREADY_MONITORED,
                _("This image was registered a moment ago."),
                fields={"file": _("Reload your monitored images.")},
                status=409,
            ) from None
        event_record(
            obj=monitored,
            type="monitoring.image.registered",
            actor=actor,
            new={"label": monitored.label, "source": monitored.source},
            params={"sha256": stored.sha256, "watch_set": target_set.name if target_set else ""},
        )
        _scan_create(actor, monitored)
    return monitored


def _scan_create(actor: User | None, monitored: MonitoredImage) -> ScanJob:
    scan = ScanJob.objects.create(
        monitored_image=monitored,
        owner_id=monitored.owner_id,
        status=ScanStatus.QUEUED,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    event_record(
        obj=monitored, type="monitoring.scan.queued", actor=actor, params={"scan": scan.pk}
    )
    _on_commit_enqueue(lambda: _enqueue_prepare(monitored.pk, scan.pk))
    return scan


def _enqueue_prepare(monitored_id: int, scan_id: int) -> None:
    from tradeguard.monitoring.tasks import monitored_image_prepare

    monitored_image_prepare.enqueue(monitored_id, scan_id)


def scan_start(*, actor: User, monitored: MonitoredImage) -> ScanJob:
    """Scan the image against every existing listing image again."""
    _check_reviewer(actor, monitored.owner_id)
    with transaction.atomic():
        locked = MonitoredImage.objects.select_for_update().get(pk=monitored.pk)
        if locked.status != MonitoredStatus.ACTIVE:
            raise ApplicationError(
                E.ARCHIVED,
                _("The image is no longer monitored."),
                fields={"status": _("Monitor it again first.")},
                status=409,
            )
        running = locked.scans.filter(status__in=[ScanStatus.QUEUED, ScanStatus.RUNNING]).first()
        if running is not None:
            raise ApplicationError(
                E.INVALID_TRANSITION,
                _("A scan of this image is already %(lower)s (%(done)s/%(total)s).")
                % {
                    "lower": running.get_status_display().lower(),
                    "done": running.done,
                    "total": running.total,
                },
                fields={"scan": _("Wait for it to finish.")},
                status=409,
            )
        return _scan_create(actor, locked)


def monitored_set_status(*, actor: User, monitored: MonitoredImage, status: str) -> MonitoredImage:
    """Stop monitoring an image (archive) or monitor it again (starts a new scan)."""
    if status not in MonitoredStatus.values:
        raise invalid(
            "status",
            _("Choose one of: %(values)s.") % {"values": ", ".join(MonitoredStatus.values)},
        )
    _check_reviewer(actor, monitored.owner_id)
    with transaction.atomic():
        locked = MonitoredImage.objects.select_for_update().get(pk=monitored.pk)
        if locked.status == status:
            raise ApplicationError(
                E.INVALID_TRANSITION,
                _("The image is already %(lower)s.")
                % {"lower": locked.get_status_display().lower()},
                fields={"status": _("Nothing to change.")},
                status=409,
            )
        return _set_status(actor, locked, MonitoredStatus(status))


def _set_status(
    actor: User | None, locked: MonitoredImage, status: MonitoredStatus
) -> MonitoredImage:
    old = locked.status
    locked.status = status
    locked.status_changed_at = clock.now()
    locked.save(update_fields=["status", "status_changed_at", "updated_at"])
    event_record(
        obj=locked,
        type=f"monitoring.image.{'archived' if status == MonitoredStatus.ARCHIVED else 'restored'}",
        actor=actor,
        old={"status": old},
        new={"status": status},
    )
    if status == MonitoredStatus.ACTIVE:
        _scan_create(actor, locked)
    return locked


def monitored_sync_ip_records(
    *, actor: User | None = None, owner: Organization | None = None
) -> list[MonitoredImage]:
    """Monitor the reference images of approved, unexpired copyright records (of
    `owner`, or of every rights holder for the system), and stop monitoring images of
    records that are no longer usable. Returns the newly monitored images."""
    from tradeguard.ip.selectors import copyright_reference_images

    if actor is not None:
        owner = _owner_for(actor, owner)
    references = [
        (file, org, record)
        for file, org, record in copyright_reference_images()
        if owner is None or org.pk == owner.pk
    ]
    wanted = {(org.pk, file.pk) for file, org, _ in references}
    created: list[MonitoredImage] = []
    with transaction.atomic():
        for file, org, record in references:
            existing = (
                MonitoredImage.objects.select_for_update().filter(owner=org, file=file).first()
            )
            if existing is None:
                created.append(_register_record_image(actor, org, file, record))
            elif (
                existing.source == MonitoredSource.IP_RECORD
                and existing.status != MonitoredStatus.ACTIVE
            ):
                existing.ip_record = record
                existing.save(update_fields=["ip_record", "updated_at"])
                _set_status(actor, existing, MonitoredStatus.ACTIVE)
        stale = MonitoredImage.objects.select_for_update().filter(
            source=MonitoredSource.IP_RECORD, status=MonitoredStatus.ACTIVE
        )
        if owner is not None:
            stale = stale.filter(owner=owner)
        for image in stale:
            if (image.owner_id, image.file_id) not in wanted:
                _set_status(actor, image, MonitoredStatus.ARCHIVED)
        _ip_sync_ensure()
    return created


def _ip_sync_ensure() -> None:
    """Keep one pending daily re-sync with the IP records (expiries, new approvals)."""
    timer_ensure(kind=TIMER_IP_SYNC, due_at=policy.next_digest(clock.now()), future_only=True)


def ip_records_daily_sync(_: int = 0) -> str:
    """Timer handler: sync every rights holder's copyright images."""
    created = monitored_sync_ip_records()
    return f"monitoring {len(created)} new record image(s)"


def _register_record_image(
    actor: User | None, owner: Organization, file: StoredFile, record: IpRecord
) -> MonitoredImage:
    monitored = MonitoredImage.objects.create(
        owner=owner,
        file=file,
        label=f"{record.title} — {file.original_name or file.sha256[:10]}"[:200],
        source=MonitoredSource.IP_RECORD,
        ip_record=record,
        status=MonitoredStatus.ACTIVE,
        status_changed_at=clock.now(),
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    event_record(
        obj=monitored,
        type="monitoring.image.registered",
        actor=actor,
        new={"label": monitored.label, "source": monitored.source},
        params={"sha256": file.sha256, "ip_record": record.pk},
    )
    _scan_create(actor, monitored)
    return monitored


# --- listing images ----------------------------------------------------------------------


def listing_image_hash_status_set(*, image_id: int, status: str) -> bool:
    """Record whether a listing image could be hashed (catalog shows it). System write."""
    if status not in ImageHashStatus.values:
        raise invalid(
            "hash_status",
            _("Choose one of: %(values)s.") % {"values": ", ".join(ImageHashStatus.values)},
        )
    with transaction.atomic():
        image = ListingImage.objects.select_for_update().filter(pk=image_id).first()
        if image is None or image.hash_status == status:
            return False
        old = image.hash_status
        image.hash_status = status
        image.save(update_fields=["hash_status", "updated_at"])
        event_record(
            obj=image,
            type="monitoring.listing_image.hashed",
            old={"hash_status": old},
            new={"hash_status": status},
        )
    return True


# --- matches -----------------------------------------------------------------------------


def match_record(
    *, monitored: MonitoredImage, image: ListingImage, hit: Hit, engine_version: str
) -> Match | None:
    """Raise a match for review unless the pair was seen before (whatever its status:
    dismissed and authorized matches never come back) or the supplier is authorized."""
    listing = image.listing
    if listing.supplier_id == monitored.owner_id:
        return None
    if listing.supplier_id in selectors.authorized_suppliers(monitored.owner_id):
        return None
    if Match.objects.filter(monitored_image=monitored, listing_image=image).exists():
        return None
    now = clock.now()
    with transaction.atomic():
        group, _created = MatchGroup.objects.get_or_create(
            monitored_image=monitored,
            supplier_id=listing.supplier_id,
            defaults={"owner_id": monitored.owner_id},
        )
        group = MatchGroup.objects.select_for_update().get(pk=group.pk)
        try:
            with transaction.atomic():
                match = Match.objects.create(
                    monitored_image=monitored,
                    listing_image=image,
                    owner_id=monitored.owner_id,
                    listing=listing,
                    supplier_id=listing.supplier_id,
                    group=group,
                    score=min(1.0, max(0.0, hit.score)),
                    hash_distance=hit.hash_distance,
                    registered_distance=hit.registered_distance,
                    lost_ink=hit.lost_ink,
                    extra_ink=hit.extra_ink,
                    text_band=list(hit.text_band or ()),
                    inliers=hit.inliers,
                    listing_region=list(hit.query_region),
                    reference_region=list(hit.reference_region),
                    basis=hit.basis,
                    own_inliers=hit.own_inliers,
                    turned=hit.turned,
                    graphics=hit.graphics,
                    score_model=hit.score_model,
                    template_key=hit.template,
                    engine_version=engine_version,
                    status=MatchStatus.NEW,
                    found_at=now,
                )
        except IntegrityError:  # found concurrently by another worker
            return None
        _group_refresh(group)
        event_record(
            obj=match,
            type="monitoring.match.found",
            new={"status": MatchStatus.NEW, "score": match.score},
            params={
                "monitored_image": monitored.pk,
                "listing": listing.pk,
                "supplier": listing.supplier_id,
            },
        )
        _webhook_match_found(match, listing.marketplace_url)
        digest_ensure()
    return match


def _webhook_match_found(match: Match, url: str) -> None:
    from tradeguard.notifications.webhooks import webhook_emit

    webhook_emit(
        event="imagematch.match.found",
        data={
            "match_id": match.pk,
            "group_id": match.group_id,
            "rights_holder_id": match.owner_id,
            "monitored_image_id": match.monitored_image_id,
            "listing_id": match.listing_id,
            "listing_url": url,
            "listing_image_id": match.listing_image_id,
            "supplier_id": match.supplier_id,
            "score": match.score,
        },
    )


def _group_refresh(group: MatchGroup) -> None:
    stats = Match.objects.filter(group=group).aggregate(
        total=Count("id"),
        new=Count("id", filter=Q(status=MatchStatus.NEW)),
        best=Max("score"),
        last=Max("found_at"),
    )
    group.match_count = stats["total"] or 0
    group.new_count = stats["new"] or 0
    group.best_score = stats["best"] or 0.0
    group.last_found_at = stats["last"]
    group.save(
        update_fields=["match_count", "new_count", "best_score", "last_found_at", "updated_at"]
    )


def match_transition(*, actor: User | None, match: Match, to: str, note: str = "") -> Match:
    """The one way a match changes status (see policy.TRANSITIONS)."""
    if to not in MatchStatus.values:
        raise invalid(
            "status", _("Choose one of: %(values)s.") % {"values": ", ".join(MatchStatus.values)}
        )
    target = MatchStatus(to)
    if actor is not None:
        _check_reviewer(actor, match.owner_id)
    with transaction.atomic():
        locked = Match.objects.select_for_update().get(pk=match.pk)
        _move(actor, locked, target, note)
        _group_refresh(MatchGroup.objects.select_for_update().get(pk=locked.group_id))
    return locked


def _move(actor: User | None, locked: Match, target: MatchStatus, note: str) -> None:
    if not policy.can_move(locked.status, target):
        allowed = sorted(policy.TRANSITIONS[MatchStatus(locked.status)])
        raise ApplicationError(
            E.INVALID_TRANSITION,
            _("Match %(pk)s is %(lower)s; it cannot become %(label)s.")
            % {
                "pk": locked.pk,
                "lower": locked.get_status_display().lower(),
                "label": MatchStatus(target).label.lower(),
            },
            fields={
                "status": _("Allowed next: %(value)s.")
                % {
                    "value": join_list(MatchStatus(s).label.lower() for s in allowed)
                    or _("none (final)")
                }
            },
            status=409,
        )
    old = locked.status
    locked.status = target
    fields = ["status", "updated_at"]
    if target in policy.DECIDED:
        locked.decided_at = clock.now()
        locked.decided_by = actor if getattr(actor, "is_authenticated", False) else None
        locked.decision_note = (note or "").strip()
        fields += ["decided_at", "decided_by", "decision_note"]
    else:  # reopened: the earlier decision stays in the events
        locked.decided_at, locked.decided_by, locked.decision_note = None, None, ""
        fields += ["decided_at", "decided_by", "decision_note"]
    locked.save(update_fields=fields)
    event_record(
        obj=locked,
        type=f"monitoring.match.{target}",
        actor=actor,
        old={"status": old},
        new={"status": target},
        params={"note": note} if note else None,
    )


def _lock_selected(actor: User, matches: Sequence[Match]) -> list[Match]:
    if not matches:
        raise ApplicationError(
            E.NOTHING_SELECTED,
            _("Select at least one match."),
            fields={"match_ids": _("Tick the listings you want to act on.")},
        )
    owners = {m.owner_id for m in matches}
    if len(owners) != 1:
        raise invalid("match_ids", _("Act on one rights holder's matches at a time."))
    _check_reviewer(actor, owners.pop())
    ids = sorted({m.pk for m in matches})
    # of=self: PostgreSQL refuses FOR UPDATE on the nullable side of the outer join to
    # the (optional) IP record; only the matches need locking.
    locked = list(
        Match.objects.select_for_update(of=("self",))
        .select_related("listing", "monitored_image", "monitored_image__ip_record")
        .filter(pk__in=ids)
        .order_by("id")
    )
    return locked


def matches_dismiss(*, actor: User, matches: Sequence[Match], note: str = "") -> list[Match]:
    """Not a copy (or not worth acting on): the pair never comes back."""
    with transaction.atomic():
        locked = _lock_selected(actor, matches)
        for match in locked:
            _move(actor, match, MatchStatus.DISMISSED, note)
        _refresh_groups(locked)
    return locked


def _refuse_reported(locked: Sequence[Match]) -> None:
    """A listing already named in an open complaint of the owner (or held removed by
    one) is not confirmed again: the complaint is already running."""
    from tradeguard.ip.selectors import reported_items

    reported = reported_items([locked[0].owner_id], {m.listing_id for m in locked})
    if not reported:
        return
    named = [
        _("“%(title)s” (complaint #%(number)s)")
        % {"title": m.listing.title, "number": reported[m.listing_id].complaint_id}
        for m in locked
        if m.listing_id in reported
    ]
    raise ApplicationError(
        E.ALREADY_IN_COMPLAINT,
        _(
            "Already named in your open complaints, so not confirmed again: %(listings)s. "
            "Nothing was confirmed; follow those listings on their notice pages."
        )
        % {"listings": "; ".join(dict.fromkeys(named))},
        fields={"match_ids": _("Leave out the matches whose listing is already in a complaint.")},
        status=409,
    )


def _record_of(matches: Sequence[Match]) -> IpRecord | None:
    """The copyright record the confirmed images belong to (see
    ip.selectors.copyright_record_of_image), when they all belong to the same one."""
    from tradeguard.ip.selectors import copyright_record_of_image

    records = {
        copyright_record_of_image(
            m.owner_id, m.monitored_image.file_id, m.monitored_image.ip_record_id
        )
        for m in matches
    }
    return records.pop() if len(records) == 1 else None


def matches_confirm(*, actor: User, matches: Sequence[Match], note: str = "") -> ComplaintDraft:
    """Confirm the copies and prepare an `image_copy` IP complaint naming their
    listings; the rights holder reviews, signs and files it in the IP portal. The
    draft's record is the copyright record the monitored images belong to (none for
    images of no record: the rights holder chooses). Refused (409, nothing written)
    when a listing is already named in one of the owner's open complaints."""
    from tradeguard.ip.services import complaint_prefill

    limit = int(policy.setting("max_confirm"))
    if len(matches) > limit:
        raise invalid(
            "match_ids", _("Confirm at most %(limit)s matches at a time.") % {"limit": limit}
        )
    with transaction.atomic():
        locked = _lock_selected(actor, matches)
        _refuse_reported(locked)
        _check_complaint_ready(locked)
        for match in locked:
            _move(actor, match, MatchStatus.CONFIRMED, note)
        record = _record_of(locked)
        labels = sorted({m.monitored_image.label for m in locked})
        explanation = (
            "These listings use our product photograph(s) "
            + ", ".join(repr(label) for label in labels)
            + ", copied (possibly cropped, resized or watermarked). TradeGuard image "
            "monitoring found them; we reviewed each match side by side."
        )
        draft = complaint_prefill(
            actor=actor,
            rights_holder=locked[0].owner,
            listings=[m.listing_id for m in sorted(locked, key=lambda m: (-m.score, m.pk))],
            record=record if record is not None and record.owner_id == locked[0].owner_id else None,
            explanation=explanation,
            source="image_monitoring",
            source_ref={
                "matches": [m.pk for m in locked],
                "monitored_images": sorted({m.monitored_image_id for m in locked}),
            },
        )
        Match.objects.filter(pk__in=[m.pk for m in locked]).update(complaint_draft=draft)
        for match in locked:
            match.complaint_draft = draft
        _refresh_groups(locked)
    return draft


def _check_complaint_ready(matches: Sequence[Match]) -> None:
    """A complaint is never pre-filled from a match scored under the threshold set for
    0.995 precision (policy.complaint_threshold): a complaint built on a false match
    harms an innocent supplier."""
    weak = [m for m in matches if not policy.complaint_ready(m)]
    if not weak:
        return
    raise ApplicationError(
        E.BELOW_COMPLAINT_THRESHOLD,
        ngettext(
            "%(count)d selected match is not certain enough to prepare a complaint from it.",
            "%(count)d selected matches are not certain enough to prepare a complaint from them.",
            len(weak),
        )
        % {"count": len(weak)},
        fields={
            "match_ids": _(
                "Untick the matches marked “look closely”, or dismiss them. If you are sure "
                "a listing copies your image, report it yourself in the IP portal."
            )
        },
        status=422,
    )


def _refresh_groups(matches: Iterable[Match]) -> None:
    for group in MatchGroup.objects.select_for_update().filter(
        pk__in={m.group_id for m in matches}
    ):
        _group_refresh(group)


def supplier_authorize(
    *, actor: User, supplier: Organization, owner: Organization | None = None, note: str = ""
) -> SupplierAuthorization:
    """The supplier may use the owner's images: its open matches close as authorized
    and no further matches are raised from it."""
    owner = _owner_for(actor, owner)
    if supplier.kind != OrgKind.SUPPLIER:
        raise ApplicationError(
            E.NOT_A_SUPPLIER,
            _("%(name)s is not a supplier.") % {"name": supplier.name},
            fields={"supplier_id": _("Give the id of the supplier organization to authorize.")},
        )
    with transaction.atomic():
        found = (
            SupplierAuthorization.objects.select_for_update()
            .filter(owner=owner, supplier=supplier)
            .first()
        )
        if found is not None and found.active:
            raise ApplicationError(
                E.ALREADY_AUTHORIZED,
                _("%(name)s is already authorized.") % {"name": supplier.name},
                fields={"supplier_id": _("Nothing to change.")},
                status=409,
            )
        if found is None:
            found = SupplierAuthorization.objects.create(
                owner=owner, supplier=supplier, note=(note or "").strip(), created_by=actor
            )
        else:
            found.revoked_at, found.revoked_by = None, None
            found.note, found.created_by = (note or "").strip(), actor
            found.save(
                update_fields=["revoked_at", "revoked_by", "note", "created_by", "updated_at"]
            )
        open_matches = list(
            Match.objects.select_for_update().filter(
                owner=owner, supplier=supplier, status=MatchStatus.NEW
            )
        )
        for match in open_matches:
            _move(actor, match, MatchStatus.AUTHORIZED, note or "Supplier authorized.")
        _refresh_groups(open_matches)
        event_record(
            obj=found,
            type="monitoring.supplier.authorized",
            actor=actor,
            new={"supplier": supplier.name},
            params={"closed_matches": len(open_matches), "note": found.note},
        )
    return found


def authorization_revoke(
    *, actor: User, authorization: SupplierAuthorization
) -> SupplierAuthorization:
    """Withdraw the authorization: matches it closed come back for review."""
    _check_reviewer(actor, authorization.owner_id)
    with transaction.atomic():
        locked = SupplierAuthorization.objects.select_for_update().get(pk=authorization.pk)
        if not locked.active:
            raise ApplicationError(
                E.INVALID_TRANSITION,
                _("This authorization was already revoked."),
                fields={"authorization": _("Nothing to change.")},
                status=409,
            )
        locked.revoked_at, locked.revoked_by = clock.now(), actor
        locked.save(update_fields=["revoked_at", "revoked_by", "updated_at"])
        reopened = list(
            Match.objects.select_for_update().filter(
                owner_id=locked.owner_id,
                supplier_id=locked.supplier_id,
                status=MatchStatus.AUTHORIZED,
            )
        )
        for match in reopened:
            _move(actor, match, MatchStatus.NEW, "Supplier authorization revoked.")
        _refresh_groups(reopened)
        event_record(
            obj=locked,
            type="monitoring.supplier.revoked",
            actor=actor,
            params={"reopened_matches": len(reopened)},
        )
    return locked


# --- digest ------------------------------------------------------------------------------


def _with_newlines(parts: list[Text]) -> list[Any]:
    out: list[Any] = []
    for i, part in enumerate(parts):
        out += ["\n", part] if i else [part]
    return out


def digest_ensure() -> None:
    """Keep one pending digest timer while there are matches to report."""
    timer_ensure(kind=TIMER_DIGEST, due_at=policy.next_digest(clock.now()), future_only=True)


def matches_digest_send(_: int = 0) -> str:
    """Tell each rights holder how many new matches wait in its queue (once per match)."""
    pending = (
        Match.objects.filter(status=MatchStatus.NEW, notified_at__isnull=True)
        .values("owner_id", "supplier__name")
        .annotate(n=Count("id"))
    )
    per_owner: dict[int, dict[str, int]] = defaultdict(dict)
    for row in pending:
        per_owner[row["owner_id"]][row["supplier__name"]] = row["n"]
    now = clock.now()
    link = reverse("monitoring:queue")
    for owner in Organization.objects.filter(pk__in=per_owner):
        suppliers = per_owner[owner.pk]
        total = sum(suppliers.values())
        lines = [
            Text(
                ngettext_lazy(
                    "- %(supplier)s: %(n)s listing image",
                    "- %(supplier)s: %(n)s listing images",
                    "n",
                ),
                supplier=name,
                n=count,
            )
            for name, count in sorted(suppliers.items())
        ]
        from tradeguard.notifications.services import notify_org

        with transaction.atomic():
            notify_org(
                organization=owner,
                kind="monitoring.digest",
                subject=Text(
                    ngettext_lazy(
                        "%(n)s new image match to review", "%(n)s new image matches to review", "n"
                    ),
                    n=total,
                ),
                body=Text(
                    gettext_lazy(
                        "Image monitoring found listing images that look like your protected "
                        "images:\n%(lines)s\n\nConfirm a copy to prepare an IP complaint, "
                        "dismiss it, or mark the supplier as authorized. Nothing is sent to the "
                        "suppliers until you file a complaint."
                    ),
                    lines=Joined(tuple(_with_newlines(lines))),
                ),
                link=link,
                topic=("monitoring.queue", owner.pk),
            )
            Match.objects.filter(
                owner=owner, status=MatchStatus.NEW, notified_at__isnull=True
            ).update(notified_at=now)
            event_record(obj=owner, type="monitoring.digest.sent", params={"matches": total})
    return f"notified {len(per_owner)} rights holder(s)"
