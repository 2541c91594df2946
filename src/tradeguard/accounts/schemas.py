from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from ninja import FilterLookup, FilterSchema, Schema
from pydantic import Field

from tradeguard.accounts.enums import OrgDocumentKind, OrgKind, Role, TokenKind, VerificationStatus
from tradeguard.accounts.policy import LOGIN_TOKEN_DAYS, TOKEN_MAX_DAYS
from tradeguard.evidence.schemas import FileRead


class TokenCreate(Schema):
    email: str = Field(max_length=254)
    password: str = Field(max_length=512)
    name: str = Field(default="API", max_length=100)
    expires_in_days: int | None = Field(
        default=LOGIN_TOKEN_DAYS,
        ge=1,
        le=TOKEN_MAX_DAYS,
        description="The token stops working after this many days (default 30); "
        "null for a token that works until revoked.",
    )


class TokenIssued(Schema):
    token: str
    token_id: int
    name: str
    prefix: str
    expires_at: dt.datetime | None


class ApiTokenCreate(Schema):
    name: str = Field(min_length=1, max_length=100)
    expires_in_days: int | None = Field(
        default=None, ge=1, le=TOKEN_MAX_DAYS, description="null: works until revoked."
    )


class ApiTokenRead(Schema):
    id: int
    name: str
    kind: TokenKind
    prefix: str
    created_at: dt.datetime
    last_used_at: dt.datetime | None
    revoked_at: dt.datetime | None
    expires_at: dt.datetime | None
    is_active: bool


class PasswordChange(Schema):
    current_password: str = Field(max_length=512)
    new_password: str = Field(max_length=512)


class PasswordResetRequest(Schema):
    email: str = Field(max_length=254)


class PasswordResetConfirm(Schema):
    uid: str = Field(max_length=64, description="From the emailed link: /reset/<uid>/<token>/")
    token: str = Field(max_length=128)
    new_password: str = Field(max_length=512)


class Message(Schema):
    message: str


class OrganizationBrief(Schema):
    id: int
    name: str
    kind: OrgKind
    country: str = Field(description="ISO 3166-1 alpha-2", examples=["CN"])
    verification_status: VerificationStatus


class OrganizationDocumentRead(Schema):
    id: int
    kind: OrgDocumentKind
    description: str
    sha256: str = Field(validation_alias="file.sha256")
    mime_type: str = Field(validation_alias="file.mime_type")
    size: int = Field(validation_alias="file.size")
    created_at: dt.datetime
    file: FileRead


class OrganizationRead(OrganizationBrief):
    registration_number: str
    website: str
    verification_decided_at: dt.datetime | None
    created_at: dt.datetime
    # Only for the organization's members and platform officers; null for everyone else.
    contact_email: str | None = None
    verification_reason: str | None = None
    verification_requested_at: dt.datetime | None = None

    @staticmethod
    def resolve_contact_email(obj: Any, context: dict[str, Any]) -> str | None:
        return obj.contact_email if _private(obj, context) else None

    @staticmethod
    def resolve_verification_reason(obj: Any, context: dict[str, Any]) -> str | None:
        return obj.verification_reason if _private(obj, context) else None

    @staticmethod
    def resolve_verification_requested_at(obj: Any, context: dict[str, Any]) -> dt.datetime | None:
        return obj.verification_requested_at if _private(obj, context) else None


def _private(org: Any, context: dict[str, Any] | None) -> bool:
    from tradeguard.accounts.selectors import sees_private_details

    request = (context or {}).get("request")
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated and sees_private_details(user, org))


class OrganizationCreate(Schema):
    name: str = Field(min_length=1, max_length=200)
    kind: OrgKind
    country: str = Field(min_length=2, max_length=2, description="ISO 3166-1 alpha-2")
    registration_number: str = Field(default="", max_length=100)
    contact_email: str = Field(default="", max_length=254)
    website: str = Field(default="", max_length=200)


class OrganizationListParams(FilterSchema):
    kind: OrgKind | None = None
    country: str | None = Field(default=None, max_length=2, description="ISO 3166-1 alpha-2")
    verification_status: VerificationStatus | None = None
    q: Annotated[str | None, FilterLookup(q="name__icontains")] = None


class VerificationDecision(Schema):
    decision: Literal["approve", "reject"]
    reason: str = Field(min_length=1, max_length=5000)


class MeRead(Schema):
    id: int
    email: str
    full_name: str
    role: Role
    timezone: str
    language: str = Field(
        description="The language chosen: en, zh-hans, or empty to follow the organization's country."
    )
    effective_language: str = Field(
        description="The language TradeGuard speaks to this person (pages, notifications, e-mails)."
    )
    organization: OrganizationBrief | None


class MeUpdate(Schema):
    timezone: str | None = Field(default=None, max_length=64)
    language: str | None = Field(
        default=None,
        max_length=10,
        description="en, zh-hans, or an empty string to follow the organization's country.",
    )
    full_name: str | None = Field(default=None, max_length=200)


class UserCreate(Schema):
    email: str = Field(max_length=254)
    password: str = Field(min_length=1, max_length=512)
    role: Role
    organization_id: int
    full_name: str = Field(default="", max_length=200)
    timezone: str = Field(default="UTC", max_length=64)


class UserRead(Schema):
    id: int
    email: str
    full_name: str
    role: Role
    timezone: str
    organization_id: int | None
