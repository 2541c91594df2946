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

        from tradeguard.disputes import inbox

        inbox.register()
