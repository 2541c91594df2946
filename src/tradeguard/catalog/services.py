"""Every write to listings and their images. Each runs in a transaction, locks the
listing and records an event; nothing is written when a rule is broken."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import IO, Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from tradeguard.accounts.enums import OrgKind, Role
from tradeguard.accounts.models import Organization, User
from tradeguard.catalog import policy
from tradeguard.catalog.enums import CatalogErrorCode, ListingStatus
from tradeguard.catalog.models import Listing, ListingImage
from tradeguard.catalog.reasons import REASONS
from tradeguard.catalog.selectors import may_manage
from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError, invalid, not_found, permission_denied
from tradeguard.common.events import event_record
from tradeguard.common.hooks import call_after_commit
from tradeguard.common.i18n.text import join_list
from tradeguard.evidence.enums import FileCategory
from tradeguard.evidence.services import file_store
from tradeguard.sanctions.policy import SANCTIONS_HIDDEN_PREFIX
from tradeguard.sanctions.selectors import supplier_is_restricted, supplier_standing

log = logging.getLogger(__name__)
E = CatalogErrorCode

# Called with the new ListingImage id after the transaction that added it commits.
# The monitoring app registers its hashing here from its AppConfig.ready():
#     from tradeguard.catalog.services import IMAGE_ADDED_HOOKS
#     IMAGE_ADDED_HOOKS.append(enqueue_listing_image_hash)
# Hooks should be quick (enqueue a task, do not hash inline); one that raises is
# logged and does not undo the upload or stop the other hooks.
IMAGE_ADDED_HOOKS: list[Callable[[int], None]] = []

_url_validator = URLValidator(schemes=["http", "https"])


def _clean_url(url: str) -> str:
    url = (url or "").strip()
    try:
        if len(url) > 500:
            raise ValidationError("too long")
        _url_validator(url)
    except ValidationError:
        raise ApplicationError(
            E.INVALID_URL,
            _("%(url)s is not a web address.") % {"url": repr(url[:100])},
            fields={
                "marketplace_url": _("Give the listing's http(s) address, at most 500 characters.")
            },
        ) from None
    return url


def _refuse_taken_url(url: str, exclude: int | None = None) -> None:
    taken = Listing.objects.filter(marketplace_url=url)
    if exclude is not None:
        taken = taken.exclude(pk=exclude)
    if taken.exists():
        raise _url_taken(url)


def _url_taken(url: str) -> ApplicationError:
    return ApplicationError(
        E.URL_TAKEN,
        _("A listing with the address %(url)s is already recorded.") % {"url": url},
        fields={
            "marketplace_url": _("Each marketplace address is recorded once; open that listing.")
        },
        status=409,
    )


def _clean_text(value: str, field: str, limit: int, *, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise invalid(field, _("This field is required."))
    if len(value) > limit:
        raise invalid(field, _("Use at most %(limit)s characters.") % {"limit": limit})
    return value


def _clean_attributes(attributes: dict[str, Any] | None) -> dict[str, str]:
    attributes = attributes or {}
    limit = int(policy.setting("max_attributes"))
    if not isinstance(attributes, dict) or len(attributes) > limit:
        raise ApplicationError(
            E.INVALID_ATTRIBUTES,
            _("Attributes are up to %(limit)s name/value pairs.") % {"limit": limit},
            fields={"attributes": _('Send an object such as {"Material": "304 stainless steel"}.')},
        )
    cleaned = {}
    for name, value in attributes.items():
        key = str(name).strip()
        if not key or len(key) > 100 or not isinstance(value, str | int) or len(str(value)) > 1000:
            raise ApplicationError(
                E.INVALID_ATTRIBUTES,
                _("Attribute %(key)s is not a name (1-100 characters) with a text value.")
                % {"key": repr(key[:100])},
                fields={
                    f"attributes.{key[:100]}": _("Give a text value of at most 1000 characters.")
                },
            )
        cleaned[key] = str(value).strip()
    return cleaned


def _refuse_restricted(supplier: Organization) -> None:
    if supplier_is_restricted(supplier):
        raise ApplicationError(
            E.SUPPLIER_RESTRICTED,
            _("%(name)s is restricted by sanctions and may not publish listings now.")
            % {"name": supplier.name},
            fields={
                "supplier": _("See the supplier's standing page for when the restriction ends.")
            },
            status=403,
        )


def _listing_supplier(actor: User, supplier: Organization | None) -> Organization:
    if actor.is_platform:
        if supplier is None:
            raise invalid(
                "supplier_id", _("Name the supplier organization the listing belongs to.")
            )
    elif actor.role == Role.SUPPLIER and actor.organization is not None:
        if supplier is not None and supplier.pk != actor.organization_id:
            raise permission_denied(
                _("Suppliers publish listings for their own organization only.")
            )
        supplier = actor.organization
    else:
        raise permission_denied(_("Only suppliers and platform officers publish listings."))
    if supplier.kind != OrgKind.SUPPLIER:
        raise ApplicationError(
            E.NOT_A_SUPPLIER,
            _("%(name)s is a %(kind)s organization, not a supplier.")
            % {"name": supplier.name, "kind": str(OrgKind(supplier.kind).label).lower()},
            fields={"supplier_id": _("Give the id of a supplier organization.")},
        )
    return supplier


def listing_create(
    *,
    actor: User,
    marketplace_url: str,
    title: str,
    supplier: Organization | None = None,
    description: str = "",
    attributes: dict[str, Any] | None = None,
    disclosed_defects: str = "",
) -> Listing:
    """Publish a listing: a supplier for its own organization, an officer for any."""
    supplier = _listing_supplier(actor, supplier)
    url = _clean_url(marketplace_url)
    fields = {
        "title": _clean_text(title, "title", 300, required=True),
        "description": _clean_text(description, "description", 20_000),
        "attributes": _clean_attributes(attributes),
        "disclosed_defects": _clean_text(disclosed_defects, "disclosed_defects", 5_000),
    }
    _refuse_restricted(supplier)
    with transaction.atomic():
        _refuse_taken_url(url)
        try:
            with transaction.atomic():
                listing = Listing.objects.create(
                    supplier=supplier,
                    marketplace_url=url,
                    status=ListingStatus.ACTIVE,
                    status_changed_at=clock.now(),
                    created_by=actor,
                    **fields,
                )
        except IntegrityError:  # the same address arrived concurrently
            raise _url_taken(url) from None
        event_record(
            obj=listing,
            type="listing.created",
            actor=actor,
            new={"supplier": supplier.name, "marketplace_url": url, "title": listing.title},
            params={"supplier_id": supplier.pk},
        )
    return listing


def _lock(listing: Listing) -> Listing:
    return Listing.objects.select_for_update().select_related("supplier").get(pk=listing.pk)


def _check_manage(actor: User | None, listing: Listing) -> None:
    if actor is not None and not may_manage(actor, listing):
        raise permission_denied(_("Only the listing's supplier and platform officers change it."))


def _refuse_removed(actor: User | None, listing: Listing) -> None:
    if listing.status == ListingStatus.REMOVED and actor is not None and not actor.is_platform:
        raise ApplicationError(
            E.LISTING_REMOVED,
            _("The listing was removed; it cannot be changed unless an officer restores it."),
            fields={
                "status": _("Removed because: %(value)s")
                % {"value": listing.status_reason or "no reason given"}
            },
            status=409,
        )


def listing_update(
    *,
    actor: User,
    listing: Listing,
    title: str | None = None,
    description: str | None = None,
    attributes: dict[str, Any] | None = None,
    disclosed_defects: str | None = None,
    marketplace_url: str | None = None,
) -> Listing:
    """Change the given fields (None leaves a field as it is)."""
    changes: dict[str, Any] = {}
    if title is not None:
        changes["title"] = _clean_text(title, "title", 300, required=True)
    if description is not None:
        changes["description"] = _clean_text(description, "description", 20_000)
    if attributes is not None:
        changes["attributes"] = _clean_attributes(attributes)
    if disclosed_defects is not None:
        changes["disclosed_defects"] = _clean_text(disclosed_defects, "disclosed_defects", 5_000)
    if marketplace_url is not None:
        changes["marketplace_url"] = _clean_url(marketplace_url)
    with transaction.atomic():
        locked = _lock(listing)
        _check_manage(actor, locked)
        _refuse_removed(actor, locked)
        changed = {k: v for k, v in changes.items() if getattr(locked, k) != v}
        if not changed:
            return locked
        if "marketplace_url" in changed:
            _refuse_taken_url(changed["marketplace_url"], exclude=locked.pk)
        old = {k: getattr(locked, k) for k in changed}
        for name, value in changed.items():
            setattr(locked, name, value)
        locked.save(update_fields=[*changed, "updated_at"])
        event_record(obj=locked, type="listing.updated", actor=actor, old=old, new=changed)
    return locked


def listing_set_status(
    *,
    actor: User | None,
    listing: Listing,
    status: str,
    reason: str = "",
    reason_code: str = "",
    reason_params: dict[str, Any] | None = None,
) -> Listing:
    """Hide, show, remove or restore a listing. `actor=None` is the system acting on a
    rule (e.g. sanctions hiding a restricted supplier's listings, an IP restoration).

    Restoring a removed listing while sanctions hide the supplier's listings brings it
    back hidden, marked as hidden by sanctions, so that it is shown again with the
    others when the sanctions end."""
    if status not in ListingStatus.values:
        raise invalid(
            "status", _("Choose one of: %(values)s.") % {"values": ", ".join(ListingStatus.values)}
        )
    target = ListingStatus(status)
    params = dict(reason_params or {})
    if reason_code and not reason:
        reason = REASONS.english(reason_code, params)
    reason = _clean_text(reason, "reason", 5_000)
    with transaction.atomic():
        locked = _lock(listing)
        _check_manage(actor, locked)
        _check_status_move(actor, locked, target, reason)
        if locked.status == ListingStatus.REMOVED and target == ListingStatus.ACTIVE:
            hiding = _sanctions_hiding(locked.supplier)
            if hiding:
                target = ListingStatus.HIDDEN
                restored = f"{hiding} Restored from removal; shown when the sanctions end."
                reason = f"{restored} {reason}".strip()[:5_000]
                reason_code, params = "", {}
        old = {"status": locked.status, "status_reason": locked.status_reason}
        locked.status, locked.status_reason = target, reason
        locked.status_reason_code, locked.status_reason_params = reason_code, params
        locked.status_changed_at = clock.now()
        locked.save(
            update_fields=[
                "status",
                "status_reason",
                "status_reason_code",
                "status_reason_params",
                "status_changed_at",
                "updated_at",
            ]
        )
        event_record(
            obj=locked,
            type="listing.status_changed",
            actor=actor,
            old=old,
            new={
                "status": target,
                "status_reason": reason,
                "status_reason_code": reason_code,
                "status_reason_params": params,
            },
        )
    return locked


def _sanctions_hiding(supplier: Organization) -> str:
    """The status reason for a listing hidden by the supplier's sanctions, or "" when
    they hide nothing now."""
    standing = supplier_standing(supplier, with_record=False)
    if not standing.listings_hidden:
        return ""
    return (
        f"{SANCTIONS_HIDDEN_PREFIX} {standing.points_in_force} points in force. {standing.summary}"
    )


def _status(value: str) -> str:
    return str(ListingStatus(value).label).lower()


def _check_status_move(
    actor: User | None, listing: Listing, target: ListingStatus, reason: str
) -> None:
    if not policy.can_move(listing.status, target):
        allowed = sorted(policy.TRANSITIONS[ListingStatus(listing.status)])
        raise ApplicationError(
            E.INVALID_TRANSITION,
            _("A listing that is %(status)s cannot become %(target)s.")
            % {"status": _status(listing.status), "target": _status(target)},
            fields={
                "status": _("Allowed next: %(allowed)s.")
                % {"allowed": join_list(map(_status, allowed))}
            },
            status=409,
        )
    is_officer = actor is None or actor.is_platform
    if not policy.may_move(listing.status, target, is_officer=is_officer):
        raise permission_denied(_("Only a platform officer restores a removed listing."))
    if target in policy.REASON_REQUIRED and not reason:
        raise ApplicationError(
            E.REASON_REQUIRED,
            _("Say why the listing is %(target)s; the supplier sees the reason.")
            % {"target": _status(target)},
            fields={"reason": _("Give the reason in a sentence or two.")},
        )
    if target in policy.PUBLISHING and not is_officer:
        _refuse_restricted(listing.supplier)


def listing_image_add(
    *, actor: User, listing: Listing, upload: IO[bytes], name: str
) -> ListingImage:
    """Add a product image (JPEG, PNG, WebP, GIF, BMP), stored once by SHA-256. After
    commit, every hook in IMAGE_ADDED_HOOKS is called with the new image's id."""
    _check_manage(actor, listing)
    _refuse_removed(actor, listing)
    limit = int(policy.setting("max_images"))
    _refuse_full(listing, limit)
    stored = file_store(
        upload=upload,
        name=name,
        actor=actor,
        allowed=(FileCategory.IMAGE,),
        max_bytes=int(policy.setting("image_max_bytes")),
    )
    with transaction.atomic():
        locked = _lock(listing)
        _refuse_full(locked, limit)
        earlier = locked.images.filter(file=stored).first()
        if earlier is not None and earlier.removed_at is None:
            raise ApplicationError(
                E.DUPLICATE_IMAGE,
                _("This image is already on the listing."),
                fields={"file": _("Choose another image.")},
                status=409,
            )
        position = (locked.images.aggregate(m=Max("position"))["m"] or 0) + 1
        if earlier is not None:  # removed before: it comes back, last
            image = earlier
            image.removed_at = None
            image.position = position
            image.save(update_fields=["removed_at", "position", "updated_at"])
        else:
            image = ListingImage.objects.create(listing=locked, file=stored, position=position)
        event_record(
            obj=locked,
            type="listing.image_added",
            actor=actor,
            new={"image": image.pk, "position": position},
            params={
                "sha256": stored.sha256,
                "width": stored.width,
                "height": stored.height,
                "restored": earlier is not None,
            },
        )
        call_after_commit(IMAGE_ADDED_HOOKS, image.pk)
    return image


def listing_image_remove(*, actor: User, listing: Listing, image_id: int) -> None:
    """Take an image off the listing. It stops being shown and matched; the row and its
    file stay, because image-copy matches and complaints may rest on it."""
    _check_manage(actor, listing)
    _refuse_removed(actor, listing)
    with transaction.atomic():
        locked = _lock(listing)
        image = (
            locked.images.select_for_update()
            .select_related("file")
            .filter(pk=image_id, removed_at__isnull=True)
            .first()
        )
        if image is None:
            raise not_found(_("image"))
        image.removed_at = clock.now()
        image.save(update_fields=["removed_at", "updated_at"])
        event_record(
            obj=locked,
            type="listing.image_removed",
            actor=actor,
            old={"image": image.pk, "position": image.position},
            params={"sha256": image.file.sha256},
        )


def _refuse_full(listing: Listing, limit: int) -> None:
    if listing.images.filter(removed_at__isnull=True).count() >= limit:
        raise ApplicationError(
            E.TOO_MANY_IMAGES,
            _("A listing has at most %(limit)s images.") % {"limit": limit},
            fields={"file": _("Remove an image from the listing first, or keep the best ones.")},
            status=409,
        )
