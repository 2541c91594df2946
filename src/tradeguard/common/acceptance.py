"""Accepting a document by its SHA-256: the buyer and the supplier of an order each
accept the exact version they reviewed, once; with both acceptances it binds.

The sales contract (contracts) and the specification attached to an order (specs) are
accepted this way. The rules live here, in `accept_by_hash`; each app passes its
`AcceptanceRules` (its acceptance table, statuses, error codes and messages, which its
own catalogue translates) and does what follows an acceptance (its event, binding,
notifications) in `on_accepted`, inside the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from django.db import models, transaction

from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError
from tradeguard.common.i18n.text import label_of
from tradeguard.common.models import DocumentAcceptance

if TYPE_CHECKING:
    from tradeguard.accounts.models import User
    from tradeguard.orders.models import Order

A = TypeVar("A", bound=DocumentAcceptance)
D = TypeVar("D", bound=models.Model)


@dataclass(frozen=True)
class AcceptanceRules(Generic[A]):
    """What differs between the documents accepted by hash. Messages are lazy
    translations written in the app (`gettext_lazy`), so its catalogue keeps them."""

    model: type[A]  # the acceptance table
    document_field: str  # its foreign key to the version accepted
    statuses: type[models.TextChoices]  # the version's status
    parties: type[models.TextChoices]
    proposed: str  # the status of a version awaiting acceptance
    binding: str  # the status once both parties accepted
    sha256_required: bool  # False: no hash given accepts the version as it is
    not_a_party: StrEnum  # 403: the actor is neither the buyer nor the supplier
    not_a_party_message: Any
    hash_mismatch: StrEnum  # 409: the hash given is not the version's
    hash_mismatch_message: Any
    hash_field_message: Any  # %(sha256)s: the version's hash
    not_open: StrEnum  # 409: the version is neither proposed nor binding
    nothing_to_accept_message: Any  # %(status)s
    already_accepted: StrEnum  # 409: binding already, or this party accepted it
    already_accepted_message: Any  # %(party)s


def accept_by_hash(
    *,
    rules: AcceptanceRules[A],
    actor: User,
    order: Order,
    document: D,
    party: str | None,
    sha256: str | None,
    expected: str,
    on_accepted: Callable[[D, str, bool], None],
    precondition: Callable[[], None] | None = None,
) -> A:
    """`party` (the actor's side of `order`, None for anyone else) accepts `document`,
    whose SHA-256 is `expected`, with the `sha256` it reviewed. Refused, with nothing
    written: not a party (403); another hash (409, on the `sha256` field); what
    `precondition` refuses; a version no longer awaiting acceptance or one this party
    already accepted (409). Then, with the order and the version locked, the acceptance
    is written and `on_accepted(locked version, party, both accepted)` runs."""
    if party is None:
        raise ApplicationError(rules.not_a_party, str(rules.not_a_party_message), status=403)
    given = None if sha256 is None else str(sha256).strip().lower()
    if given is None and rules.sha256_required:
        given = ""
    if given is not None and given != expected:
        raise ApplicationError(
            rules.hash_mismatch,
            str(rules.hash_mismatch_message),
            fields={"sha256": rules.hash_field_message % {"sha256": expected}},
            status=409,
        )
    if precondition is not None:
        precondition()
    with transaction.atomic():
        type(order).objects.select_for_update().get(pk=order.pk)
        locked = type(document)._default_manager.select_for_update().get(pk=document.pk)
        status = locked.status  # type: ignore[attr-defined]
        if status != rules.proposed:
            raise ApplicationError(
                rules.already_accepted if status == rules.binding else rules.not_open,
                rules.nothing_to_accept_message
                % {"status": str(label_of(rules.statuses, status)).lower()},
                status=409,
            )
        accepted = rules.model._default_manager.filter(**{rules.document_field: locked})
        if accepted.filter(party=party).exists():
            raise ApplicationError(
                rules.already_accepted,
                rules.already_accepted_message
                % {"party": str(label_of(rules.parties, party)).lower()},
                status=409,
            )
        acceptance = rules.model._default_manager.create(
            **{rules.document_field: locked},
            party=party,
            organization=order.buyer if party == "buyer" else order.supplier,
            accepted_by=actor,
            accepted_at=clock.now(),
            sha256=expected,
        )
        on_accepted(locked, party, accepted.count() == 2)
    document.refresh_from_db()
    return acceptance
