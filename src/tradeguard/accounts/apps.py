from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "tradeguard.accounts"
    label = "accounts"
    verbose_name = _("Accounts and organizations")

    def ready(self) -> None:
        from tradeguard.accounts.selectors import organization_documents_visible_to
        from tradeguard.evidence.selectors import FileReference, register_file_reference

        register_file_reference(
            FileReference(
                "accounts.document", _("Verification document"), organization_documents_visible_to
            )
        )
        from tradeguard.accounts.enums import (
            OrgDocumentKind,
            OrgKind,
            Role,
            TokenKind,
            VerificationStatus,
        )
        from tradeguard.common.formatting import format_country
        from tradeguard.web.timeline import Value, register_event_values

        hidden = Value(kind="hidden")
        register_event_values(
            "organization.",
            {
                "name": Value(_("Name")),
                "country": Value(_("Country"), render=lambda code, _values: format_country(code)),
                "kind": Value(_("Kind"), "enum", OrgKind),
                "role": Value(_("Role"), "enum", Role),
                "verification_status": Value(_("Verification"), "enum", VerificationStatus),
                "email": Value(_("Email")),
                "reason": Value(_("Reason")),
                "user": hidden,
                "document": hidden,
            },
        )
        register_event_values(
            "organization.document_added",
            {"kind": Value(_("Kind"), "enum", OrgDocumentKind)},
        )
        register_event_values(
            "api_token.",
            {"kind": Value(_("Kind"), "enum", TokenKind), "token": hidden, "user": hidden},
        )
        register_event_values("user.", {"timezone": Value(_("Time zone"))})
