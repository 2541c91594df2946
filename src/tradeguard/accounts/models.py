from __future__ import annotations

from typing import Any, ClassVar

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models

from tradeguard.accounts.enums import (
    Language,
    OrgDocumentKind,
    OrgKind,
    Role,
    ThrottleAction,
    ThrottleScope,
    TokenKind,
    VerificationStatus,
)
from tradeguard.accounts.policy import PLATFORM_ROLES
from tradeguard.common.models import BaseModel


class Organization(BaseModel):
    name = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=OrgKind.choices)
    country = models.CharField(max_length=2, help_text="ISO 3166-1 alpha-2")
    registration_number = models.CharField(
        max_length=100,
        blank=True,
        help_text="Company registration number; stores of one legal entity share it.",
    )
    contact_email = models.EmailField(blank=True)
    website = models.URLField(blank=True)
    verification_status = models.CharField(
        max_length=12, choices=VerificationStatus.choices, default=VerificationStatus.UNVERIFIED
    )
    verification_reason = models.TextField(blank=True)
    verification_requested_at = models.DateTimeField(null=True, blank=True)
    verification_decided_at = models.DateTimeField(null=True, blank=True)
    verification_decided_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=OrgKind.values), name="org_kind_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(verification_status__in=VerificationStatus.values),
                name="org_verification_status_valid",
            ),
        ]
        indexes = [models.Index(fields=["kind", "verification_status"])]

    def __str__(self) -> str:
        return self.name

    @property
    def is_verified(self) -> bool:
        return self.verification_status == VerificationStatus.VERIFIED


class OrganizationDocument(BaseModel):
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="documents"
    )
    kind = models.CharField(max_length=24, choices=OrgDocumentKind.choices)
    file = models.ForeignKey("evidence.StoredFile", on_delete=models.PROTECT, related_name="+")
    description = models.CharField(max_length=300, blank=True)
    uploaded_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} of {self.organization_id}"


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        extra.setdefault("role", Role.ADMIN)
        return self.create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    email = models.EmailField(unique=True)
    full_name = models.CharField(max_length=200, blank=True)
    role = models.CharField(max_length=20, choices=Role.choices)
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.PROTECT, related_name="members"
    )
    timezone = models.CharField(max_length=64, default="UTC")
    # "" follows the organization's country (accounts.policy.default_language).
    language = models.CharField(max_length=10, blank=True, default="", choices=Language.choices)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects: ClassVar[UserManager] = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    class Meta:
        ordering = ["email"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(role__in=Role.values), name="user_role_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(language__in=["", *Language.values]),
                name="user_language_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.email

    @property
    def display_name(self) -> str:
        return self.full_name or self.email

    @property
    def is_platform(self) -> bool:
        return self.role in PLATFORM_ROLES

    @property
    def is_officer(self) -> bool:
        """Officers and admins take the platform's decisions (same roles as is_platform)."""
        return self.is_platform

    @property
    def effective_language(self) -> str:
        """The language this person reads TradeGuard in: their choice, or the default of
        their organization's country."""
        from tradeguard.accounts.policy import default_language

        if self.language:
            return self.language
        country = self.organization.country if self.organization_id else ""  # type: ignore[union-attr]
        return default_language(country)


class ApiToken(BaseModel):
    """A personal or integration API token. Only its SHA-256 is stored; the secret is
    shown once, at creation."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100)
    kind = models.CharField(max_length=12, choices=TokenKind.choices, default=TokenKind.PERSONAL)
    prefix = models.CharField(max_length=12, db_index=True)
    digest = models.CharField(max_length=64, unique=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(
        null=True, blank=True, help_text="After this instant the token no longer works."
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=TokenKind.values), name="token_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None and not self.is_expired

    @property
    def is_expired(self) -> bool:
        from tradeguard.common import clock

        return self.expires_at is not None and self.expires_at <= clock.now()


class ThrottleEvent(models.Model):
    """One failed sign-in (or one password-reset email) counted against an account and
    a network address; `accounts.policy.THROTTLES` says how many lock them, how long."""

    action = models.CharField(max_length=12, choices=ThrottleAction.choices)
    scope = models.CharField(max_length=12, choices=ThrottleScope.choices)
    # The SHA-256 of the lower-cased email (the account need not exist), or the address.
    key = models.CharField(max_length=64)
    at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["action", "scope", "key", "at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(action__in=ThrottleAction.values), name="throttle_action_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(scope__in=ThrottleScope.values), name="throttle_scope_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.action} {self.scope} {self.key[:12]} at {self.at:%Y-%m-%d %H:%M}"
