from django.apps import AppConfig


class IpConfig(AppConfig):
    name = "tradeguard.ip"
    label = "ip"
    verbose_name = "IP protection"

    def ready(self) -> None:
        from tradeguard.ip import legal, tasks  # noqa: F401  (deadline handlers; signed texts)
        from tradeguard.ip.panels import register

        register()

        from tradeguard.evidence.selectors import register_file_reference
        from tradeguard.ip.selectors import file_references

        for reference in file_references():
            register_file_reference(reference)
        from tradeguard.ip import inbox

        inbox.register()
