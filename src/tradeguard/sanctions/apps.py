from django.apps import AppConfig


class SanctionsConfig(AppConfig):
    name = "tradeguard.sanctions"
    label = "sanctions"
    verbose_name = "Sanctions"

    def ready(self) -> None:
        from tradeguard.sanctions import (
            inbox,
            tasks,  # noqa: F401  (registers the timer handler)
        )

        inbox.register()
