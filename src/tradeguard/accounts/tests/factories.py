"""Accounts test data, created through the services as users would."""

from __future__ import annotations

from typing import Any

import factory

from tradeguard.accounts.enums import OrgKind, Role
from tradeguard.accounts.models import Organization, User
from tradeguard.accounts.policy import DEFAULT_ORG_KIND
from tradeguard.accounts.services import organization_create, user_create

DEFAULT_PASSWORD = "correct-horse-battery"


class OrganizationFactory(factory.Factory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"Org {n}")
    kind = OrgKind.BUYER
    country = "US"

    @classmethod
    def _create(cls, model_class: type[Organization], **kwargs: Any) -> Organization:
        return organization_create(actor=None, **kwargs)


class UserFactory(factory.Factory):
    class Meta:
        model = User

    email = factory.Sequence(lambda n: f"user{n}@example.com")
    password = DEFAULT_PASSWORD
    role = Role.BUYER
    full_name = factory.Sequence(lambda n: f"User {n}")
    timezone = "UTC"
    organization = factory.LazyAttribute(
        lambda o: OrganizationFactory(kind=DEFAULT_ORG_KIND[Role(o.role)])
    )

    # Tests read pages in English unless they ask for another language; "" leaves the
    # default of the organization's country (Chinese for a supplier in CN).
    language = "en"

    @classmethod
    def _create(cls, model_class: type[User], **kwargs: Any) -> User:
        language = kwargs.pop("language")
        user = user_create(actor=None, check_password=False, **kwargs)
        if language:
            user.language = language
            user.save(update_fields=["language"])
        return user


def buyer(**kw: Any) -> User:
    return UserFactory(role=Role.BUYER, **kw)  # type: ignore[no-any-return]


def supplier(**kw: Any) -> User:
    kw.setdefault("organization", OrganizationFactory(kind=OrgKind.SUPPLIER, country="CN"))
    return UserFactory(role=Role.SUPPLIER, timezone="Asia/Shanghai", **kw)  # type: ignore[no-any-return]


def officer(**kw: Any) -> User:
    return UserFactory(role=Role.OFFICER, **kw)  # type: ignore[no-any-return]


def admin(**kw: Any) -> User:
    return UserFactory(role=Role.ADMIN, **kw)  # type: ignore[no-any-return]


def inspector(**kw: Any) -> User:
    return UserFactory(role=Role.INSPECTOR, **kw)  # type: ignore[no-any-return]


def rights_holder(**kw: Any) -> User:
    return UserFactory(role=Role.RIGHTS_HOLDER, **kw)  # type: ignore[no-any-return]
