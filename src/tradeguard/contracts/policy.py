"""Contract rules as data: the limits of the drafting options, their defaults, and
which clause covers which kind of claim."""

from __future__ import annotations

from decimal import Decimal

from tradeguard.contracts.enums import ContractStatus

TRANSITIONS: dict[str, set[str]] = {
    ContractStatus.PROPOSED: {ContractStatus.BINDING, ContractStatus.SUPERSEDED},
    ContractStatus.BINDING: {ContractStatus.SUPERSEDED},
    ContractStatus.SUPERSEDED: set(),
}

TOLERANCE_MAX = Decimal("20")  # percent, either way
NOTICE_DAYS = (7, 730)  # CISG art. 39(2): two years at the most
REMEDY_DAYS = (3, 180)
MAX_COMPLIANCE_LINES = 20
MAX_TEXT = 500

DEFAULTS = {
    "incoterm": "FOB",
    "forum": "cietac",
    "governing_law": "prc",
    "prevailing_language": "en",
    "quantity_tolerance": "3",
    "notice_days": 30,
    "remedy_days": 15,
}

# The order states in which a contract may still be drafted and accepted.
CLOSED_ORDER_STATUSES = frozenset({"cancelled", "closed", "completed"})

# A dispute reason -> the contract clauses (library keys) that cover such a claim.
COVERING_CLAUSES: dict[str, tuple[str, ...]] = {
    "not_as_described": ("goods", "inspection"),
    "defective_or_damaged": ("goods", "remedies"),
    "compliance": ("compliance",),
    "quantity_shortage": ("quantity",),
    "late_shipment": ("delivery",),
    "not_received": ("delivery",),
}


def can_move(current: str, to: str) -> bool:
    return to in TRANSITIONS.get(current, set())
