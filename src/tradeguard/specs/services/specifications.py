"""Specifications and versions, attaching and accepting them on orders, AQL settings
and approved-sample photos."""

from __future__ import annotations

from typing import IO, Any

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tradeguard.accounts.enums import OrgKind, Role
from tradeguard.accounts.models import Organization, User
from tradeguard.common import clock
from tradeguard.common.acceptance import AcceptanceRules, accept_by_hash
from tradeguard.common.errors import (
    ApplicationError,
    CommonErrorCode,
    invalid,
    permission_denied,
)
from tradeguard.common.events import event_record
from tradeguard.common.i18n.text import Text, label_of
from tradeguard.evidence.enums import FileCategory
from tradeguard.evidence.models import StoredFile
from tradeguard.evidence.services import file_store
from tradeguard.notifications.services import notify_org
from tradeguard.orders.models import Order
from tradeguard.specs import aql, policy
from tradeguard.specs.clauses import canonical_json, sha256_of, validate_clauses
from tradeguard.specs.enums import (
    AcceptanceParty,
    AttachmentStatus,
    SpecsErrorCode,
)
from tradeguard.specs.models import (
    ApprovedSamplePhoto,
    Clause,
    OrderQualitySettings,
    OrderSpec,
    SpecAcceptance,
    Specification,
    SpecVersion,
)

E = SpecsErrorCode
PHOTO_FORMATS = (FileCategory.IMAGE,)


def _require_move(
    table: dict[Any, set[Any]], current: str, to: str, choices: Any, message: Any
) -> None:
    """409 unless the transition table allows `current` -> `to`. `message` names the
    object ("A specification that is %(current)s cannot become %(to)s."); the statuses
    are read as `choices`' labels."""
    if not policy.can_move(table, current, to):
        raise ApplicationError(
            E.INVALID_TRANSITION,
            message
            % {
                "current": str(label_of(choices, current)).lower(),
                "to": str(label_of(choices, to)).lower(),
            },
            status=409,
        )


# --- Specifications ---------------------------------------------------------------------


def _require_buyer(actor: User, buyer: Organization) -> None:
    if actor.is_platform:
        return
    if actor.role != Role.BUYER or actor.organization_id != buyer.pk:
        raise ApplicationError(
            E.NOT_SPEC_OWNER,
            _("Only the buyer organization that owns a specification may change it."),
            status=403,
        )


def _version_document(
    spec: Specification, number: int, notes: str, clauses: list[dict[str, Any]]
) -> dict[str, Any]:
    return {
        "format": "tradeguard.spec/1",
        "specification": {
            "id": spec.pk,
            "buyer": spec.buyer.name,
            "product_name": spec.product_name,
            "reference": spec.reference,
        },
        "version": number,
        "notes": notes,
        "clauses": clauses,
    }


def _create_version(
    *, spec: Specification, actor: User, clauses: list[dict[str, Any]], notes: str
) -> SpecVersion:
    number = (spec.versions.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    document = _version_document(spec, number, notes, clauses)
    version = SpecVersion.objects.create(
        specification=spec,
        number=number,
        notes=notes,
        canonical=canonical_json(document),
        sha256=sha256_of(document),
        created_by=actor,
    )
    Clause.objects.bulk_create(
        Clause(
            version=version,
            position=i,
            clause_id=c["clause_id"],
            text=c["text"],
            kind=c["kind"],
            severity=c["severity"],
            target=c["target"],
        )
        for i, c in enumerate(clauses, start=1)
    )
    return version


def _clean_name(value: str, field: str, limit: int, required: bool = True) -> str:
    text = (value or "").strip()
    if required and not text:
        raise invalid(field, _("This field is required."))
    if len(text) > limit:
        raise invalid(field, _("Use at most %(limit)s characters.") % {"limit": limit})
    return text


def spec_create(
    *,
    actor: User,
    product_name: str,
    clauses: list[dict[str, Any]],
    reference: str = "",
    notes: str = "",
    buyer: Organization | None = None,
) -> Specification:
    """A buyer writes a specification; its first version is created with it."""
    buyer = buyer or actor.organization
    if buyer is None or buyer.kind != OrgKind.BUYER:
        raise ApplicationError(
            E.NOT_SPEC_OWNER, _("Specifications belong to a buyer organization."), status=403
        )
    _require_buyer(actor, buyer)
    name = _clean_name(product_name, "product_name", 200)
    ref = _clean_name(reference, "reference", 100, required=False)
    note = _clean_name(notes, "notes", 500, required=False)
    cleaned = validate_clauses(clauses)
    with transaction.atomic():
        spec = Specification.objects.create(
            buyer=buyer, product_name=name, reference=ref, created_by=actor
        )
        version = _create_version(spec=spec, actor=actor, clauses=cleaned, notes=note)
        event_record(
            obj=spec,
            type="spec.created",
            actor=actor,
            new={"product_name": name, "version": version.number, "sha256": version.sha256},
            params={"clauses": len(cleaned)},
        )
    return spec


def spec_version_create(
    *, actor: User, specification: Specification, clauses: list[dict[str, Any]], notes: str = ""
) -> SpecVersion:
    """A new version; earlier versions stay as they were (accepted ones are binding)."""
    _require_buyer(actor, specification.buyer)
    note = _clean_name(notes, "notes", 500, required=False)
    cleaned = validate_clauses(clauses)
    with transaction.atomic():
        spec = Specification.objects.select_for_update().get(pk=specification.pk)
        latest = spec.versions.order_by("-number").first()
        if latest is not None and latest.document["clauses"] == cleaned and latest.notes == note:
            raise ApplicationError(
                CommonErrorCode.CONFLICT,
                _("Version %(number)s already has exactly these clauses; nothing changed.")
                % {"number": latest.number},
                status=409,
            )
        version = _create_version(spec=spec, actor=actor, clauses=cleaned, notes=note)
        spec.save(update_fields=["updated_at"])
        event_record(
            obj=spec,
            type="spec.version_created",
            actor=actor,
            old={"version": latest.number if latest else None},
            new={"version": version.number, "sha256": version.sha256},
            params={"clauses": len(cleaned)},
        )
    return version


def spec_import(
    *, actor: User, data: object, specification: Specification | None = None
) -> SpecVersion:
    """Import the JSON export format (`tradeguard.spec/1`) or a plain
    {"product_name", "reference", "clauses"} object: a new spec, or a new version of
    `specification`."""
    if not isinstance(data, dict):
        raise ApplicationError(
            E.INVALID_IMPORT,
            _("The import must be a JSON object with clauses."),
            fields={"file": _("Upload a file exported from TradeGuard or follow its format.")},
        )
    clauses = data.get("clauses")
    notes = str(data.get("notes") or "")
    if specification is not None:
        return spec_version_create(
            actor=actor, specification=specification, clauses=clauses or [], notes=notes
        )
    meta: dict[str, Any] = (
        data["specification"] if isinstance(data.get("specification"), dict) else data
    )
    spec = spec_create(
        actor=actor,
        product_name=str(meta.get("product_name") or ""),
        reference=str(meta.get("reference") or ""),
        clauses=clauses or [],
        notes=notes,
    )
    return spec.versions.get(number=1)


# --- Attaching to orders and accepting ----------------------------------------------------


def order_party(actor: User, order: Order) -> str | None:
    if actor.role == Role.BUYER and actor.organization_id == order.buyer_id:
        return AcceptanceParty.BUYER
    if actor.role == Role.SUPPLIER and actor.organization_id == order.supplier_id:
        return AcceptanceParty.SUPPLIER
    return None


def attachment_transition(
    *, actor: User | None, attachment: OrderSpec, to: AttachmentStatus, reason: str = ""
) -> OrderSpec:
    """The one place an attachment changes status (ATTACHMENT_TRANSITIONS)."""
    _require_move(
        policy.ATTACHMENT_TRANSITIONS,
        attachment.status,
        to,
        AttachmentStatus,
        _("A specification that is %(current)s cannot become %(to)s."),
    )
    old = attachment.status
    now = clock.now()
    attachment.status = to
    fields = ["status", "updated_at"]
    if to == AttachmentStatus.BINDING:
        attachment.binding_at = now
        fields.append("binding_at")
    if to == AttachmentStatus.SUPERSEDED:
        attachment.superseded_at = now
        fields.append("superseded_at")
    attachment.save(update_fields=fields)
    event_record(
        obj=attachment,
        type=f"spec_attachment.{to}",
        actor=actor,
        old={"status": old},
        new={"status": to},
        params={"reason": reason, "order": attachment.order_id},
    )
    return attachment


def order_spec_attach(*, actor: User, order: Order, version: SpecVersion) -> OrderSpec:
    """The buyer proposes a spec version for an order. It becomes binding once buyer
    and supplier both accept it; a binding version is replaced only when a new one is
    accepted by both."""
    if not actor.is_platform and order_party(actor, order) != AcceptanceParty.BUYER:
        raise permission_denied(_("Only the order's buyer attaches a specification."))
    if version.specification.buyer_id != order.buyer_id:
        raise ApplicationError(
            E.WRONG_BUYER,
            _("This specification belongs to another buyer than the order's."),
            fields={"version_id": _("Attach one of the order buyer's own specifications.")},
        )
    with transaction.atomic():
        Order.objects.select_for_update().get(pk=order.pk)
        current = list(
            OrderSpec.objects.select_for_update()
            .filter(order=order)
            .exclude(status=AttachmentStatus.SUPERSEDED)
        )
        for att in current:
            if att.version_id == version.pk:
                raise ApplicationError(
                    CommonErrorCode.CONFLICT,
                    _("Version %(number)s is already %(status)s for this order.")
                    % {
                        "number": version.number,
                        "status": str(AttachmentStatus(att.status).label).lower(),
                    },
                    status=409,
                )
        for att in current:
            if att.status == AttachmentStatus.PROPOSED:
                attachment_transition(
                    actor=actor,
                    attachment=att,
                    to=AttachmentStatus.SUPERSEDED,
                    reason=f"replaced by version {version.number} before both accepted",
                )
        attachment = OrderSpec.objects.create(order=order, version=version, attached_by=actor)
        event_record(
            obj=attachment,
            type="spec_attachment.proposed",
            actor=actor,
            new={"status": AttachmentStatus.PROPOSED, "version": version.number},
            params={"order": order.pk, "sha256": version.sha256},
        )
        event_record(
            obj=order,
            type="order.spec_attached",
            actor=actor,
            new={"specification": version.specification_id, "version": version.number},
            params={"sha256": version.sha256},
        )
        notify_org(
            organization=order.supplier,
            kind="spec.attached",
            subject=Text(
                gettext_lazy("Specification to accept on order %(reference)s"),
                reference=order.reference,
            ),
            body=Text(
                gettext_lazy(
                    "%(buyer)s attached %(product)s version %(version)s to order %(reference)s. "
                    "Review and accept it so it becomes binding."
                ),
                buyer=order.buyer.name,
                product=version.specification.product_name,
                version=str(version.number),
                reference=order.reference,
            ),
            link=f"/specs/orders/{order.pk}/",
            actor=actor,
            topic=order,
        )
    return attachment


ACCEPTANCE = AcceptanceRules(
    model=SpecAcceptance,
    document_field="attachment",
    statuses=AttachmentStatus,
    parties=AcceptanceParty,
    proposed=AttachmentStatus.PROPOSED,
    binding=AttachmentStatus.BINDING,
    sha256_required=False,
    not_a_party=E.NOT_A_PARTY,
    not_a_party_message=gettext_lazy(
        "Only the order's buyer and supplier accept its specification."
    ),
    hash_mismatch=E.HASH_MISMATCH,
    hash_mismatch_message=gettext_lazy(
        "The specification you reviewed is not the one attached (its SHA-256 differs)."
    ),
    hash_field_message=gettext_lazy(
        "Reload the specification; the attached version's SHA-256 is %(sha256)s."
    ),
    not_open=E.INVALID_TRANSITION,
    nothing_to_accept_message=gettext_lazy(
        "This specification is %(status)s; there is nothing to accept."
    ),
    already_accepted=E.ALREADY_ACCEPTED,
    already_accepted_message=gettext_lazy("The %(party)s has already accepted this version."),
)


def spec_accept(*, actor: User, attachment: OrderSpec, sha256: str | None = None) -> SpecAcceptance:
    """The buyer or the supplier accepts the exact content (its SHA-256; without one,
    the version attached). With both acceptances the version is binding and a previously
    binding one is superseded."""
    order = attachment.order
    version = attachment.version

    def accepted(locked: OrderSpec, party: str, both: bool) -> None:
        event_record(
            obj=order,
            type="order.spec_accepted",
            actor=actor,
            new={"party": party, "version": version.number},
            params={"sha256": version.sha256, "attachment": locked.pk},
        )
        if both:
            for previous in OrderSpec.objects.select_for_update().filter(
                order=order, status=AttachmentStatus.BINDING
            ):
                attachment_transition(
                    actor=actor,
                    attachment=previous,
                    to=AttachmentStatus.SUPERSEDED,
                    reason=f"version {version.number} accepted by both parties",
                )
            attachment_transition(
                actor=actor,
                attachment=locked,
                to=AttachmentStatus.BINDING,
                reason="accepted by buyer and supplier",
            )
            event_record(
                obj=order,
                type="order.spec_binding",
                actor=actor,
                new={"version": version.number},
                params={"sha256": version.sha256},
            )
            return
        other = order.supplier if party == AcceptanceParty.BUYER else order.buyer
        notify_org(
            organization=other,
            kind="spec.accepted",
            subject=Text(
                gettext_lazy("Specification accepted by the buyer on order %(reference)s")
                if party == AcceptanceParty.BUYER
                else gettext_lazy("Specification accepted by the supplier on order %(reference)s"),
                reference=order.reference,
            ),
            body=Text(
                gettext_lazy(
                    "The buyer accepted version %(version)s. Accept it too to make it binding."
                )
                if party == AcceptanceParty.BUYER
                else gettext_lazy(
                    "The supplier accepted version %(version)s. Accept it too to make it binding."
                ),
                version=str(version.number),
            ),
            link=f"/specs/orders/{order.pk}/",
            actor=actor,
            topic=order,
        )

    return accept_by_hash(
        rules=ACCEPTANCE,
        actor=actor,
        order=order,
        document=attachment,
        party=order_party(actor, order),
        sha256=sha256,
        expected=version.sha256,
        on_accepted=accepted,
    )


# --- AQL settings and sample photos ------------------------------------------------------


def quality_settings_update(
    *,
    actor: User,
    order: Order,
    level: str | None = None,
    aql_critical: str | None = None,
    aql_major: str | None = None,
    aql_minor: str | None = None,
    reduced_approved: bool | None = None,
) -> OrderQualitySettings:
    """The buyer sets the order's inspection level and AQLs (and approves reduced
    inspection, as the responsible authority)."""
    if not actor.is_platform and order_party(actor, order) != AcceptanceParty.BUYER:
        raise permission_denied(_("Only the order's buyer sets its AQLs."))
    changes: dict[str, Any] = {}
    if level is not None:
        changes["level"] = aql.parse_level(level)
    if aql_critical is not None:
        changes["aql_critical"] = (
            aql.aql_label(aql.parse_aql(aql_critical))
            if str(aql_critical).strip() not in ("", "0")
            else ""
        )
    if aql_major is not None:
        changes["aql_major"] = aql.aql_label(aql.parse_aql(aql_major))
    if aql_minor is not None:
        changes["aql_minor"] = aql.aql_label(aql.parse_aql(aql_minor))
    if reduced_approved is not None:
        changes["reduced_approved"] = bool(reduced_approved)
    with transaction.atomic():
        Order.objects.select_for_update().get(pk=order.pk)
        settings_row, _created = OrderQualitySettings.objects.get_or_create(
            order=order,
            defaults={
                "level": policy.setting("level"),
                "aql_critical": policy.setting("aql_critical"),
                "aql_major": policy.setting("aql_major"),
                "aql_minor": policy.setting("aql_minor"),
            },
        )
        old = {k: getattr(settings_row, k) for k in changes}
        for key, value in changes.items():
            setattr(settings_row, key, value)
        settings_row.updated_by = actor
        settings_row.save()
        event_record(obj=order, type="order.aql_settings", actor=actor, old=old, new=changes)
    return settings_row


def quality_settings_for(order: Order) -> dict[str, Any]:
    row = OrderQualitySettings.objects.filter(order=order).first()
    if row is None:
        return {
            "level": policy.setting("level"),
            "aql_critical": policy.setting("aql_critical"),
            "aql_major": policy.setting("aql_major"),
            "aql_minor": policy.setting("aql_minor"),
            "reduced_approved": False,
        }
    return {
        "level": row.level,
        "aql_critical": row.aql_critical,
        "aql_major": row.aql_major,
        "aql_minor": row.aql_minor,
        "reduced_approved": row.reduced_approved,
    }


def _store_photo(*, upload: IO[bytes], name: str, actor: User) -> StoredFile:
    """An approved-sample or inspection photo: images only, up to the policy's size."""
    return file_store(
        upload=upload,
        name=name,
        actor=actor,
        allowed=PHOTO_FORMATS,
        max_bytes=int(policy.setting("photo_max_bytes")),
    )


def approved_sample_photo_add(
    *, actor: User, order: Order, upload: IO[bytes], name: str, caption: str = ""
) -> ApprovedSamplePhoto:
    if not actor.is_platform and order_party(actor, order) is None:
        raise permission_denied(
            _("Only the order's buyer and supplier add approved-sample photos.")
        )
    caption = _clean_name(caption, "caption", 300, required=False)
    stored = _store_photo(upload=upload, name=name, actor=actor)
    with transaction.atomic():
        Order.objects.select_for_update().get(pk=order.pk)
        photo = ApprovedSamplePhoto.objects.create(
            order=order, file=stored, caption=caption, uploaded_by=actor
        )
        event_record(
            obj=order,
            type="order.sample_photo_added",
            actor=actor,
            new={"photo": photo.pk, "sha256": stored.sha256},
        )
    return photo
