"""Every write to accounts, organizations and tokens."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import secrets
from typing import IO

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import DatabaseError, transaction
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from tradeguard.accounts.enums import (
    AccountsErrorCode,
    Language,
    OrgDocumentKind,
    OrgKind,
    Role,
    TokenKind,
    VerificationStatus,
)
from tradeguard.accounts.models import ApiToken, Organization, OrganizationDocument, User
from tradeguard.accounts.policy import (
    API_TOKEN_PREFIX,
    DEFAULT_ORG_KIND,
    ROLE_ORG_KINDS,
    TOKEN_CAP,
    TOKEN_MAX_DAYS,
    is_country,
    is_timezone,
    role_fits_org,
)
from tradeguard.common import clock
from tradeguard.common.db import is_transient
from tradeguard.common.errors import ApplicationError, invalid, permission_denied
from tradeguard.common.events import event_record
from tradeguard.common.i18n.text import join_or
from tradeguard.evidence.enums import FileCategory
from tradeguard.evidence.services import file_store

log = logging.getLogger(__name__)

ORG_DOCUMENT_FORMATS = (FileCategory.PDF, FileCategory.IMAGE)
ORG_DOCUMENT_MAX_BYTES = 20 * 1024 * 1024


def _clean_country(country: str) -> str:
    code = (country or "").strip().upper()
    if not is_country(code):
        raise ApplicationError(
            AccountsErrorCode.INVALID_COUNTRY,
            _("%(country)s is not an ISO 3166-1 country code.") % {"country": repr(country)},
            fields={"country": _("Use a two-letter code such as CN, US or DE.")},
        )
    return code


def organization_create(
    *,
    actor: User | None,
    name: str,
    kind: str,
    country: str,
    registration_number: str = "",
    contact_email: str = "",
    website: str = "",
) -> Organization:
    name = (name or "").strip()
    if not name:
        raise invalid("name", _("An organization needs a name."))
    if kind not in OrgKind.values:
        raise invalid(
            "kind", _("Choose one of: %(values)s.") % {"values": ", ".join(OrgKind.values)}
        )
    country = _clean_country(country)
    if contact_email:
        try:
            validate_email(contact_email)
        except ValidationError:
            raise invalid("contact_email", _("Enter a valid email address.")) from None
    website = (website or "").strip()
    if website:
        try:
            URLValidator(schemes=["http", "https"])(website)
        except ValidationError:
            raise invalid(
                "website",
                _("Give the organization's web address starting with https:// or http://."),
            ) from None
    with transaction.atomic():
        if Organization.objects.filter(name__iexact=name).exists():
            raise ApplicationError(
                AccountsErrorCode.ORG_NAME_TAKEN,
                _("An organization named %(name)s already exists.") % {"name": repr(name)},
                fields={"name": _("Choose another name.")},
            )
        org = Organization.objects.create(
            name=name,
            kind=kind,
            country=country,
            registration_number=registration_number.strip(),
            contact_email=contact_email,
            website=website,
            verification_status=(
                VerificationStatus.VERIFIED
                if kind == OrgKind.PLATFORM
                else VerificationStatus.UNVERIFIED
            ),
        )
        event_record(
            obj=org,
            type="organization.created",
            actor=actor,
            new={"name": name, "kind": kind, "country": country},
        )
    return org


def user_create(
    *,
    actor: User | None,
    email: str,
    password: str,
    role: str,
    organization: Organization,
    full_name: str = "",
    timezone: str = "UTC",
    check_password: bool = True,
) -> User:
    """Create a user. The password must pass the same rules as every other password
    (`security.password_validate`); only demo data and tests skip them."""
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        raise invalid("email", _("Enter a valid email address.")) from None
    if role not in Role.values:
        raise invalid("role", _("Choose one of: %(values)s.") % {"values": ", ".join(Role.values)})
    if not role_fits_org(role, organization.kind):
        kinds = join_or(OrgKind(k).label for k in sorted(ROLE_ORG_KINDS[Role(role)]))
        raise ApplicationError(
            AccountsErrorCode.ROLE_ORG_MISMATCH,
            _("A %(role)s must belong to an organization of kind %(kinds)s, not %(kind)s.")
            % {
                "role": str(Role(role).label).lower(),
                "kinds": kinds,
                "kind": str(OrgKind(organization.kind).label).lower(),
            },
            fields={
                "role": _("Pick an organization of kind %(kinds)s, or another role.")
                % {"kinds": kinds}
            },
        )
    if not is_timezone(timezone):
        raise ApplicationError(
            AccountsErrorCode.INVALID_TIMEZONE,
            _("%(timezone)s is not a time zone.") % {"timezone": repr(timezone)},
            fields={"timezone": _("Use an IANA name such as Asia/Shanghai or Europe/Berlin.")},
        )
    if check_password:
        from tradeguard.accounts.security import password_validate

        password_validate(password, user=User(email=email, full_name=full_name))
    with transaction.atomic():
        if User.objects.filter(email=email).exists():
            raise ApplicationError(
                AccountsErrorCode.EMAIL_TAKEN,
                _("A user with the email %(email)s already exists.") % {"email": email},
                fields={"email": _("Sign in instead, or use another address.")},
            )
        user = User.objects.create_user(
            email,
            password,
            role=role,
            organization=organization,
            full_name=full_name,
            timezone=timezone,
            is_staff=role == Role.ADMIN,
            is_superuser=role == Role.ADMIN,
        )
        event_record(
            obj=organization,
            type="organization.member_added",
            actor=actor,
            new={"user": user.pk, "email": email, "role": role},
        )
    return user


def default_org_kind(role: str) -> OrgKind:
    return DEFAULT_ORG_KIND[Role(role)]


def user_set_timezone(*, actor: User, timezone: str) -> User:
    if not is_timezone(timezone):
        raise ApplicationError(
            AccountsErrorCode.INVALID_TIMEZONE,
            _("%(timezone)s is not a time zone.") % {"timezone": repr(timezone)},
            fields={"timezone": _("Use an IANA name such as Asia/Shanghai or Europe/Berlin.")},
        )
    old = actor.timezone
    actor.timezone = timezone
    actor.save(update_fields=["timezone"])
    if actor.organization_id:
        event_record(
            obj=actor.organization,  # type: ignore[arg-type]
            type="user.timezone_changed",
            actor=actor,
            old={"timezone": old},
            new={"timezone": timezone},
        )
    return actor


def user_set_language(*, actor: User, language: str) -> User:
    """Choose the language TradeGuard speaks to `actor` ("" follows the organization's
    country); pages, notifications and e-mails follow it."""
    language = (language or "").strip().lower()
    if language not in ("", *Language.values):
        raise ApplicationError(
            AccountsErrorCode.INVALID_LANGUAGE,
            _("%(value)s is not a language TradeGuard is written in.") % {"value": repr(language)},
            fields={
                "language": _(
                    "Use one of: %(codes)s, or an empty value for your country's default."
                )
                % {"codes": ", ".join(Language.values)}
            },
        )
    old = actor.language
    if old == language:
        return actor
    actor.language = language
    actor.save(update_fields=["language"])
    if actor.organization_id:
        event_record(
            obj=actor.organization,  # type: ignore[arg-type]
            type="user.language_changed",
            actor=actor,
            old={"language": old},
            new={"language": language},
        )
    return actor


def organization_document_add(
    *,
    actor: User,
    organization: Organization,
    kind: str,
    upload: IO[bytes],
    name: str,
    description: str = "",
) -> OrganizationDocument:
    """Upload a business document and ask for verification (status -> pending)."""
    if actor.organization_id != organization.pk:
        raise permission_denied(_("Only members of an organization may upload its documents."))
    if kind not in OrgDocumentKind.values:
        raise invalid(
            "kind", _("Choose one of: %(values)s.") % {"values": ", ".join(OrgDocumentKind.values)}
        )
    stored = file_store(
        upload=upload,
        name=name,
        actor=actor,
        allowed=ORG_DOCUMENT_FORMATS,
        max_bytes=ORG_DOCUMENT_MAX_BYTES,
    )
    with transaction.atomic():
        org = Organization.objects.select_for_update().get(pk=organization.pk)
        doc = OrganizationDocument.objects.create(
            organization=org, kind=kind, file=stored, description=description, uploaded_by=actor
        )
        event_record(
            obj=org,
            type="organization.document_added",
            actor=actor,
            new={"document": doc.pk, "kind": kind, "sha256": stored.sha256},
        )
        if org.verification_status in (VerificationStatus.UNVERIFIED, VerificationStatus.REJECTED):
            old = org.verification_status
            org.verification_status = VerificationStatus.PENDING
            org.verification_requested_at = clock.now()
            org.save(
                update_fields=["verification_status", "verification_requested_at", "updated_at"]
            )
            event_record(
                obj=org,
                type="organization.verification_requested",
                actor=actor,
                old={"verification_status": old},
                new={"verification_status": org.verification_status},
            )
    organization.refresh_from_db()
    return doc


def organization_verification_decide(
    *, actor: User, organization: Organization, approve: bool, reason: str
) -> Organization:
    if not actor.is_officer:
        raise permission_denied(_("Only platform officers decide verifications."))
    reason = (reason or "").strip()
    if not reason:
        raise ApplicationError(
            AccountsErrorCode.VERIFICATION_REASON_REQUIRED,
            _("A verification decision needs a written reason."),
            fields={"reason": _("Say what you checked and why you decided so.")},
        )
    with transaction.atomic():
        org = Organization.objects.select_for_update().get(pk=organization.pk)
        if org.verification_status != VerificationStatus.PENDING:
            raise ApplicationError(
                AccountsErrorCode.VERIFICATION_NOT_PENDING,
                _("This organization is %(verification_status)s, not pending review.")
                % {"verification_status": org.verification_status},
                status=409,
            )
        if approve and not org.documents.exists():
            raise ApplicationError(
                AccountsErrorCode.VERIFICATION_NEEDS_DOCUMENT,
                _("An organization cannot be verified without an uploaded document."),
            )
        old = org.verification_status
        org.verification_status = (
            VerificationStatus.VERIFIED if approve else VerificationStatus.REJECTED
        )
        org.verification_reason = reason
        org.verification_decided_at = clock.now()
        org.verification_decided_by = actor
        org.save(
            update_fields=[
                "verification_status",
                "verification_reason",
                "verification_decided_at",
                "verification_decided_by",
                "updated_at",
            ]
        )
        event_record(
            obj=org,
            type="organization.verification_decided",
            actor=actor,
            old={"verification_status": old},
            new={"verification_status": org.verification_status},
            params={"reason": reason},
        )
    return org


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def api_token_create(
    *,
    actor: User,
    name: str,
    kind: str = TokenKind.PERSONAL,
    user: User | None = None,
    expires_in_days: int | None = None,
) -> tuple[ApiToken, str]:
    """Create a token and return it with its secret, which is never stored or shown again.
    `expires_in_days` (1 to TOKEN_MAX_DAYS) makes it stop working then; None: it works
    until revoked. A person holds at most TOKEN_CAP active tokens."""
    owner = user or actor
    if owner.pk != actor.pk and not actor.is_platform:
        raise permission_denied(_("You may only create tokens for yourself."))
    if kind == TokenKind.INTEGRATION and not owner.is_platform:
        raise permission_denied(_("Integration tokens belong to platform users."))
    name = (name or "").strip()
    if not name:
        raise invalid("name", _("Name the token after where you will use it."))
    if expires_in_days is not None and not 1 <= expires_in_days <= TOKEN_MAX_DAYS:
        raise invalid(
            "expires_in_days",
            _("Give a number of days from 1 to %(most)s, or no expiry.") % {"most": TOKEN_MAX_DAYS},
        )
    secret = API_TOKEN_PREFIX + secrets.token_urlsafe(32)
    now = clock.now()
    with transaction.atomic():
        User.objects.select_for_update().filter(pk=owner.pk).first()  # one count at a time
        active = tokens_active(owner).count()
        if active >= TOKEN_CAP:
            raise ApplicationError(
                AccountsErrorCode.TOKEN_LIMIT_REACHED,
                _(
                    "You have %(count)s active API tokens, the most one person may have. "
                    "Revoke those you no longer use, then create this one."
                )
                % {"count": active},
                fields={
                    "name": _(
                        "Revoke a token on your API tokens page, or with "
                        "POST /api/v1/tokens/{id}/revoke."
                    )
                },
                status=409,
            )
        token = ApiToken.objects.create(
            user=owner,
            name=name[:100],
            kind=kind,
            prefix=secret[: len(API_TOKEN_PREFIX) + 6],
            digest=_digest(secret),
            expires_at=now + dt.timedelta(days=expires_in_days) if expires_in_days else None,
        )
        if owner.organization_id:
            event_record(
                obj=owner.organization,  # type: ignore[arg-type]
                type="api_token.created",
                actor=actor,
                new={"token": token.pk, "name": token.name, "kind": kind, "user": owner.pk},
            )
    return token, secret


def api_token_revoke(*, actor: User, token: ApiToken) -> ApiToken:
    with transaction.atomic():
        locked = ApiToken.objects.select_for_update().get(pk=token.pk)
        if locked.user_id != actor.pk and not actor.is_platform:
            raise permission_denied(_("You may only revoke your own tokens."))
        if locked.revoked_at is not None:
            raise ApplicationError(
                AccountsErrorCode.TOKEN_ALREADY_REVOKED,
                _("This token is already revoked."),
                status=409,
            )
        locked.revoked_at = clock.now()
        locked.save(update_fields=["revoked_at", "updated_at"])
        if locked.user.organization_id:
            event_record(
                obj=locked.user.organization,  # type: ignore[arg-type]
                type="api_token.revoked",
                actor=actor,
                new={"token": locked.pk, "name": locked.name},
            )
    return locked


def tokens_active(user: User) -> QuerySet[ApiToken]:
    """Tokens of `user` that still work: not revoked, not expired."""
    return ApiToken.objects.filter(user=user, revoked_at__isnull=True).filter(
        Q(expires_at__isnull=True) | Q(expires_at__gt=clock.now())
    )


def api_token_authenticate(secret: str) -> ApiToken | None:
    """The active token for `secret`, with its user, or None."""
    if not secret.startswith(API_TOKEN_PREFIX):
        return None
    now = clock.now()
    token = (
        ApiToken.objects.select_related("user", "user__organization")
        .filter(digest=_digest(secret), revoked_at__isnull=True, user__is_active=True)
        .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))
        .first()
    )
    if token is None:
        return None
    if token.last_used_at is None or now - token.last_used_at >= TOKEN_USE_RECORD_EVERY:
        _token_record_use(token, now)
    return token


# Authentication records a token's use at most this often (a write on every request
# would queue every API call behind the database's write lock).
TOKEN_USE_RECORD_EVERY = dt.timedelta(minutes=1)


def _token_record_use(token: ApiToken, now: dt.datetime) -> None:
    """Stamp `last_used_at` unless a concurrent request did within the minute; skipped
    (not failed) when the database is busy: the next request records it."""
    try:
        ApiToken.objects.filter(pk=token.pk).filter(
            Q(last_used_at__isnull=True) | Q(last_used_at__lte=now - TOKEN_USE_RECORD_EVERY)
        ).update(last_used_at=now)
    except DatabaseError as exc:
        if not is_transient(exc):
            raise
        log.info("token %s: use not recorded, the database is busy", token.pk)
        return
    token.last_used_at = now
