from django.apps import AppConfig


class DisputesConfig(AppConfig):
    name = "tradeguard.disputes"
    label = "disputes"
    verbose_name = "Trade disputes"

    def ready(self) -> None:
        from tradeguard.disputes import (
            tasks,  # noqa: F401  (registers the deadline handlers)
            web_hooks,
        )

        web_hooks.register()

        from django.utils.translation import gettext_lazy as _

        from tradeguard.disputes.selectors import evidence_visible_to
        from tradeguard.evidence.selectors import FileReference, register_file_reference

        register_file_reference(
            FileReference("disputes.evidence", _("Dispute evidence"), evidence_visible_to)
        )
        from tradeguard.disputes import inbox

        inbox.register()
