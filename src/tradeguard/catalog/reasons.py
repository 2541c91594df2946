"""Why a listing was hidden or removed, in the reader's language.

A status the system sets (an IP removal) stores a reason code and its values; each
reader sees the sentence in their own language. `status_reason` keeps the English text
(the API, the audit trail, rows written before codes)."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from tradeguard.common.i18n.coded import CodedTexts
from tradeguard.common.i18n.text import label_of


def _ip_removed(p: dict[str, Any]) -> str:
    from tradeguard.ip.enums import ComplaintReason
    from tradeguard.notifications.text import link

    return _(
        "Removed after IP complaint #%(number)s (%(reason)s) from %(holder)s; see "
        "%(statement)s: what was removed, why, and how to answer it."
    ) % {
        "number": p["complaint"],
        "reason": label_of(ComplaintReason, p["reason"]),
        "holder": p["holder"],
        "statement": link(_("the statement of reasons"), p["url"]),
    }


REASONS = CodedTexts({"ip_removed": _ip_removed})
