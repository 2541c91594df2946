from enum import StrEnum

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrgKind(models.TextChoices):
    BUYER = "buyer", _("Buyer")
    SUPPLIER = "supplier", _("Supplier")
    RIGHTS_HOLDER = "rights_holder", _("Rights holder")
    INSPECTOR = "inspector", _("Inspection company")
    PLATFORM = "platform", _("Platform")


class Role(models.TextChoices):
    BUYER = "buyer", _("Buyer")
    SUPPLIER = "supplier", _("Supplier")
    RIGHTS_HOLDER = "rights_holder", _("Rights holder")
    AGENT = "agent", _("Agent of a rights holder")
    INSPECTOR = "inspector", _("Inspector")
    OFFICER = "officer", _("Platform officer")
    ADMIN = "admin", _("Platform admin")


class VerificationStatus(models.TextChoices):
    UNVERIFIED = "unverified", _("Unverified")
    PENDING = "pending", _("Pending review")
    VERIFIED = "verified", _("Verified")
    REJECTED = "rejected", _("Rejected")


class OrgDocumentKind(models.TextChoices):
    BUSINESS_LICENCE = "business_licence", _("Business licence")
    IDENTITY_DOCUMENT = "identity_document", _("Passport or ID card")
    TAX_REGISTRATION = "tax_registration", _("Tax registration")
    BANK_LETTER = "bank_letter", _("Bank letter")
    OTHER = "other", _("Other")


class TokenKind(models.TextChoices):
    PERSONAL = "personal", _("Personal")
    INTEGRATION = "integration", _("Marketplace integration")


class AccountsErrorCode(StrEnum):
    INVALID_CREDENTIALS = "invalid_credentials"
    EMAIL_TAKEN = "email_taken"
    ROLE_ORG_MISMATCH = "role_org_mismatch"
    INVALID_COUNTRY = "invalid_country"
    INVALID_TIMEZONE = "invalid_timezone"
    VERIFICATION_NOT_PENDING = "verification_not_pending"
    VERIFICATION_NEEDS_DOCUMENT = "verification_needs_document"
    VERIFICATION_REASON_REQUIRED = "verification_reason_required"
    TOKEN_ALREADY_REVOKED = "token_already_revoked"
    ORG_NAME_TAKEN = "org_name_taken"
    INVALID_LANGUAGE = "invalid_language"
    LOGIN_THROTTLED = "login_throttled"
    TOKEN_LIMIT_REACHED = "token_limit_reached"
    WRONG_PASSWORD = "wrong_password"
    WEAK_PASSWORD = "weak_password"
    RESET_LINK_INVALID = "reset_link_invalid"
    RESET_THROTTLED = "reset_throttled"


class Language(models.TextChoices):
    """The languages TradeGuard is written in; each named in itself, so a reader finds
    theirs whatever the page's language."""

    ENGLISH = "en", "English"
    CHINESE_SIMPLIFIED = "zh-hans", "简体中文"


class ThrottleScope(models.TextChoices):
    ACCOUNT = "account", _("Account")
    ADDRESS = "address", _("Network address")


class ThrottleAction(models.TextChoices):
    SIGN_IN = "sign_in", _("Sign-in with a password")
    RESET = "reset", _("Password reset email")
