"""Demo organizations and users: two buyers, three suppliers, a rights holder, an
inspection company, an officer and an admin. All share DEMO_PASSWORD."""

from __future__ import annotations

import io

from tradeguard.accounts.enums import OrgKind, Role, VerificationStatus
from tradeguard.accounts.models import Organization, User
from tradeguard.accounts.services import (
    organization_create,
    organization_document_add,
    organization_verification_decide,
    user_create,
)
from tradeguard.common.demo import DEMO_PASSWORD, DemoContext, demo_pdf

# key, email, full name, role, organization, org kind, country, time zone, verified
DEMO_USERS = [
    (
        "officer",
        "officer@demo.tradeguard.test",
        "Olivia Officer",
        Role.OFFICER,
        "TradeGuard Market",
        OrgKind.PLATFORM,
        "SG",
        "Asia/Singapore",
        True,
    ),
    (
        "officer2",
        "officer2@demo.tradeguard.test",
        "Oscar Reviewer",
        Role.OFFICER,
        "TradeGuard Market",
        OrgKind.PLATFORM,
        "SG",
        "Asia/Singapore",
        True,
    ),
    (
        "admin",
        "admin@demo.tradeguard.test",
        "Ada Admin",
        Role.ADMIN,
        "TradeGuard Market",
        OrgKind.PLATFORM,
        "SG",
        "UTC",
        True,
    ),
    (
        "buyer",
        "buyer@demo.tradeguard.test",
        "Ben Buyer",
        Role.BUYER,
        "Northwind Imports LLC",
        OrgKind.BUYER,
        "US",
        "America/New_York",
        True,
    ),
    (
        "buyer2",
        "buyer2@demo.tradeguard.test",
        "Berta Käufer",
        Role.BUYER,
        "Rhein Handel GmbH",
        OrgKind.BUYER,
        "DE",
        "Europe/Berlin",
        False,
    ),
    (
        "supplier",
        "supplier@demo.tradeguard.test",
        "Li Wei",
        Role.SUPPLIER,
        "Shenzhen Bright Electronics Co., Ltd.",
        OrgKind.SUPPLIER,
        "CN",
        "Asia/Shanghai",
        True,
    ),
    (
        "supplier2",
        "supplier2@demo.tradeguard.test",
        "Chen Jing",
        Role.SUPPLIER,
        "Ningbo Homeware Factory",
        OrgKind.SUPPLIER,
        "CN",
        "Asia/Shanghai",
        True,
    ),
    (
        "supplier3",
        "supplier3@demo.tradeguard.test",
        "Zhao Min",
        Role.SUPPLIER,
        "Dongguan Quickcopy Trading",
        OrgKind.SUPPLIER,
        "CN",
        "Asia/Shanghai",
        False,
    ),
    (
        "rights",
        "rights@demo.tradeguard.test",
        "Rachel Rights",
        Role.RIGHTS_HOLDER,
        "Lumen Design Ltd.",
        OrgKind.RIGHTS_HOLDER,
        "GB",
        "Europe/London",
        True,
    ),
    (
        "inspector",
        "inspector@demo.tradeguard.test",
        "Ivan Inspector",
        Role.INSPECTOR,
        "QualiSpect Asia Ltd.",
        OrgKind.INSPECTOR,
        "HK",
        "Asia/Hong_Kong",
        True,
    ),
]


def seed(ctx: DemoContext) -> None:
    for key, email, name, role, org_name, kind, country, tz, verified in DEMO_USERS:
        org = Organization.objects.filter(name=org_name).first()
        if org is None:
            org = organization_create(
                actor=None,
                name=org_name,
                kind=kind,
                country=country,
                registration_number=f"DEMO-{country}-{len(org_name):04d}"
                if kind != OrgKind.PLATFORM
                else "",
                contact_email=email,
            )
        user = User.objects.filter(email=email).first()
        if user is None:
            user = user_create(
                actor=None,
                email=email,
                password=DEMO_PASSWORD,
                role=role,
                organization=org,
                full_name=name,
                timezone=tz,
                check_password=False,
            )
        ctx.users[key] = user
        if verified and org.verification_status == VerificationStatus.UNVERIFIED:
            doc_kind = "identity_document" if kind == OrgKind.RIGHTS_HOLDER else "business_licence"
            organization_document_add(
                actor=user,
                organization=org,
                kind=doc_kind,
                upload=io.BytesIO(demo_pdf(f"{org_name} - {doc_kind.replace('_', ' ')}")),
                name=f"{doc_kind}.pdf",
            )
            organization_verification_decide(
                actor=ctx.users["officer"],
                organization=org,
                approve=True,
                reason="Registration number and licence match the public company registry.",
            )
