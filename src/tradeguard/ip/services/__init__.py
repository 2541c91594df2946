"""Every write of the IP app. Split by aggregate; import from here."""

from tradeguard.ip.services.complaints import (
    ListingRef,
    complaint_file,
    complaint_prefill,
    complaint_withdraw,
    csv_template,
    parse_listing_csv,
    record_usable,
)
from tradeguard.ip.services.decisions import (
    appeal_decide,
    item_counter_deadline,
    item_decide,
    item_respond_deadline,
)
from tradeguard.ip.services.items import item_transition
from tradeguard.ip.services.moves import (
    item_accept_counter,
    item_appeal,
    item_counter_notice,
    item_court_action,
    item_document_stage,
    item_maintain,
    item_remove,
    item_withdraw,
)
from tradeguard.ip.services.records import (
    agent_authorization_decide,
    agent_authorization_submit,
    record_approve,
    record_reject,
    record_submit,
)
from tradeguard.ip.services.reporters import (
    reporter_assess_abuse,
    reporter_check,
    reporter_standing,
    reporters_daily_check,
)

__all__ = [
    "ListingRef",
    "agent_authorization_decide",
    "agent_authorization_submit",
    "appeal_decide",
    "complaint_file",
    "complaint_prefill",
    "complaint_withdraw",
    "csv_template",
    "item_accept_counter",
    "item_appeal",
    "item_counter_deadline",
    "item_counter_notice",
    "item_court_action",
    "item_decide",
    "item_document_stage",
    "item_maintain",
    "item_remove",
    "item_respond_deadline",
    "item_transition",
    "item_withdraw",
    "parse_listing_csv",
    "record_approve",
    "record_reject",
    "record_submit",
    "record_usable",
    "reporter_assess_abuse",
    "reporter_check",
    "reporter_standing",
    "reporters_daily_check",
]
