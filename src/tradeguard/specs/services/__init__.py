"""Every write of the specs app: specifications and versions, attaching and accepting
them on orders, AQL settings and sample photos (`specifications`); inspections and
their reports (`inspections`)."""

from tradeguard.specs.services.inspections import (
    binding_version,
    current_version,
    inspection_book,
    inspection_cancel,
    inspection_photo_add,
    inspection_report_save,
    inspection_report_sign,
    inspection_transition,
    may_report,
    quantity_ordered,
    report_verdict,
)
from tradeguard.specs.services.specifications import (
    approved_sample_photo_add,
    attachment_transition,
    order_party,
    order_spec_attach,
    quality_settings_for,
    quality_settings_update,
    spec_accept,
    spec_create,
    spec_import,
    spec_version_create,
)

__all__ = [
    "approved_sample_photo_add",
    "attachment_transition",
    "binding_version",
    "current_version",
    "inspection_book",
    "inspection_cancel",
    "inspection_photo_add",
    "inspection_report_save",
    "inspection_report_sign",
    "inspection_transition",
    "may_report",
    "order_party",
    "order_spec_attach",
    "quality_settings_for",
    "quality_settings_update",
    "quantity_ordered",
    "report_verdict",
    "spec_accept",
    "spec_create",
    "spec_import",
    "spec_version_create",
]
