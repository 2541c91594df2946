from django.apps import AppConfig


class SpecsConfig(AppConfig):
    name = "tradeguard.specs"
    label = "specs"
    verbose_name = "Specifications and inspections"

    def ready(self) -> None:
        from tradeguard.orders.selectors import register_visibility_rule
        from tradeguard.specs.selectors import inspector_order_rule

        register_visibility_rule(inspector_order_rule)

        from tradeguard.specs import panels, timeline

        panels.register()
        timeline.register()
