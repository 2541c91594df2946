"""What every dispute service shares: locking, party checks, telling people."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from django.utils.translation import gettext_lazy as _

from tradeguard.accounts.enums import Role
from tradeguard.accounts.models import User
from tradeguard.common.errors import ApplicationError, not_found, permission_denied
from tradeguard.common.i18n.text import Text
from tradeguard.disputes.enums import DisputesErrorCode, Party
from tradeguard.disputes.models import Dispute
from tradeguard.disputes.selectors import party_of

E = DisputesErrorCode


def lock(dispute: Dispute) -> Dispute:
    return (
        Dispute.objects.select_for_update()
        .select_related("order", "buyer", "supplier")
        .get(pk=dispute.pk)
    )


def require_party(actor: Any, dispute: Dispute, *allowed: Party) -> Party:
    """The actor's side on the case; 404 when it is not on the case at all, 403 when
    its side may not take this action."""
    party = party_of(actor, dispute)
    if party is None:
        raise not_found(_("dispute"))
    if allowed and party not in allowed:
        names = " or ".join(p.label.lower() for p in allowed)
        raise ApplicationError(
            E.NOT_A_PARTY,
            _("Only the %(names)s may do this on a dispute.") % {"names": names},
            status=403,
        )
    return party


def require_officer(actor: Any) -> None:
    if not getattr(actor, "is_officer", False):
        raise permission_denied(_("Only platform officers may do this."))


def over_cap(dispute: Dispute, amount: Any, cap: Any) -> str:
    """Why an amount is refused: more than the covered amount (more than the order total
    for an offline order), both as money."""
    from tradeguard.common.money import format_money

    values = {
        "amount": format_money(amount, dispute.currency),
        "cap": format_money(cap, dispute.currency),
    }
    if dispute.offline:
        return _("%(amount)s is more than the order total (%(cap)s).") % values
    return _("%(amount)s is more than the covered amount (%(cap)s).") % values


def link(dispute: Dispute) -> str:
    return f"/disputes/{dispute.pk}/"


def officers() -> Iterable[User]:
    return User.objects.filter(role__in=[Role.OFFICER, Role.ADMIN], is_active=True)


def tell(
    dispute: Dispute,
    parties: Iterable[str],
    *,
    kind: str,
    subject: Any,
    body: Any,
    times: Mapping[str, dt.datetime] | None = None,
    actor: Any = None,
) -> None:
    """Notify the buyer's and/or supplier's members and/or the officers (in-app + email,
    deadlines in each recipient's zone), grouped under the dispute in their inbox.
    `actor` (who made the move, if a person) is not told of it; their colleagues are."""
    from tradeguard.notifications.services import notify, notify_org

    subject = Text(_("Dispute #%(number)s: %(subject)s"), number=dispute.pk, subject=subject)
    for party in set(parties):
        if party in (Party.BUYER, Party.SUPPLIER):
            notify_org(
                organization=dispute.buyer if party == Party.BUYER else dispute.supplier,
                kind=kind,
                subject=subject,
                body=body,
                link=link(dispute),
                times=times,
                actor=actor,
                topic=dispute,
            )
        elif party == Party.PLATFORM:
            notify(
                recipients=officers(),
                kind=kind,
                subject=subject,
                body=body,
                link=link(dispute),
                times=times,
                actor=actor,
                topic=dispute,
            )


def others(party: str) -> list[str]:
    """Everybody on the case but `party` (the platform hears through its queue)."""
    return [p for p in (Party.BUYER, Party.SUPPLIER) if p != party]


def webhook(event: str, dispute: Dispute, **extra: Any) -> None:
    from tradeguard.notifications.webhooks import webhook_emit

    data = {
        "dispute_id": dispute.pk,
        "order_id": dispute.order_id,
        "order_reference": dispute.order.reference,
        "buyer_id": dispute.buyer_id,
        "supplier_id": dispute.supplier_id,
        "reason": dispute.reason,
        "status": dispute.status,
        **extra,
    }
    webhook_emit(event=event, data=data)
