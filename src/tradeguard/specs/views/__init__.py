"""The specs app's pages: specifications (`specifications`) and inspections
(`inspections`)."""

from tradeguard.specs.views.editor import clause_preview, spec_edit, spec_new
from tradeguard.specs.views.inspections import (
    inspection_cancel,
    inspection_detail,
    inspection_list,
    inspection_sign,
    report_edit,
)
from tradeguard.specs.views.specifications import (
    documents_xlsx,
    order_spec,
    order_spec_action,
    photo_file,
    spec_attach,
    spec_detail,
    spec_diff,
    spec_export,
    spec_import,
    spec_list,
    spec_template,
)

__all__ = [
    "clause_preview",
    "documents_xlsx",
    "inspection_cancel",
    "inspection_detail",
    "inspection_list",
    "inspection_sign",
    "order_spec",
    "order_spec_action",
    "photo_file",
    "report_edit",
    "spec_attach",
    "spec_detail",
    "spec_diff",
    "spec_edit",
    "spec_export",
    "spec_import",
    "spec_list",
    "spec_new",
    "spec_template",
]
