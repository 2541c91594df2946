from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "tradeguard.accounts"
    label = "accounts"
    verbose_name = "Accounts and organizations"

    def ready(self) -> None:
        from django.utils.translation import gettext_lazy as _

        from tradeguard.accounts.selectors import organization_documents_visible_to
        from tradeguard.evidence.selectors import FileReference, register_file_reference

        register_file_reference(
            FileReference(
                "accounts.document", _("Verification document"), organization_documents_visible_to
            )
        )
