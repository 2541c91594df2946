"""Every write of the contracts app: drafting a contract version, accepting it, and
revising the clause library."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tradeguard.accounts.models import User
from tradeguard.common import clock
from tradeguard.common.acceptance import AcceptanceRules, accept_by_hash
from tradeguard.common.errors import (
    ApplicationError,
    CommonErrorCode,
    not_found,
    permission_denied,
)
from tradeguard.common.events import event_record
from tradeguard.common.i18n.text import Text, label_of
from tradeguard.contracts import content, policy
from tradeguard.contracts.enums import (
    ContractParty,
    ContractsErrorCode,
    ContractStatus,
    Forum,
    GoverningLaw,
    Incoterm,
    LibraryKind,
    PrevailingLanguage,
)
from tradeguard.contracts.models import ContractAcceptance, LibraryClause, SalesContract
from tradeguard.orders.enums import OrderDocumentKind
from tradeguard.orders.models import Order, OrderDocument

E = ContractsErrorCode


def _invalid(fields: dict[str, str]) -> ApplicationError:
    return ApplicationError(
        CommonErrorCode.INVALID_INPUT,
        _("Some contract terms need correcting; nothing was saved."),
        fields=fields,
        status=422,
    )


def contract_party(actor: User, order: Order) -> str | None:
    """ "buyer" or "supplier" when `actor` is that party of the order, else None."""
    from tradeguard.specs.services import order_party

    party = order_party(actor, order)
    return str(party) if party else None


def _choice(value: Any, choices: Any, field: str, errors: dict[str, str]) -> str:
    text = str(value or "").strip()
    if text not in choices.values:
        errors[field] = _("Choose one of: %(values)s.") % {
            "values": ", ".join(str(label_of(choices, v)) for v in choices.values)
        }
    return text


def _text(value: Any, field: str, errors: dict[str, str], *, minimum: int = 1) -> str:
    text = " ".join(str(value or "").split())
    if len(text) < minimum:
        errors[field] = _("Required: write it as it should appear in the contract.")
    elif len(text) > policy.MAX_TEXT:
        errors[field] = _("At most %(count)d characters.") % {"count": policy.MAX_TEXT}
    return text


def _int(value: Any, field: str, bounds: tuple[int, int], errors: dict[str, str]) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        number = -1
    if not bounds[0] <= number <= bounds[1]:
        errors[field] = _("A whole number of days from %(low)d to %(high)d.") % {
            "low": bounds[0],
            "high": bounds[1],
        }
    return number


def _date(value: Any, field: str, errors: dict[str, str]) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value or "").strip())
    except ValueError:
        errors[field] = _("A date as YYYY-MM-DD.")
        return None


def clean_terms(order: Order, raw: Mapping[str, Any]) -> dict[str, Any]:
    """The drafting options, checked; 422 with every field's problem at once."""
    errors: dict[str, str] = {}
    terms: dict[str, Any] = {
        "incoterm": _choice(raw.get("incoterm"), Incoterm, "incoterm", errors),
        "place": _text(raw.get("place"), "place", errors),
        "forum": _choice(raw.get("forum"), Forum, "forum", errors),
        "governing_law": _choice(raw.get("governing_law"), GoverningLaw, "governing_law", errors),
        "prevailing_language": _choice(
            raw.get("prevailing_language"), PrevailingLanguage, "prevailing_language", errors
        ),
        "buyer_address": _text(raw.get("buyer_address"), "buyer_address", errors, minimum=5),
        "supplier_address": _text(
            raw.get("supplier_address"), "supplier_address", errors, minimum=5
        ),
        "notice_days": _int(raw.get("notice_days"), "notice_days", policy.NOTICE_DAYS, errors),
        "remedy_days": _int(raw.get("remedy_days"), "remedy_days", policy.REMEDY_DAYS, errors),
    }
    city = " ".join(str(raw.get("city") or "").split())
    if terms["forum"] == Forum.SUPPLIER_COURTS and not city:
        errors["city"] = _("Name the supplier's city whose courts decide disputes.")
    elif len(city) > 100:
        errors["city"] = _("At most %(count)d characters.") % {"count": 100}
    terms["city"] = city if terms["forum"] == Forum.SUPPLIER_COURTS else ""
    try:
        tolerance = Decimal(str(raw.get("quantity_tolerance", "")).strip())
        if not (0 <= tolerance <= policy.TOLERANCE_MAX) or tolerance.as_tuple().exponent < -1:  # type: ignore[operator]
            raise InvalidOperation
        terms["quantity_tolerance"] = f"{tolerance.normalize():f}"
    except (InvalidOperation, ValueError):
        errors["quantity_tolerance"] = _(
            "A percentage from 0 to %(max)s with at most one decimal, e.g. 3 or 2.5."
        ) % {"max": policy.TOLERANCE_MAX}
    ship_by = _date(raw.get("ship_by") or order.ship_by, "ship_by", errors)
    delivery_by = _date(raw.get("delivery_by"), "delivery_by", errors)
    if ship_by and delivery_by and delivery_by < ship_by:
        errors["delivery_by"] = _("The delivery date cannot be before the ship-by date.")
    terms["ship_by"] = ship_by.isoformat() if ship_by else ""
    terms["delivery_by"] = delivery_by.isoformat() if delivery_by else ""
    destination = str(raw.get("destination") or order.buyer.country).strip().upper()
    if len(destination) != 2 or not destination.isalpha():
        errors["destination"] = _("A two-letter country code (ISO 3166-1), e.g. DE or US.")
    terms["destination"] = destination
    lines = raw.get("compliance") or []
    if isinstance(lines, str):
        lines = lines.splitlines()
    compliance = [" ".join(str(line).split()) for line in lines if str(line).strip()]
    if len(compliance) > policy.MAX_COMPLIANCE_LINES:
        errors["compliance"] = _("At most %(count)d requirements.") % {
            "count": policy.MAX_COMPLIANCE_LINES
        }
    elif any(len(line) > 300 for line in compliance):
        errors["compliance"] = _("Each requirement is at most 300 characters.")
    terms["compliance"] = compliance
    if errors:
        raise _invalid(errors)
    return terms


def _require_open(order: Order) -> None:
    if order.status in policy.CLOSED_ORDER_STATUSES:
        raise ApplicationError(
            E.ORDER_CLOSED,
            _("The order is %(status)s; its sales contract can no longer change.")
            % {"status": str(order.get_status_display()).lower()},
            status=409,
        )


def _transition(*, actor: User, contract: SalesContract, to: str, reason: str) -> None:
    if not policy.can_move(contract.status, to):
        raise ApplicationError(
            E.CONTRACT_NOT_OPEN,
            _("A contract that is %(current)s cannot become %(to)s.")
            % {
                "current": str(label_of(ContractStatus, contract.status)).lower(),
                "to": str(label_of(ContractStatus, to)).lower(),
            },
            status=409,
        )
    now = clock.now()
    old = contract.status
    contract.status = to
    if to == ContractStatus.BINDING:
        contract.binding_at = now
    if to == ContractStatus.SUPERSEDED:
        contract.superseded_at = now
    contract.save(update_fields=["status", "binding_at", "superseded_at", "updated_at"])
    event_record(
        obj=contract,
        type=f"contract.{to}",
        actor=actor,
        old={"status": old},
        new={"status": to},
        params={"reason": reason, "order": contract.order_id},
    )


def contract_draft(*, actor: User, order: Order, terms: Mapping[str, Any]) -> SalesContract:
    """The buyer or the supplier drafts a version of the order's sales contract from its
    binding specification and the chosen terms. A version awaiting acceptance is replaced
    (acceptances of it lapse); a binding version stays binding until both accept the
    new one."""
    from tradeguard.specs.services import binding_version, quality_settings_for

    party = contract_party(actor, order)
    if party is None:
        raise permission_denied(_("Only the order's buyer and supplier draft its sales contract."))
    _require_open(order)
    spec = binding_version(order)
    if spec is None:
        raise ApplicationError(
            E.NO_BINDING_SPEC,
            _(
                "The contract is built from the order's accepted specification, and this "
                "order has none yet. Attach a specification and have both parties accept it "
                "first."
            ),
            status=409,
        )
    cleaned = clean_terms(order, terms)
    quality = quality_settings_for(order)
    quality = {k: quality[k] for k in ("level", "aql_critical", "aql_major", "aql_minor")}
    with transaction.atomic():
        Order.objects.select_for_update().get(pk=order.pk)
        library_seed_if_empty()
        library = content.current_library()
        existing = list(
            SalesContract.objects.select_for_update()
            .filter(order=order)
            .exclude(status=ContractStatus.SUPERSEDED)
        )
        number = (
            SalesContract.objects.filter(order=order)
            .order_by("-number")
            .values_list("number", flat=True)
            .first()
            or 0
        ) + 1
        document = content.build(
            order=order, spec=spec, terms=cleaned, quality=quality, library=library, number=1
        )
        digest_without_number = content.sha256_of(document)
        for current in existing:
            same = dict(current.content, contract_version=1)
            if content.sha256_of(same) == digest_without_number:
                raise ApplicationError(
                    E.CONTRACT_UNCHANGED,
                    _(
                        "Version %(number)d already says exactly this (%(status)s); change "
                        "a term to draft a new version."
                    )
                    % {
                        "number": current.number,
                        "status": str(label_of(ContractStatus, current.status)).lower(),
                    },
                    status=409,
                )
        for current in existing:
            if current.status == ContractStatus.PROPOSED:
                _transition(
                    actor=actor,
                    contract=current,
                    to=ContractStatus.SUPERSEDED,
                    reason=f"replaced by version {number} before both accepted",
                )
        document["contract_version"] = number
        contract = SalesContract.objects.create(
            order=order,
            number=number,
            terms=cleaned,
            canonical=content.canonical_json(document),
            sha256=content.sha256_of(document),
            spec_version=spec,
            drafted_by=actor,
        )
        used = {(u["key"], u["version"]) for u in document["library"]}
        contract.library.set([row for row in library if (row.key, row.number) in used])
        event_record(
            obj=order,
            type="order.contract_drafted",
            actor=actor,
            new={"contract_version": number},
            params={"sha256": contract.sha256, "contract": contract.pk},
        )
        other = order.supplier if party == ContractParty.BUYER else order.buyer
        notify_party(
            order=order,
            organization=other,
            actor=actor,
            kind="contract.drafted",
            subject=Text(
                gettext_lazy("Sales contract to review on order %(reference)s"),
                reference=order.reference,
            ),
            body=Text(
                gettext_lazy(
                    "Version %(version)s of the sales contract of order %(reference)s "
                    "awaits your acceptance. Review it and accept its SHA-256 on the order page."
                ),
                version=str(number),
                reference=order.reference,
            ),
        )
    return contract


def notify_party(*, order: Order, organization: Any, actor: User, **kwargs: Any) -> None:
    from tradeguard.notifications.services import notify_org

    notify_org(
        organization=organization,
        link=f"/orders/{order.pk}/#contract-title",
        actor=actor,
        topic=order,
        **kwargs,
    )


ACCEPTANCE = AcceptanceRules(
    model=ContractAcceptance,
    document_field="contract",
    statuses=ContractStatus,
    parties=ContractParty,
    proposed=ContractStatus.PROPOSED,
    binding=ContractStatus.BINDING,
    sha256_required=True,
    not_a_party=E.NOT_A_PARTY,
    not_a_party_message=gettext_lazy(
        "Only the order's buyer and supplier accept its sales contract."
    ),
    hash_mismatch=E.CONTRACT_HASH_MISMATCH,
    hash_mismatch_message=gettext_lazy(
        "The contract you reviewed is not this version (its SHA-256 differs)."
    ),
    hash_field_message=gettext_lazy("Reload the contract; this version's SHA-256 is %(sha256)s."),
    not_open=E.CONTRACT_NOT_OPEN,
    nothing_to_accept_message=gettext_lazy(
        "This contract version is %(status)s; there is nothing to accept."
    ),
    already_accepted=E.CONTRACT_ALREADY_ACCEPTED,
    already_accepted_message=gettext_lazy("The %(party)s has already accepted this version."),
)


def contract_accept(*, actor: User, contract: SalesContract, sha256: str) -> ContractAcceptance:
    """The buyer or the supplier accepts the exact contract it reviewed (its SHA-256).
    With both acceptances the version binds, replaces an earlier binding one, and its PDF
    joins the order's documents."""
    order = contract.order

    def accepted(locked: SalesContract, party: str, both: bool) -> None:
        event_record(
            obj=order,
            type="order.contract_accepted",
            actor=actor,
            new={"party": party, "contract_version": locked.number},
            params={"sha256": locked.sha256, "contract": locked.pk},
        )
        if both:
            _bind(actor=actor, contract=locked)
            return
        other = order.supplier if party == ContractParty.BUYER else order.buyer
        notify_party(
            order=order,
            organization=other,
            actor=actor,
            kind="contract.accepted",
            subject=Text(
                gettext_lazy("Sales contract accepted by the other party on order %(reference)s"),
                reference=order.reference,
            ),
            body=Text(
                gettext_lazy(
                    "Version %(version)s is accepted on one side. Accept it too to make it binding."
                ),
                version=str(locked.number),
            ),
        )

    return accept_by_hash(
        rules=ACCEPTANCE,
        actor=actor,
        order=order,
        document=contract,
        party=contract_party(actor, order),
        sha256=sha256,
        expected=contract.sha256,
        precondition=lambda: _require_open(order),
        on_accepted=accepted,
    )


def _bind(*, actor: User, contract: SalesContract) -> None:
    """Both accepted: supersede the earlier binding version and file the PDF."""
    from tradeguard.contracts.documents import contract_pdf, filename
    from tradeguard.evidence.enums import FileCategory
    from tradeguard.evidence.services import file_store

    for previous in SalesContract.objects.select_for_update().filter(
        order=contract.order, status=ContractStatus.BINDING
    ):
        _transition(
            actor=actor,
            contract=previous,
            to=ContractStatus.SUPERSEDED,
            reason=f"version {contract.number} accepted by both parties",
        )
    _transition(
        actor=actor, contract=contract, to=ContractStatus.BINDING, reason="accepted by both"
    )
    stored = file_store(
        upload=io.BytesIO(contract_pdf(contract)),
        name=filename(contract, "pdf"),
        actor=actor,
        allowed=(FileCategory.PDF,),
    )
    contract.document = OrderDocument.objects.create(
        order=contract.order,
        kind=OrderDocumentKind.SALES_CONTRACT,
        file=stored,
        uploaded_by=actor,
    )
    contract.save(update_fields=["document", "updated_at"])
    event_record(
        obj=contract.order,
        type="order.contract_binding",
        actor=actor,
        new={"contract_version": contract.number},
        params={"sha256": contract.sha256, "contract": contract.pk},
    )
    for org in (contract.order.buyer, contract.order.supplier):
        notify_party(
            order=contract.order,
            organization=org,
            actor=actor,
            kind="contract.binding",
            subject=Text(
                gettext_lazy("Sales contract binding on order %(reference)s"),
                reference=contract.order.reference,
            ),
            body=Text(
                gettext_lazy(
                    "Both parties accepted version %(version)s; its PDF is among the order's "
                    "documents."
                ),
                version=str(contract.number),
            ),
        )


# --- The clause library -----------------------------------------------------------------


def library_seed_if_empty() -> None:
    """Version 1 of every library entry when the library has no rows (the data migration
    seeds it; a database emptied since, e.g. by a test's flush, gets it again)."""
    from tradeguard.contracts.library import seed_rows

    if LibraryClause.objects.exists():
        return
    for row in seed_rows():
        LibraryClause.objects.get_or_create(key=row["key"], number=1, defaults=row)


def library_clause_revise(
    *,
    actor: User,
    key: str,
    title_en: str,
    title_zh: str,
    text_en: str,
    text_zh: str,
    source: str,
    note: str = "",
    kind: str | None = None,
    position: int | None = None,
) -> LibraryClause:
    """An officer edits a library clause: a new version; contracts already drafted keep
    the version they used, contracts drafted from now on use this one."""
    if not actor.is_platform and not getattr(actor, "is_staff", False):
        raise permission_denied(_("Only platform officers edit the contract clause library."))
    key = (key or "").strip()
    errors: dict[str, str] = {}
    values = {
        "title_en": " ".join((title_en or "").split()),
        "title_zh": " ".join((title_zh or "").split()),
        "text_en": (text_en or "").strip(),
        "text_zh": (text_zh or "").strip(),
        "source": " ".join((source or "").split()),
        "note": " ".join((note or "").split())[:300],
    }
    for field in ("title_en", "title_zh", "text_en", "text_zh", "source"):
        if not values[field]:
            errors[field] = _("Required.")
    for field in ("title_en", "title_zh"):
        if len(values[field]) > 200:
            errors[field] = _("At most %(count)d characters.") % {"count": 200}
    if len(values["source"]) > 300:
        errors["source"] = _("At most %(count)d characters.") % {"count": 300}
    for field in ("text_en", "text_zh"):
        try:
            unknown = content.unknown_placeholders(values[field])
        except ValueError:
            errors[field] = _("A brace { or } is unmatched; placeholders read {name}.")
            continue
        if unknown:
            errors[field] = _("Unknown placeholders: %(names)s. Use only those listed.") % {
                "names": ", ".join(sorted(unknown))
            }
    if not errors and content.placeholders_in(values["text_en"]) != content.placeholders_in(
        values["text_zh"]
    ):
        errors["text_zh"] = _("The Chinese text must use the same placeholders as the English.")
    with transaction.atomic():
        latest = (
            LibraryClause.objects.select_for_update().filter(key=key).order_by("-number").first()
        )
        if latest is None and (kind not in LibraryKind.values):
            raise not_found(gettext_lazy("library clause"))
        if errors:
            raise ApplicationError(
                CommonErrorCode.INVALID_INPUT,
                _("The clause needs correcting; nothing was saved."),
                fields=errors,
                status=422,
            )
        if latest is not None and all(
            getattr(latest, f) == values[f]
            for f in ("title_en", "title_zh", "text_en", "text_zh", "source")
        ):
            raise ApplicationError(
                E.LIBRARY_UNCHANGED,
                _("Nothing changed: version %(number)d already says this.")
                % {"number": latest.number},
                status=409,
            )
        row = LibraryClause.objects.create(
            key=key,
            number=(latest.number if latest else 0) + 1,
            kind=latest.kind if latest else str(kind),
            position=latest.position if latest and position is None else int(position or 0),
            created_by=actor,
            **values,
        )
        event_record(
            obj=row,
            type="contract_library.revised",
            actor=actor,
            new={"key": key, "version": row.number},
            params={"note": values["note"]},
        )
    return row
