"""Reads of the sanctions ledger. Standing is computed here from the ledger rows at
an instant; nothing about it is stored."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from tradeguard.accounts.enums import OrgKind
from tradeguard.accounts.models import Organization
from tradeguard.common import clock
from tradeguard.common.errors import not_found
from tradeguard.sanctions.enums import SanctionKind, StandingLevel
from tradeguard.sanctions.models import SanctionEntry
from tradeguard.sanctions.policy import Computed, LedgerItem, Rung, ladder, standing_compute


def company_key(org: Organization) -> str:
    """Same country + same non-empty registration number = the same legal company."""
    number = (org.registration_number or "").strip().upper()
    if number:
        return f"{org.country}:{number}"
    return f"org:{org.pk}"


def company_organizations(org: Organization) -> QuerySet[Organization]:
    """Every store of the company `org` belongs to (including `org`)."""
    number = (org.registration_number or "").strip()
    if not number:
        return Organization.objects.filter(pk=org.pk)
    return Organization.objects.filter(
        Q(pk=org.pk) | Q(country=org.country, registration_number__iexact=number)
    )


def company_entries(org: Organization) -> QuerySet[SanctionEntry]:
    """Ledger rows of the company: those keyed to it, and those recorded against any of
    its stores before they shared a registration number."""
    orgs = company_organizations(org)
    return SanctionEntry.objects.filter(
        Q(company_key=company_key(org)) | Q(supplier__in=orgs)
    ).order_by("created_at", "id")


@dataclass(frozen=True, slots=True)
class DisputeRecord:
    """The supplier's public dispute record (filled by the disputes app)."""

    total: int = 0
    open: int = 0
    won_by_buyer: int = 0
    won_by_supplier: int = 0
    settled: int = 0
    withdrawn: int = 0
    open_awards: int = 0
    ignored_awards: int = 0
    public_cases: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Standing:
    organization: Organization
    at: dt.datetime
    computed: Computed
    entries: list[SanctionEntry]
    record: DisputeRecord

    @property
    def points_in_force(self) -> int:
        return self.computed.points_in_force

    @property
    def level(self) -> StandingLevel:
        return self.computed.level

    @property
    def level_label(self) -> str:
        return str(self.computed.level.label)

    @property
    def restricted_until(self) -> dt.datetime | None:
        return self.computed.restricted_until

    @property
    def restricted(self) -> bool:
        return self.computed.restricted

    @property
    def listings_hidden(self) -> bool:
        return self.computed.listings_hidden

    @property
    def terminated(self) -> bool:
        return self.computed.terminated

    @property
    def terminated_at(self) -> dt.datetime | None:
        return self.computed.terminated_at

    @property
    def strikes_in_force(self) -> int:
        return self.computed.strikes_in_force

    @property
    def next_expiry(self) -> dt.datetime | None:
        return self.computed.next_expiry

    @property
    def hidden_until(self) -> dt.datetime | None:
        return self.computed.hidden_until

    @property
    def reversed_ids(self) -> set[int]:
        """Entries undone by a reversal recorded by `at`."""
        return {
            e.reverses_id
            for e in self.entries
            if e.kind == SanctionKind.REVERSAL and e.reverses_id and e.created_at <= self.at
        }

    @property
    def entries_in_force(self) -> list[SanctionEntry]:
        """Points and strikes that count at `at` (not expired, not reversed)."""
        reversed_ids = self.reversed_ids
        return [
            e
            for e in self.entries
            if e.kind != SanctionKind.REVERSAL
            and e.pk not in reversed_ids
            and e.created_at <= self.at < e.expires_at
        ]

    @property
    def next_rung(self) -> Rung | None:
        for rung in ladder():
            if rung.points > self.points_in_force:
                return rung
        return None

    @property
    def summary(self) -> str:
        """One sentence a buyer or the supplier can read, in the active language and zone."""
        from tradeguard.common.formatting import format_instant

        if self.terminated:
            return _("Membership terminated.")
        if self.restricted_until is not None:
            until = format_instant(self.restricted_until)
            if self.listings_hidden:
                return _(
                    "Restricted until %(until)s: it may not publish listings or receive new "
                    "orders. Its listings are hidden."
                ) % {"until": until}
            return _(
                "Restricted until %(until)s: it may not publish listings or receive new orders."
            ) % {"until": until}
        if self.level == StandingLevel.WARNING:
            return _("Warning: %(points)s sanction points in force.") % {
                "points": self.points_in_force
            }
        return _("Good standing.")


def _dispute_record(orgs: list[int]) -> DisputeRecord:
    try:
        from tradeguard.disputes.selectors import supplier_dispute_record
    except ImportError:  # the disputes app is optional for the ledger itself
        return DisputeRecord()
    return supplier_dispute_record(orgs)


def supplier_standing(
    org: Organization, at: dt.datetime | None = None, *, with_record: bool = True
) -> Standing:
    when = at or clock.now()
    entries = list(company_entries(org).filter(created_at__lte=when))
    reversed_at = {
        e.reverses_id: e.created_at
        for e in entries
        if e.kind == SanctionKind.REVERSAL and e.reverses_id is not None
    }
    items = [
        LedgerItem(e.kind, e.points, e.created_at, e.expires_at, reversed_at.get(e.pk))
        for e in entries
        if e.kind != SanctionKind.REVERSAL
    ]
    record = (
        _dispute_record(list(company_organizations(org).values_list("pk", flat=True)))
        if with_record
        else DisputeRecord()
    )
    return Standing(
        organization=org,
        at=when,
        computed=standing_compute(items, when),
        entries=entries,
        record=record,
    )


def supplier_is_restricted(org: Organization, at: dt.datetime | None = None) -> bool:
    """True while the supplier (its company) may not publish listings or take orders."""
    return supplier_standing(org, at, with_record=False).restricted


def supplier_get(user: Any, org_id: int) -> Organization:
    """A supplier organization (public profile); anything else is 404."""
    org = Organization.objects.filter(pk=org_id, kind=OrgKind.SUPPLIER).first()
    if org is None or not getattr(user, "is_authenticated", False):
        raise not_found(_("supplier"))
    return org


def may_see_ledger(user: Any, org: Organization) -> bool:
    """The ledger's reasons are shown to the supplier itself and to the platform."""
    return bool(user.is_platform or user.organization_id == org.pk)
