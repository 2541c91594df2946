from enum import StrEnum

from django.db import models
from django.utils.translation import gettext_lazy as _


class ContractStatus(models.TextChoices):
    PROPOSED = "proposed", _("Awaiting acceptance")
    BINDING = "binding", _("Accepted by both")
    SUPERSEDED = "superseded", _("Superseded")


class ContractParty(models.TextChoices):
    BUYER = "buyer", _("Buyer")
    SUPPLIER = "supplier", _("Supplier")


class Incoterm(models.TextChoices):
    """The 11 rules of Incoterms® 2020 (ICC); the first seven for any mode of transport,
    the last four for sea and inland waterway transport."""

    EXW = "EXW", _("EXW: Ex Works")
    FCA = "FCA", _("FCA: Free Carrier")
    CPT = "CPT", _("CPT: Carriage Paid To")
    CIP = "CIP", _("CIP: Carriage and Insurance Paid To")
    DAP = "DAP", _("DAP: Delivered at Place")
    DPU = "DPU", _("DPU: Delivered at Place Unloaded")
    DDP = "DDP", _("DDP: Delivered Duty Paid")
    FAS = "FAS", _("FAS: Free Alongside Ship")
    FOB = "FOB", _("FOB: Free On Board")
    CFR = "CFR", _("CFR: Cost and Freight")
    CIF = "CIF", _("CIF: Cost, Insurance and Freight")


# The rules' names as the contract prints them, in both languages (ICC's English names
# and the names used in Chinese trade practice); fixed by the ICC, not editable.
INCOTERM_NAMES: dict[str, tuple[str, str]] = {
    "EXW": ("Ex Works", "工厂交货"),
    "FCA": ("Free Carrier", "货交承运人"),
    "CPT": ("Carriage Paid To", "运费付至"),
    "CIP": ("Carriage and Insurance Paid To", "运费和保险费付至"),
    "DAP": ("Delivered at Place", "目的地交货"),
    "DPU": ("Delivered at Place Unloaded", "目的地卸货后交货"),
    "DDP": ("Delivered Duty Paid", "完税后交货"),
    "FAS": ("Free Alongside Ship", "船边交货"),
    "FOB": ("Free On Board", "船上交货"),
    "CFR": ("Cost and Freight", "成本加运费"),
    "CIF": ("Cost, Insurance and Freight", "成本、保险费加运费"),
}


class Forum(models.TextChoices):
    CIETAC = "cietac", _("CIETAC arbitration (Beijing)")
    HKIAC = "hkiac", _("HKIAC arbitration (Hong Kong)")
    SIAC = "siac", _("SIAC arbitration (Singapore)")
    SUPPLIER_COURTS = "supplier_courts", _("The courts of the supplier's city")


class GoverningLaw(models.TextChoices):
    PRC = "prc", _("CISG, then the law of the People's Republic of China")
    HONG_KONG = "hong_kong", _("CISG, then the law of Hong Kong")
    SINGAPORE = "singapore", _("CISG, then the law of Singapore")
    ENGLAND = "england", _("CISG, then the law of England and Wales")


class PrevailingLanguage(models.TextChoices):
    ENGLISH = "en", _("English prevails")
    CHINESE = "zh", _("Chinese prevails")


class LibraryKind(models.TextChoices):
    ARTICLE = "article", _("Numbered clause")
    FRAGMENT = "fragment", _("Wording inserted into a clause")


class ContractsErrorCode(StrEnum):
    NO_BINDING_SPEC = "no_binding_spec"
    NOT_A_PARTY = "not_a_party"
    CONTRACT_UNCHANGED = "contract_unchanged"
    CONTRACT_HASH_MISMATCH = "contract_hash_mismatch"
    CONTRACT_ALREADY_ACCEPTED = "contract_already_accepted"
    CONTRACT_NOT_OPEN = "contract_not_open"
    ORDER_CLOSED = "order_closed"
    LIBRARY_UNCHANGED = "library_unchanged"
