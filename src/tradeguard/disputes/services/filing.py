"""Filing a dispute: eligibility first, then one case per order and reason."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from tradeguard.accounts.enums import Role
from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError, invalid
from tradeguard.common.events import event_record
from tradeguard.common.i18n.text import Money, Text, join_list, written_in
from tradeguard.common.money import format_money, parse_amount
from tradeguard.common.timers import timer_schedule
from tradeguard.disputes import policy
from tradeguard.disputes.enums import (
    DisputeReason,
    DisputesErrorCode,
    Party,
    RequestedOutcome,
    RequirementSource,
)
from tradeguard.disputes.models import CitedRequirement, Dispute, Proposal
from tradeguard.disputes.selectors import eligibility_for
from tradeguard.disputes.services._common import tell, webhook
from tradeguard.disputes.services.evidence import evidence_attach_stored
from tradeguard.evidence.models import StoredFile
from tradeguard.orders.models import Order
from tradeguard.signals.models import ScamSignal
from tradeguard.signals.services import signal_counts_refresh

E = DisputesErrorCode


@dataclass(frozen=True, slots=True)
class RequirementInput:
    source: str
    reference: str
    text: str = ""


@dataclass(frozen=True, slots=True)
class Filed:
    dispute: Dispute
    created: bool


@dataclass(frozen=True, slots=True)
class StagedEvidence:
    """A file already in the store (uploaded in the filing wizard) to submit with the
    case, in the same transaction."""

    file: StoredFile
    type: str
    description: str = ""


def _clean_requirements(
    order: Order, reason: str, requirements: Sequence[RequirementInput]
) -> list[dict[str, str]]:
    cleaned = []
    for i, req in enumerate(requirements):
        prefix = f"requirements.{i}"
        if req.source not in RequirementSource.values:
            raise invalid(
                f"{prefix}.source",
                _("Choose one of: %(values)s.") % {"values": ", ".join(RequirementSource.values)},
            )
        reference = (req.reference or "").strip()
        text = (req.text or "").strip()
        if req.source == RequirementSource.LISTING_ATTRIBUTE:
            attributes = (order.listing.attributes if order.listing else None) or {}
            if reference not in attributes:
                names = join_list(sorted(attributes)) or _(
                    "none (the order has no listing attributes)"
                )
                raise invalid(
                    f"{prefix}.reference",
                    _("The listing has no attribute %(reference)s. Its attributes: %(names)s.")
                    % {"reference": repr(reference), "names": names},
                )
            text = text or f"{reference}: {attributes[reference]}"
        if req.source == RequirementSource.SPEC_CLAUSE and reference and not text:
            text = spec_clause_text(order, reference)
        if req.source == RequirementSource.CONTRACT_CLAUSE and reference and not text:
            text = contract_clause_text(order, reference)
        if not reference:
            raise invalid(
                f"{prefix}.reference",
                _("Say where the requirement is written (e.g. 'Clause 4.2', 'Drawing M-12')."),
            )
        if not text:
            raise invalid(f"{prefix}.text", _("Quote the requirement's text as written."))
        cleaned.append({"source": req.source, "reference": reference[:200], "text": text})
    if reason in policy.REQUIREMENT_REASONS and not cleaned:
        from tradeguard.contracts.selectors import covering_clauses

        hint = covering_clauses(order, reason)
        raise ApplicationError(
            E.REQUIREMENT_NOT_CITED,
            str(policy.REQUIREMENT_GUIDANCE),
            fields={
                "requirements": " ".join(
                    [
                        str(
                            _(
                                "Cite at least one written requirement (spec or contract clause, drawing, or listing attribute) with its text."
                            )
                        ),
                        hint,
                    ]
                ).strip()
            },
        )
    return cleaned


def spec_clauses(order: Order) -> list[tuple[str, str]]:
    """(clause id, "clause 3.2 Bottle height 120 mm ± 2") of the order's specification
    (the binding version, else the one proposed), for the filing form."""
    from tradeguard.specs.selectors import order_spec_clauses
    from tradeguard.specs.verdicts import clause_label

    return [(c["clause_id"], clause_label(c)) for c in order_spec_clauses(order)]


def spec_clause_text(order: Order, reference: str) -> str:
    """The text of the spec clause `reference` names ("Clause 3.2"), or "" if the order's
    specification has no such clause."""
    clauses = dict(spec_clauses(order))
    clause_id = policy.clause_id_for(reference, clauses)
    label = clauses.get(clause_id, "")
    return label[:1].upper() + label[1:]


def contract_clauses(order: Order) -> list[tuple[str, str]]:
    """(clause number, "Contract clause 6 Pre-shipment inspection: ...") of the order's
    binding sales contract, for the filing form."""
    from tradeguard.contracts.selectors import contract_clauses as clauses

    return clauses(order)


def contract_clause_text(order: Order, reference: str) -> str:
    """The text of the contract clause `reference` names ("Contract clause 6", "§6"),
    or "" if the order's binding contract has no such clause."""
    clauses = dict(contract_clauses(order))
    return clauses.get(policy.clause_id_for(reference, clauses), "")


def _claim(
    order: Order, eligibility: policy.Eligibility, outcome: str, claimed: Any, currency: str | None
) -> Decimal:
    if currency and currency.strip().upper() != order.currency:
        raise invalid(
            "currency",
            _("Claims are in the order's currency, %(currency)s.") % {"currency": order.currency},
        )
    cap = eligibility.covered_amount if not eligibility.offline else order.total
    if claimed is None or claimed == "":
        if outcome == RequestedOutcome.PARTIAL_REFUND:
            raise invalid("claimed_amount", _("A partial refund needs the amount you ask for."))
        return cap
    amount = parse_amount(claimed, order.currency, field="claimed_amount")
    if amount > cap:
        what = _("the covered amount") if not eligibility.offline else _("the order total")
        raise ApplicationError(
            E.CLAIM_EXCEEDS_COVERED,
            _("You claim %(amount)s, more than %(what)s (%(cap)s).")
            % {
                "amount": format_money(amount, order.currency),
                "what": what,
                "cap": format_money(cap, order.currency),
            },
            fields={
                "claimed_amount": _("Claim at most %(cap)s %(currency)s.")
                % {"cap": cap, "currency": order.currency}
            },
        )
    return amount


def dispute_open(
    *,
    actor: Any,
    order: Order,
    reason: str,
    requested_outcome: str,
    description: str,
    claimed_amount: Any = None,
    currency: str | None = None,
    requirements: Sequence[RequirementInput] = (),
    idempotency_key: str = "",
    evidence: Sequence[StagedEvidence] = (),
) -> Filed:
    """File a dispute as the order's buyer, with the `evidence` staged for it (all or
    nothing). A repeat with the same idempotency key returns the case already filed
    (created=False) and adds nothing: the key is claimed inside the transaction that
    files the case (the order's row is locked first, and (buyer, key) is unique), so
    concurrent repeats wait for the first and then find its case."""
    key = (idempotency_key or "").strip()[:200]
    if getattr(actor, "role", None) != Role.BUYER or actor.organization_id != order.buyer_id:
        # The caller can see the order (callers fetch it through the visibility rules
        # first): say who may file instead of pretending it does not exist.
        raise ApplicationError(
            E.NOT_A_PARTY,
            _(
                "Only the buyer of order %(reference)s files a dispute on it, signed in as a "
                "buyer user of its organization. Platform officers and suppliers act on the "
                "cases buyers file."
            )
            % {"reference": order.reference or f"#{order.pk}"},
            status=403,
        )
    try:
        with transaction.atomic():
            Order.objects.select_for_update().filter(pk=order.pk).first()
            if key:
                existing = _filed_with_key(order, reason, key)
                if existing is not None:
                    return Filed(existing, False)
            dispute = _file(
                actor=actor,
                order=order,
                reason=reason,
                requested_outcome=requested_outcome,
                description=description,
                claimed_amount=claimed_amount,
                currency=currency,
                requirements=requirements,
                key=key,
            )
            for staged in evidence:
                evidence_attach_stored(
                    actor=actor,
                    dispute=dispute,
                    stored=staged.file,
                    type=staged.type,
                    description=staged.description,
                    submit=True,
                )
    except IntegrityError:
        # The same key was claimed meanwhile for a case on another order (the lock is
        # per order): answer with that case, or refuse the reused key.
        if key:
            existing = _filed_with_key(order, reason, key)
            if existing is not None:
                return Filed(existing, False)
        _refuse_duplicate(order, reason)
        raise
    return Filed(dispute, True)


def _filed_with_key(order: Order, reason: str, key: str) -> Dispute | None:
    existing = Dispute.objects.filter(buyer_id=order.buyer_id, idempotency_key=key).first()
    if existing is not None and (existing.order_id != order.pk or existing.reason != reason):
        raise ApplicationError(
            E.IDEMPOTENCY_KEY_REUSED,
            _(
                "This Idempotency-Key was already used for dispute #%(number)s on another "
                "order or reason."
            )
            % {"number": existing.pk},
            fields={"Idempotency-Key": str(_("Send a new key for a new dispute."))},
            status=409,
        )
    return existing


def _file(
    *,
    actor: Any,
    order: Order,
    reason: str,
    requested_outcome: str,
    description: str,
    claimed_amount: Any,
    currency: str | None,
    requirements: Sequence[RequirementInput],
    key: str,
) -> Dispute:
    """Check and write the case (inside dispute_open's transaction)."""
    if reason not in DisputeReason.values:
        raise invalid(
            "reason", _("Choose one of: %(values)s.") % {"values": ", ".join(DisputeReason.values)}
        )
    if requested_outcome not in RequestedOutcome.values:
        raise invalid(
            "requested_outcome",
            _("Choose one of: %(values)s.") % {"values": ", ".join(RequestedOutcome.values)},
        )
    description = (description or "").strip()
    if len(description) < 20:
        raise invalid(
            "description",
            _(
                "Describe what went wrong in at least 20 characters: what you ordered, what happened, what you ask for."
            ),
        )
    eligibility = eligibility_for(order, reason)
    if not eligibility.eligible:
        raise ApplicationError(eligibility.code, eligibility.message, fields=eligibility.fields)
    cited = _clean_requirements(order, reason, requirements)
    claimed = _claim(order, eligibility, requested_outcome, claimed_amount, currency)
    now = clock.now()
    _refuse_duplicate(order, reason)
    dispute = Dispute.objects.create(
        order=order,
        buyer_id=order.buyer_id,
        supplier_id=order.supplier_id,
        order_kind=order.kind,
        opened_by=actor,
        reason=reason,
        requested_outcome=requested_outcome,
        description=description,
        language=written_in(actor, description),
        currency=order.currency,
        claimed_amount=claimed,
        covered_amount=eligibility.covered_amount,
        window_closes_at=eligibility.window.closes_at if eligibility.window else None,
        idempotency_key=key,
        opened_at=now,
        response_due_at=policy.response_due(now),
        escalation_allowed_at=policy.response_due(now),
        auto_escalate_at=policy.auto_escalate_due(now),
    )
    CitedRequirement.objects.bulk_create(CitedRequirement(dispute=dispute, **c) for c in cited)
    if ScamSignal.objects.filter(order=order, dispute__isnull=True).exists():
        signal_counts_refresh(order.pk)  # the order's signals count on its new case
        dispute.refresh_from_db(fields=["signal_count"])
    Proposal.objects.create(
        dispute=dispute,
        party=Party.BUYER,
        proposed_by=actor,
        kind=requested_outcome,
        amount=claimed if requested_outcome != RequestedOutcome.REPLACEMENT else None,
        currency=order.currency,
        note="",  # the page labels the initial request in its reader's language
        is_initial_request=True,
        created_at=now,
    )
    event_record(
        obj=dispute,
        type="dispute.opened",
        actor=actor,
        new={
            "status": dispute.status,
            "reason": reason,
            "claimed_amount": claimed,
            "currency": order.currency,
        },
        params={
            "order": order.reference,
            "requested_outcome": requested_outcome,
            "covered_amount": eligibility.covered_amount,
            "requirements": len(cited),
            "response_due_at": dispute.response_due_at,
        },
    )
    for at in policy.reminders(dispute.response_due_at, [24], now):
        timer_schedule(kind="dispute.response_reminder", aggregate_id=dispute.pk, due_at=at)
    timer_schedule(
        kind="dispute.response_due", aggregate_id=dispute.pk, due_at=dispute.response_due_at
    )
    timer_schedule(
        kind="dispute.auto_escalate",
        aggregate_id=dispute.pk,
        due_at=dispute.auto_escalate_at,
    )
    tell(
        dispute,
        [Party.SUPPLIER],
        kind="dispute.opened",
        subject=Text(_("new dispute on order %(order)s"), order=order.reference),
        body=Text(
            _(
                "The buyer filed a dispute (%(reason)s) asking for %(outcome)s of "
                "%(amount)s.\n\n%(description)s\n\nRespond by %(due)s: accept the "
                "request, propose something else, or reject it with reasons and "
                "evidence. If you do not respond, the buyer may escalate and the case is "
                "marked “respondent silent”."
            ),
            reason=dispute.get_reason_display,
            outcome=lambda: str(dispute.get_requested_outcome_display()).lower(),
            amount=Money(claimed, order.currency),
            description=description,
            due=dispute.response_due_at,
        ),
        actor=actor,
    )
    tell(
        dispute,
        [Party.BUYER],
        kind="dispute.opened",
        subject=_("filed"),
        body=Text(
            _(
                "Your dispute was filed. The supplier has until %(due)s to respond; from "
                "then you may escalate to the platform, and an unsettled case escalates "
                "by itself on %(auto)s. Add your evidence now: the case page lists what "
                "is still missing."
            ),
            due=dispute.response_due_at,
            auto=dispute.auto_escalate_at,
        ),
        actor=actor,
    )
    webhook("dispute.opened", dispute, claimed_amount=str(claimed), currency=order.currency)
    return dispute


def _refuse_duplicate(order: Order, reason: str) -> None:
    existing = Dispute.objects.filter(
        order=order, reason=reason, status__in=policy.ACTIVE_STATUSES
    ).first()
    if existing is not None:
        raise ApplicationError(
            E.DISPUTE_ALREADY_OPEN,
            _(
                "Dispute #%(pk)s about “%(label)s” on this order is still open. Add your evidence and messages there."
            )
            % {"pk": existing.pk, "label": DisputeReason(reason).label},
            fields={"reason": _("See dispute #%(pk)s.") % {"pk": existing.pk}},
            status=409,
        )
