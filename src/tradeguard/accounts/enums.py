from enum import StrEnum

from django.db import models


class OrgKind(models.TextChoices):
    BUYER = "buyer", "Buyer"
    SUPPLIER = "supplier", "Supplier"
    RIGHTS_HOLDER = "rights_holder", "Rights holder"
    INSPECTOR = "inspector", "Inspection company"
    PLATFORM = "platform", "Platform"


class Role(models.TextChoices):
    BUYER = "buyer", "Buyer"
    SUPPLIER = "supplier", "Supplier"
    RIGHTS_HOLDER = "rights_holder", "Rights holder"
    AGENT = "agent", "Agent of a rights holder"
    INSPECTOR = "inspector", "Inspector"
    OFFICER = "officer", "Platform officer"
    ADMIN = "admin", "Platform admin"


class VerificationStatus(models.TextChoices):
    UNVERIFIED = "unverified", "Unverified"
    PENDING = "pending", "Pending review"
    VERIFIED = "verified", "Verified"
    REJECTED = "rejected", "Rejected"


class OrgDocumentKind(models.TextChoices):
    BUSINESS_LICENCE = "business_licence", "Business licence"
    IDENTITY_DOCUMENT = "identity_document", "Passport or ID card"
    TAX_REGISTRATION = "tax_registration", "Tax registration"
    BANK_LETTER = "bank_letter", "Bank letter"
    OTHER = "other", "Other"


class TokenKind(models.TextChoices):
    PERSONAL = "personal", "Personal"
    INTEGRATION = "integration", "Marketplace integration"


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
