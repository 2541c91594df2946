"""IP test data, created through the services as rights holders and officers would."""

from __future__ import annotations

import datetime as dt
import io
import itertools
from collections.abc import Sequence
from typing import Any

from tradeguard.accounts.enums import OrgKind, Role
from tradeguard.accounts.models import Organization, User
from tradeguard.accounts.services import organization_document_add, organization_verification_decide
from tradeguard.accounts.tests.factories import OrganizationFactory, UserFactory, officer
from tradeguard.accounts.tests.factories import supplier as supplier_user
from tradeguard.catalog.models import Listing
from tradeguard.catalog.tests.factories import listing as listing_factory
from tradeguard.common import clock
from tradeguard.common.testing import PDF_BYTES, png_bytes
from tradeguard.ip.models import Complaint, IpRecord
from tradeguard.ip.services import complaint_file, record_approve, record_submit

_n = itertools.count(1)


def _file(data: bytes, name: str) -> io.BytesIO:
    buf = io.BytesIO(data)
    buf.name = name
    return buf


def pdf(name: str = "certificate.pdf") -> io.BytesIO:
    return _file(PDF_BYTES, name)


def png(name: str = "image.png", color: tuple[int, int, int] = (10, 120, 200)) -> io.BytesIO:
    return _file(png_bytes(color=color), name)


def verify(
    org: Organization, *, by: User | None = None, kind: str = "business_licence"
) -> Organization:
    member = org.members.first()
    assert member is not None
    organization_document_add(
        actor=member, organization=org, kind=kind, upload=pdf("licence.pdf"), name="licence.pdf"
    )
    return organization_verification_decide(
        actor=by or officer(), organization=org, approve=True, reason="Checked the registry."
    )


def german_trademark_fields() -> dict[str, str]:
    """The fields of a German trademark record (its certificate is in German, so it
    needs a translation), as the form and the API take them, without the files."""
    return {
        "kind": "trademark",
        "title": "LUMEN",
        "registration_number": "DE3020",
        "jurisdiction": "DPMA",
        "classes": "11",
        "word_mark": "LUMEN",
        "valid_until": "2030-01-01",
        "document_language": "de",
    }


def rights_holder(*, verified: bool = True, role: str = Role.RIGHTS_HOLDER, **org_kw: Any) -> User:
    org_kw.setdefault("country", "GB")
    org = OrganizationFactory(kind=OrgKind.RIGHTS_HOLDER, **org_kw)
    user = UserFactory(role=role, organization=org, timezone="Europe/London")
    if verified:
        verify(org, kind="identity_document")
        user.refresh_from_db()
    return user  # type: ignore[no-any-return]


def supplier(country: str = "CN", **org_kw: Any) -> User:
    org = OrganizationFactory(kind=OrgKind.SUPPLIER, country=country, **org_kw)
    return supplier_user(organization=org)


def listing(supplier_org: Organization | None = None, **kw: Any) -> Listing:
    if supplier_org is None:
        return listing_factory(**kw)
    member = supplier_org.members.first()
    return listing_factory(actor=member, **kw)


def record(
    user: User,
    *,
    kind: str = "trademark",
    approve: bool = True,
    valid_until: dt.date | None = None,
    **kw: Any,
) -> IpRecord:
    n = next(_n)
    decider = kw.pop("officer", None)
    until = valid_until or (clock.now().date() + dt.timedelta(days=3650))
    args: dict[str, Any] = {
        "actor": user,
        "kind": kind,
        "title": kw.pop("title", f"LUMEN {n}"),
        "registration_number": kw.pop("registration_number", f"UK000{n:05d}"),
        "jurisdiction": kw.pop("jurisdiction", "UKIPO"),
        "valid_until": until,
        "certificate": pdf(),
    }
    if kind == "trademark":
        args.update(classes="9, 11", word_mark=args["title"])
    else:
        args["images"] = [png(f"ref{n}.png", color=(n % 255, 80, 160))]
    args.update(kw)
    rec = record_submit(**args)
    if approve:
        rec = record_approve(actor=decider or officer(), record=rec)
    return rec


def complaint(
    user: User,
    rec: IpRecord,
    listings: Sequence[Listing | str],
    *,
    reason: str | None = None,
) -> Complaint:
    default_reason = {
        "trademark": "counterfeit",
        "copyright": "image_copy",
        "design_patent": "design_patent",
        "utility_patent": "utility_patent",
    }[rec.kind]
    return complaint_file(
        actor=user,
        record=rec,
        reason=reason or default_reason,
        listings=[x.marketplace_url if isinstance(x, Listing) else x for x in listings],
        explanation="The listing sells goods bearing our registered mark.",
        statement_good_faith=True,
        statement_accuracy=True,
        statement_authority=True,
        signature_name=user.full_name or "R. Holder",
    )
