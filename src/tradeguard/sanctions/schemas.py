from __future__ import annotations

import datetime as dt

from ninja import Schema

from tradeguard.sanctions.enums import SanctionKind, StandingLevel


class SanctionEntryRead(Schema):
    id: int
    kind: SanctionKind
    points: int
    reason: str
    source_type: str
    source_id: int
    created_at: dt.datetime
    expires_at: dt.datetime


class DisputeCaseRead(Schema):
    dispute_id: int
    reason: str
    status: str
    outcome: str
    award_status: str
    opened_at: dt.datetime
    decided_at: dt.datetime | None


class DisputeRecordRead(Schema):
    total: int
    open: int
    won_by_buyer: int
    won_by_supplier: int
    settled: int
    withdrawn: int
    open_awards: int
    ignored_awards: int
    public_cases: list[DisputeCaseRead]


class StandingRead(Schema):
    organization_id: int
    organization_name: str
    at: dt.datetime
    level: StandingLevel
    level_label: str
    summary: str
    points_in_force: int
    strikes_in_force: int
    restricted: bool
    restricted_until: dt.datetime | None
    listings_hidden: bool
    terminated: bool
    terminated_at: dt.datetime | None
    next_expiry: dt.datetime | None
    # Only for the supplier itself and the platform; null for everybody else.
    entries: list[SanctionEntryRead] | None
    record: DisputeRecordRead
