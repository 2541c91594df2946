"""Why a supplier was sanctioned, in the reader's language.

A ledger entry imposed by the system (a lost dispute, an ignored award, an upheld IP
complaint) stores a reason code and its values (codes, ids, what people wrote), and is
read in the language of whoever reads it: the Chinese supplier and the English officer
see the same entry each in their own language. `reason` keeps the English text for the
API and for rows written before codes were stored (those are shown as stored).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils.translation import gettext as _

from tradeguard.common.i18n.coded import CodedTexts
from tradeguard.common.i18n.text import label_of


def _dispute_lost(p: dict[str, Any]) -> str:
    from tradeguard.disputes.enums import DecisionOutcome, DisputeReason

    return _("Lost dispute #%(dispute)s (%(reason)s): %(outcome)s.") % {
        "dispute": p["dispute"],
        "reason": label_of(DisputeReason, p["reason"]),
        "outcome": label_of(DecisionOutcome, p["outcome"]),
    }


def _award_ignored(p: dict[str, Any]) -> str:
    from tradeguard.common.formatting import format_instant
    from tradeguard.disputes.enums import ObligationKind

    return _("Ignored the award of dispute #%(dispute)s (%(kind)s, due %(due)s).") % {
        "dispute": p["dispute"],
        "kind": label_of(ObligationKind, p["kind"]),
        "due": format_instant(dt.datetime.fromisoformat(p["due"])),
    }


def _ip_upheld(p: dict[str, Any]) -> str:
    from tradeguard.ip.enums import ComplaintReason

    if not p.get("title"):
        return _("IP complaint #%(complaint)s upheld") % {"complaint": p["complaint"]}
    return _("IP complaint #%(complaint)s upheld (%(reason)s) for “%(title)s”") % {
        "complaint": p["complaint"],
        "reason": label_of(ComplaintReason, p["reason"]),
        "title": p["title"],
    }


def _ip_counterfeit(p: dict[str, Any]) -> str:
    return _("Counterfeit: %(why)s") % {"why": _ip_upheld(p)}


def _ip_not_upheld(p: dict[str, Any]) -> str:
    return _("IP complaint #%(complaint)s no longer upheld: %(why)s") % {
        "complaint": p["complaint"],
        "why": p["why"],
    }


REASONS = CodedTexts(
    {
        "dispute_lost": _dispute_lost,
        "award_ignored": _award_ignored,
        "ip_upheld": _ip_upheld,
        "ip_counterfeit": _ip_counterfeit,
        "ip_not_upheld": _ip_not_upheld,
    }
)
