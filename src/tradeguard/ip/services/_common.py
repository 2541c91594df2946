"""Helpers the IP services share: who acts for whom, listings, messages, webhooks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from django.utils.translation import gettext as _

from tradeguard.accounts.enums import OrgKind, Role
from tradeguard.accounts.models import Organization, User
from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError, Message, permission_denied
from tradeguard.ip.enums import AuthorizationStatus, IpErrorCode
from tradeguard.ip.models import AgentAuthorization

REPORTER_ROLES = frozenset({Role.RIGHTS_HOLDER, Role.AGENT})


def acting_principal(actor: User, on_behalf_of: Organization | None) -> Organization:
    """The rights holder `actor` acts for: its own organization, or (agents) a principal
    with an approved, unexpired letter of authorization. The actor's organization must
    be verified."""
    # Re-read: verification may have changed since the actor object was loaded.
    org = Organization.objects.filter(pk=actor.organization_id or 0).first()
    if actor.role not in REPORTER_ROLES or org is None or org.kind != OrgKind.RIGHTS_HOLDER:
        raise permission_denied(
            _("Only rights holders and their agents file IP records and complaints.")
        )
    if not org.is_verified:
        raise ApplicationError(
            IpErrorCode.ORG_NOT_VERIFIED,
            _("%(name)s is not verified yet (%(status)s).")
            % {"name": org.name, "status": org.get_verification_status_display().lower()},
            fields={
                "organization": _(
                    "Upload a passport/ID (person) or business licence (company) "
                    "on the IP portal and wait for an officer to verify it."
                )
            },
            status=403,
        )
    if on_behalf_of is None or on_behalf_of.pk == org.pk:
        return org
    if actor.role != Role.AGENT:
        raise permission_denied(_("Only users with the agent role act for another rights holder."))
    if not authorization_valid(agent=org, principal=on_behalf_of):
        raise ApplicationError(
            IpErrorCode.NO_AUTHORIZATION,
            _("%(name)s has no approved, unexpired letter of authorization from %(name2)s.")
            % {"name": org.name, "name2": on_behalf_of.name},
            fields={
                "on_behalf_of": _(
                    "Upload the principal's letter of authorization and wait for "
                    "an officer to approve it."
                )
            },
            status=403,
        )
    return on_behalf_of


def authorization_valid(*, agent: Organization, principal: Organization) -> bool:
    return AgentAuthorization.objects.filter(
        agent=agent,
        principal=principal,
        status=AuthorizationStatus.APPROVED,
        valid_until__gte=clock.now().date(),
    ).exists()


def require_officer(actor: User, message: Message) -> None:
    """`message` says who may do it: _("Only platform officers review IP records.")."""
    if not actor.is_officer:
        raise permission_denied(message)


def require_reason(reason: str, field: str = "reason", message: Message | None = None) -> str:
    text = (reason or "").strip()
    if not text:
        raise ApplicationError(
            IpErrorCode.REASON_REQUIRED,
            message or _("This decision needs a written reason."),
            fields={field: _("Say what you checked and why; the other party reads it.")},
        )
    return text


def notify_org(
    organization: Organization | None,
    *,
    kind: str,
    subject: Any,
    body: Any,
    link: str = "",
    times: Mapping[str, dt.datetime] | None = None,
    actor: Any = None,
    topic: Any = None,
) -> None:
    """Tell the organization's members, but not `actor` (whose move it reports), under
    `topic` in their inbox (an item for suppliers, a complaint for rights holders)."""
    from tradeguard.notifications.services import notify_org as _notify_org

    if organization is None:
        return
    _notify_org(
        organization=organization,
        kind=kind,
        subject=subject,
        body=body,
        link=link,
        times=times,
        actor=actor,
        topic=topic,
    )


def notify_users(
    users: Iterable[User],
    *,
    kind: str,
    subject: Any,
    body: Any,
    link: str = "",
    times: Mapping[str, dt.datetime] | None = None,
    actor: Any = None,
    topic: Any = None,
) -> None:
    from tradeguard.notifications.services import notify

    notify(
        recipients=users,
        kind=kind,
        subject=subject,
        body=body,
        link=link,
        times=times,
        actor=actor,
        topic=topic,
    )


def officers() -> Iterable[User]:
    return User.objects.filter(role=Role.OFFICER, is_active=True)


def webhook(event: str, data: dict[str, Any]) -> None:
    """Emit `ip.*` webhooks the marketplace subscribes to. The notifications app keeps
    the list of known events; moves without a published event name are not sent."""
    from tradeguard.notifications.webhooks import EVENTS, webhook_emit

    if event in EVENTS:
        webhook_emit(event=event, data=data)
