from django.apps import AppConfig


class EvidenceConfig(AppConfig):
    name = "tradeguard.evidence"
    label = "evidence"
    verbose_name = "Stored files and evidence"

    def ready(self) -> None:
        from tradeguard.evidence import tasks  # noqa: F401  (registers the daily collection)
