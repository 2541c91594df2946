"""What the buyer is told when a case carries scam signals: plain steps, one list used
by the case page, the order page and the API."""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

BUYER_WARNING: Promise = _("Messages from the supplier match patterns used in scams.")
# When every signal is in the buyer's own report of what the supplier asked.
BUYER_WARNING_REPORTED: Promise = _(
    "What you report the supplier asked for matches patterns used in scams."
)
# When a signal comes from what happened on the order (a payment), not from a message.
BUYER_WARNING_EVENTS: Promise = _(
    "What happened on this order, or what the supplier wrote, matches patterns used in scams."
)
BUYER_STEPS: tuple[Promise, ...] = (
    _(
        "Do not pay anything more: no insurance, customs, clearance or release fee, "
        "and no deposit to get the goods shipped or released."
    ),
    _(
        "The platform covers only money paid into its designated account. Never pay to "
        "a new, personal or changed bank account, or outside the platform."
    ),
    _("Do not close or withdraw this case in exchange for a promise."),
    _(
        "Keep the case open and escalate it to an officer; if you have no case yet, "
        "file a dispute on the order."
    ),
)


def confirmed_signal_points() -> int:
    """Points for a supplier whose case carries a confirmed signal: the sanctions
    ledger's serious-violation points (`serious_loss_points`, a marketplace setting),
    once per case however many signals it confirms."""
    from tradeguard.sanctions.policy import setting

    return int(setting("serious_loss_points"))
