"""Helpers every specs page uses."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest

from tradeguard.accounts.enums import Role
from tradeguard.accounts.models import User
from tradeguard.common.errors import ApplicationError
from tradeguard.specs.models import (
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
