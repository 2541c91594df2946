from django.apps import AppConfig


class EvidenceConfig(AppConfig):
    name = "tradeguard.evidence"
    label = "evidence"
    verbose_name = "Stored files and evidence"
