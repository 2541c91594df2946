"""Sanctions test helpers: suppliers with company registration numbers."""

from __future__ import annotations

from typing import Any

from tradeguard.accounts.enums import OrgKind
from tradeguard.accounts.models import Organization
from tradeguard.accounts.tests.factories import OrganizationFactory


def supplier_org(**kw: Any) -> Organization:
    kw.setdefault("kind", OrgKind.SUPPLIER)
    kw.setdefault("country", "CN")
    return OrganizationFactory(**kw)  # type: ignore[no-any-return]
