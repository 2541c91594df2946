"""API shapes of sales contracts and the clause library."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from ninja import Field, Schema

from tradeguard.contracts.enums import (
    ContractParty,
    ContractStatus,
    Forum,
    GoverningLaw,
    Incoterm,
    LibraryKind,
    PrevailingLanguage,
)
from tradeguard.contracts.models import ContractAcceptance, LibraryClause, SalesContract


class ContractCreate(Schema):
    """The drafting options; the rest comes from the order and its accepted spec."""

    incoterm: Incoterm = Field(description="Incoterms 2020 rule")
    place: str = Field(description="The rule's named place, e.g. 'Ningbo port, China'")
    forum: Forum = Forum.CIETAC
    city: str = Field(
        default="", description="The supplier's city, required when forum is supplier_courts"
    )
    governing_law: GoverningLaw = GoverningLaw.PRC
    prevailing_language: PrevailingLanguage = PrevailingLanguage.ENGLISH
    quantity_tolerance: Decimal = Field(
        default=Decimal("3"), description="Percent either way, 0 to 20, one decimal at most"
    )
    notice_days: int = Field(default=30, description="Days to notify a non-conformity")
    remedy_days: int = Field(default=15, description="Days to repair, replace or pay")
    ship_by: dt.date | None = Field(default=None, description="Defaults to the order's ship-by")
    delivery_by: dt.date
    buyer_address: str = Field(description="The buyer's registered address")
    supplier_address: str = Field(description="The supplier's registered address")
    destination: str | None = Field(
        default=None, description="ISO 3166-1 alpha-2; defaults to the buyer's country"
    )
    compliance: list[str] = Field(
        default_factory=list, description="Destination labelling and compliance requirements"
    )


class ContractAcceptanceCreate(Schema):
    sha256: str = Field(description="The SHA-256 of the contract version you reviewed")


class ContractAcceptanceRead(Schema):
    id: int
    contract_id: int
    party: ContractParty
    organization_id: int
    accepted_by: str
    accepted_at: dt.datetime
    sha256: str


class ContractClauseRead(Schema):
    number: str
    key: str
    library_version: int
    source: str
    title_en: str
    title_zh: str
    text_en: str
    text_zh: str


class ContractRead(Schema):
    id: int
    order_id: int
    number: int
    status: ContractStatus
    sha256: str
    spec_version_id: int
    spec_sha256: str
    terms: dict[str, Any]
    parties: dict[str, Any]
    clauses: list[ContractClauseRead]
    acceptances: list[ContractAcceptanceRead]
    waiting_for: list[ContractParty]
    binding_at: dt.datetime | None
    created_at: dt.datetime
    document_id: int | None
    pdf_url: str
    docx_url: str


class OrderContractRead(Schema):
    order_id: int
    headline: str
    next_step: str
    may_draft: bool
    may_accept: bool
    waiting_for: list[ContractParty]
    binding: ContractRead | None
    proposed: ContractRead | None


class LibraryClauseRead(Schema):
    key: str
    number: int
    kind: LibraryKind
    title_en: str
    title_zh: str
    text_en: str
    text_zh: str
    source: str
    note: str
    created_at: dt.datetime


class LibraryClauseUpdate(Schema):
    title_en: str
    title_zh: str
    text_en: str
    text_zh: str
    source: str
    note: str = ""


def acceptance_read(a: ContractAcceptance) -> dict[str, Any]:
    return {
        "id": a.pk,
        "contract_id": a.contract_id,
        "party": a.party,
        "organization_id": a.organization_id,
        "accepted_by": a.accepted_by.email,
        "accepted_at": a.accepted_at,
        "sha256": a.sha256,
    }


def contract_read(c: SalesContract) -> dict[str, Any]:
    doc = c.content
    accepted = list(c.acceptances.all())
    done = {a.party for a in accepted}
    return {
        "id": c.pk,
        "order_id": c.order_id,
        "number": c.number,
        "status": c.status,
        "sha256": c.sha256,
        "spec_version_id": c.spec_version_id,
        "spec_sha256": doc["specification"]["sha256"],
        "terms": c.terms,
        "parties": doc["parties"],
        "clauses": doc["clauses"],
        "acceptances": [acceptance_read(a) for a in accepted],
        "waiting_for": [p for p in ContractParty.values if p not in done]
        if c.status == ContractStatus.PROPOSED
        else [],
        "binding_at": c.binding_at,
        "created_at": c.created_at,
        "document_id": c.document_id,
        "pdf_url": f"/api/v1/contracts/{c.pk}/pdf",
        "docx_url": f"/api/v1/contracts/{c.pk}/docx",
    }


def library_read(row: LibraryClause) -> dict[str, Any]:
    return {
        "key": row.key,
        "number": row.number,
        "kind": row.kind,
        "title_en": row.title_en,
        "title_zh": row.title_zh,
        "text_en": row.text_en,
        "text_zh": row.text_zh,
        "source": row.source,
        "note": row.note,
        "created_at": row.created_at,
    }
