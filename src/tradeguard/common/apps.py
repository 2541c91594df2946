from django.apps import AppConfig


class CommonConfig(AppConfig):
    name = "tradeguard.common"
    label = "common"
    verbose_name = "Common"

    def ready(self) -> None:
        from tradeguard.common import tasks  # noqa: F401  (registers the pruning timer)
