from django.apps import AppConfig


class SpecsConfig(AppConfig):
    name = "tradeguard.specs"
    label = "specs"
    verbose_name = "Specifications and inspections"

    def ready(self) -> None:
        from tradeguard.orders.selectors import register_visibility_rule
        from tradeguard.specs.selectors import inspector_order_rule

        register_visibility_rule(inspector_order_rule)

        from django.utils.translation import gettext_lazy as _

        from tradeguard.evidence.selectors import FileReference, register_file_reference
        from tradeguard.specs.selectors import (
            inspection_photos_visible_to,
            sample_photos_visible_to,
        )

        register_file_reference(
            FileReference(
                "specs.inspection_photo", _("Inspection photo"), inspection_photos_visible_to
            )
        )
        register_file_reference(
            FileReference(
                "specs.sample_photo", _("Approved sample photo"), sample_photos_visible_to
            )
        )

        from tradeguard.specs import panels, timeline

        panels.register()
        timeline.register()
