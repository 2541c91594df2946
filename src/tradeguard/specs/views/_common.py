"""Helpers every specs page uses."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _

from tradeguard.accounts.enums import Role
from tradeguard.accounts.models import User
from tradeguard.common.errors import ApplicationError
from tradeguard.specs.enums import AcceptanceParty
from tradeguard.specs.models import (
    OrderSpec,
    Specification,
)


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _404(fn: Any, *args: Any) -> Any:
    try:
        return fn(*args)
    except ApplicationError as exc:
        if exc.status == 404:
            raise Http404(exc.message) from None
        raise


def _is_owner(user: User, spec: Specification) -> bool:
    return user.role == Role.BUYER and user.organization_id == spec.buyer_id


def waiting_parties(attachment: OrderSpec) -> list[str]:
    """Who has yet to accept a proposed attachment (acceptances prefetched)."""
    accepted = {a.party for a in attachment.acceptances.all()}
    return [p for p in AcceptanceParty.values if p not in accepted]


def waiting_text(waiting: list[str]) -> str:
    """ "the supplier", "the buyer and the supplier": who an attachment waits for."""
    if set(waiting) == {AcceptanceParty.BUYER, AcceptanceParty.SUPPLIER}:
        return _("the buyer and the supplier")
    if waiting == [AcceptanceParty.BUYER]:
        return _("the buyer")
    if waiting == [AcceptanceParty.SUPPLIER]:
        return _("the supplier")
    return ""
