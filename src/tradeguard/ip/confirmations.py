"""What an IP action will do, asked before it is taken (irreversible actions confirm with
their consequence), and what it did, said after it (every action ends with a message
saying what happened and what comes next). Pure text from the item's state and policy;
views render it, services stay the only writers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tradeguard.common.formatting import format_instant
from tradeguard.ip import policy, selectors
from tradeguard.ip.enums import ComplaintReason, ItemStatus, RecordKind
from tradeguard.ip.models import Complaint, ComplaintItem

S = ItemStatus

# Actions of the notice page that cannot be undone and ask first.
CONFIRMED_ACTIONS = frozenset({"remove", "accept", "court", "withdraw", "decide", "appeal_decide"})


def when(value: dt.datetime | None) -> str:
    """An instant in the reader's zone, named ("2026-12-09 17:00 UTC+8")."""
    if value is None:
        return _("no deadline")
    return format_instant(value)


def _title(item: ComplaintItem) -> str:
    return item.listing.title if item.listing else item.reference


def sanction_text(reason: str, *, supplier_reads: bool = True) -> str:
    """What an upheld complaint of `reason` costs the supplier's store."""
    points = policy.points_for(reason)
    values = {"reason": ComplaintReason(reason).label, "points": points}
    if supplier_reads:
        text = ngettext(
            "An upheld complaint of “%(reason)s” gives your store %(points)s sanction point",
            "An upheld complaint of “%(reason)s” gives your store %(points)s sanction points",
            points,
        )
    else:
        text = ngettext(
            "The supplier gets %(points)s sanction point for an upheld complaint of “%(reason)s”",
            "The supplier gets %(points)s sanction points for an upheld complaint of “%(reason)s”",
            points,
        )
    text %= values
    if policy.is_strike(reason):
        text += _(" and a strike (3 strikes in 365 days end the account)")
    return text + _("; points add up to warnings, restrictions and hidden listings.")


@dataclass(frozen=True)
class Confirmation:
    """The question before an irreversible action: what it is, what follows from it."""

    title: str
    consequences: list[str]
    button: str
    fields: list[tuple[str, str]] = field(default_factory=list)
    # What the person typed (a reason, a case number), shown back before it is sent.
    quote: str = ""


def item_confirmation(
    action: str, item: ComplaintItem, *, uphold: bool = False, unfounded: bool = False
) -> Confirmation:
    title = _title(item)
    reason = item.complaint.reason
    if action == "remove":
        late = selectors.late_counter_until(item)
        return Confirmation(
            _("Remove “%(title)s” from the marketplace?") % {"title": title},
            [
                _("The listing is taken down now; buyers can no longer find or order it."),
                _("This counts against your store. %(sanction)s")
                % {"sanction": sanction_text(reason)},
                _(
                    "The rights holder is told. Afterwards you can still file a counter-notice "
                    "until %(late)s, or appeal the removal within 6 months."
                )
                % {"late": when(late)},
            ],
            _("Yes, remove the listing"),
        )
    if action == "accept":
        return Confirmation(
            _("Accept the supplier's counter-notice for “%(title)s”?") % {"title": title},
            [
                _("Your complaint ends for this listing: it stays up.")
                if not item.holds_removal
                else _("Your complaint ends for this listing: it is restored to the marketplace."),
                _(
                    "You cannot maintain the complaint afterwards. In your reporting record it "
                    "counts as a counter-notice that succeeded."
                ),
            ],
            _("Yes, accept the counter-notice"),
        )
    if action == "court":
        return Confirmation(
            _("Record a court action for “%(title)s”?") % {"title": title},
            [
                _(
                    "The listing stays removed while the case runs, instead of being restored "
                    "at %(due)s."
                )
                % {"due": when(item.counter_due_at)},
                _(
                    "The supplier is told the court and case number you give. Only record an "
                    "action you have actually filed: a false statement can suspend your filing."
                ),
            ],
            _("Yes, record the court action"),
        )
    if action == "withdraw":
        return Confirmation(
            _("Withdraw your complaint against “%(title)s”?") % {"title": title},
            [
                _("The supplier is told and nothing further happens for this listing.")
                if not item.holds_removal
                else _("The supplier is told and the listing is restored to the marketplace."),
                _("This cannot be undone: to pursue it again you file a new complaint."),
            ],
            _("Yes, withdraw this listing"),
        )
    if action in ("decide", "appeal_decide"):
        return _decision_confirmation(action, item, uphold=uphold, unfounded=unfounded)
    raise ValueError(action)


def _decision_confirmation(
    action: str, item: ComplaintItem, *, uphold: bool, unfounded: bool
) -> Confirmation:
    title = _title(item)
    if action == "decide" and uphold:
        points = [
            _("“%(title)s” is removed from the marketplace.") % {"title": title},
            sanction_text(item.complaint.reason, supplier_reads=False),
            _(
                "Both parties read your reason in the statement of reasons; the supplier may "
                "appeal within 6 months to a different officer."
            ),
        ]
    elif action == "decide":
        points = [
            _("“%(title)s” stays up.") % {"title": title}
            if not item.holds_removal
            else _("“%(title)s” is restored to the marketplace.") % {"title": title},
            _("Both parties read your reason; the complaint ends for this listing."),
        ]
        if unfounded:
            points.append(
                _(
                    "Marked manifestly unfounded: it counts towards a warning and then a "
                    "suspension of the rights holder's filing."
                )
            )
    elif uphold:
        points = [
            _("The appeal is upheld: “%(title)s” is restored and the sanction is reversed.")
            % {"title": title},
            _("Both parties read your reason; the decision is final on the platform."),
        ]
    else:
        points = [
            _("The appeal is rejected: “%(title)s” stays removed.") % {"title": title},
            _(
                "Both parties read your reason; the decision is final on the platform (the "
                "supplier may still go to an out-of-court body or a court)."
            ),
        ]
    return Confirmation(
        _("Record this decision on “%(title)s”?") % {"title": title},
        points,
        _("Yes, record the decision"),
    )


def complaint_withdraw_confirmation(
    complaint: Complaint, items: Sequence[ComplaintItem]
) -> Confirmation:
    withdrawable = [i for i in items if policy.can_transition(i.status, S.WITHDRAWN)]
    restored = [i for i in withdrawable if i.holds_removal]
    countered = [i for i in withdrawable if i.counter_noticed_at is not None]
    points = [
        ngettext(
            "%(count)s listing still in play is withdrawn and its supplier is told.",
            "%(count)s listings still in play are withdrawn and their suppliers are told.",
            len(withdrawable),
        )
        % {"count": len(withdrawable)}
    ]
    if restored:
        points.append(
            ngettext(
                "%(count)s removed listing is restored to the marketplace.",
                "%(count)s removed listings are restored to the marketplace.",
                len(restored),
            )
            % {"count": len(restored)}
        )
    if countered:
        points.append(
            _(
                "Listings whose supplier counter-notified count as counter-notices that "
                "succeeded in your reporting record."
            )
        )
    points.append(_("This cannot be undone: to pursue a listing again you file a new complaint."))
    return Confirmation(
        _("Withdraw complaint #%(number)s?") % {"number": complaint.pk},
        points,
        _("Yes, withdraw the complaint"),
    )


# --- after the action -------------------------------------------------------------------


def item_done(action: str, item: ComplaintItem, *, was_removed: bool = False) -> str:
    """What the action did and what comes next, from the item as the action left it
    (`was_removed`: the item held its listing removed before the action)."""
    title = _title(item)
    status = item.status
    if action == "remove":
        return _(
            "“%(title)s” is removed from the marketplace and the rights holder was told. If "
            "it does not infringe, you can still file a counter-notice until %(late)s or "
            "appeal the removal on this page."
        ) % {"title": title, "late": when(selectors.late_counter_until(item))}
    if action == "counter":
        restore = item.complaint.record.kind == RecordKind.COPYRIGHT and item.holds_removal
        nxt = (
            _(
                "The rights holder has until %(due)s to record a court action; otherwise the "
                "listing is restored then."
            )
            if restore
            else _(
                "The rights holder has until %(due)s to accept it or maintain the complaint "
                "(then an officer decides); without an answer the listing stays up."
            )
        )
        return (
            _("Counter-notice filed and sent to the rights holder.")
            + " "
            + nxt % {"due": when(item.counter_due_at)}
        )
    if action == "appeal":
        return _(
            "Appeal filed. An officer who did not take the removal decision reviews it; you "
            "are told the outcome here and in your inbox."
        )
    if action == "accept":
        return (
            _("Counter-notice accepted: “%(title)s” is restored. The supplier was told.")
            if status == S.RESTORED
            else _("Counter-notice accepted: “%(title)s” stays up. The supplier was told.")
        ) % {"title": title}
    if action == "maintain":
        return _(
            "Complaint maintained. A platform officer now decides whether “%(title)s” is "
            "removed; both parties are told the decision and its reasons."
        ) % {"title": title}
    if action == "court":
        return _(
            "Court action recorded: “%(title)s” stays removed while the case runs. The "
            "supplier was told. Withdraw the complaint here if the case ends in its favour."
        ) % {"title": title}
    if action == "withdraw":
        return (
            _("“%(title)s” is withdrawn from your complaint and restored. The supplier was told.")
            if was_removed
            else _("“%(title)s” is withdrawn from your complaint. The supplier was told.")
        ) % {"title": title}
    if action == "decide":
        if status == S.REMOVED:
            return _(
                "Decision recorded: “%(title)s” is removed and both parties have the statement "
                "of reasons. The supplier may appeal to a different officer."
            ) % {"title": title}
        return _(
            "Decision recorded: “%(title)s” %(where)s. Both parties were told your reason."
        ) % {"title": title, "where": _("is restored") if status == S.RESTORED else _("stays up")}
    if action == "appeal_decide":
        return (
            _("Appeal upheld: “%(title)s” is restored and both parties were told.")
            if status == S.RESTORED
            else _("Appeal rejected: “%(title)s” stays removed; both parties were told.")
        ) % {"title": title}
    raise ValueError(action)


def complaint_filed(complaint: Complaint) -> str:
    items = list(complaint.items.all())
    notified = [i for i in items if i.status != S.REJECTED]
    rejected = len(items) - len(notified)
    due = min((i.respond_due_at for i in notified if i.respond_due_at), default=None)
    text = ngettext(
        "Complaint #%(number)s filed: %(count)s listing notified. Its supplier answers by "
        "%(due)s (removes it or counter-notifies); without an answer it is removed then.",
        "Complaint #%(number)s filed: %(count)s listings notified. Each supplier answers by "
        "%(due)s (removes them or counter-notifies); without an answer they are removed then.",
        len(notified),
    ) % {"number": complaint.pk, "count": len(notified), "due": when(due)}
    if rejected:
        text += " " + ngettext(
            "%(count)s listing could not be processed; the reason is shown below.",
            "%(count)s listings could not be processed; the reasons are shown below.",
            rejected,
        ) % {"count": rejected}
    return text


def complaint_withdrawn(complaint: Complaint, withdrawn: int, restored: int) -> str:
    text = ngettext(
        "Complaint #%(number)s withdrawn: %(count)s listing withdrawn",
        "Complaint #%(number)s withdrawn: %(count)s listings withdrawn",
        withdrawn,
    ) % {"number": complaint.pk, "count": withdrawn}
    if restored:
        text += ngettext(", %(count)s restored", ", %(count)s restored", restored) % {
            "count": restored
        }
    return text + _(". The suppliers were told; nothing further happens on this complaint.")
