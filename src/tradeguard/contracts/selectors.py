"""Reads with permission rules: an order's contracts (its buyer, its supplier and
officers; anyone else gets 404), the order page's contract panel (state and whose move
it is), and the clauses a dispute may cite."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tradeguard.accounts.models import User
from tradeguard.common.errors import not_found
from tradeguard.contracts import policy
from tradeguard.contracts.enums import ContractParty, ContractStatus, Forum
from tradeguard.contracts.models import SalesContract
from tradeguard.orders.models import Order


def may_see_contracts(user: User, order: Order) -> bool:
    from tradeguard.orders.selectors import party_of

    return party_of(user, order) is not None


def order_contracts(user: User, order: Order) -> list[SalesContract]:
    """Every version of the order's contract, newest first (404 for non-parties)."""
    if not may_see_contracts(user, order):
        raise not_found(gettext_lazy("sales contract"))
    return list(
        SalesContract.objects.filter(order=order)
        .select_related("spec_version__specification", "document__file")
        .prefetch_related("acceptances__organization", "acceptances__accepted_by")
        .order_by("-number")
    )


def contract_get(user: User, contract_id: int) -> SalesContract:
    from tradeguard.orders.selectors import orders_visible_to

    contract = (
        SalesContract.objects.select_related("order__buyer", "order__supplier", "spec_version")
        .filter(pk=contract_id, order__in=orders_visible_to(user))
        .first()
    )
    if contract is None or not may_see_contracts(user, contract.order):
        raise not_found(gettext_lazy("sales contract"))
    return contract


def binding_contract(order: Order) -> SalesContract | None:
    return SalesContract.objects.filter(order=order, status=ContractStatus.BINDING).first()


def accepted_parties(contract: SalesContract) -> list[str]:
    return [a.party for a in contract.acceptances.all()]


@dataclass
class ContractPanel:
    """What the order page's "Sales contract" section shows, and what the viewer may do
    (the buttons come from the same fields as the sentence saying whose move it is)."""

    order: Order
    viewer: str  # "buyer", "supplier", or "" for officers
    versions: list[SalesContract]
    spec_ready: bool
    binding: SalesContract | None = None
    proposed: SalesContract | None = None
    waiting_for: list[str] = field(default_factory=list)
    may_draft: bool = False
    may_accept: bool = False
    stale: bool = False
    headline: str = ""
    next_step: str = ""

    @property
    def shown(self) -> SalesContract | None:
        return self.proposed or self.binding


def _party_label(party: str) -> str:
    return str(ContractParty(party).label).lower()


def contract_panel(user: User, order: Order) -> ContractPanel:
    from tradeguard.specs.services import binding_version

    versions = order_contracts(user, order)
    from tradeguard.contracts.services import contract_party

    viewer = contract_party(user, order) or ""
    spec = binding_version(order)
    panel = ContractPanel(
        order=order, viewer=viewer, versions=versions, spec_ready=spec is not None
    )
    panel.binding = next((c for c in versions if c.status == ContractStatus.BINDING), None)
    panel.proposed = next((c for c in versions if c.status == ContractStatus.PROPOSED), None)
    is_open = order.status not in policy.CLOSED_ORDER_STATUSES
    panel.may_draft = bool(viewer) and is_open and spec is not None
    shown = panel.shown
    panel.stale = bool(spec and shown and shown.spec_version_id != spec.pk)
    if panel.proposed is not None:
        accepted = accepted_parties(panel.proposed)
        panel.waiting_for = [p for p in ContractParty.values if p not in accepted]
        panel.may_accept = bool(viewer) and viewer in panel.waiting_for and is_open
        panel.headline = _("Version %(number)d awaits acceptance.") % {
            "number": panel.proposed.number
        }
        if panel.may_accept:
            panel.next_step = _(
                "Your move: read the contract below and accept it with its SHA-256."
            )
        else:
            panel.next_step = _("Waiting for the %(party)s to accept it.") % {
                "party": " / ".join(_party_label(p) for p in panel.waiting_for)
            }
        if panel.binding is not None:
            panel.next_step += " " + _(
                "Version %(number)d stays binding until both accept the new one."
            ) % {"number": panel.binding.number}
    elif panel.binding is not None:
        panel.headline = _("Version %(number)d is binding: both parties accepted it.") % {
            "number": panel.binding.number
        }
        panel.next_step = _(
            "Its PDF is among the order's documents. A change needs a new version that both "
            "parties accept."
        )
    elif spec is None:
        panel.headline = _("No sales contract yet.")
        panel.next_step = _(
            "The contract is built from the order's accepted specification: attach one and "
            "have both parties accept it first."
        )
    else:
        panel.headline = _("No sales contract yet.")
        panel.next_step = (
            _("Draft it below: choose the terms; then both parties accept the same text.")
            if panel.may_draft
            else _("Waiting for the buyer or the supplier to draft it.")
        )
    if panel.stale:
        panel.next_step += " " + _(
            "The order's accepted specification changed since this version was drafted: "
            "draft a new version so the contract cites it."
        )
    return panel


def draft_defaults(order: Order, panel: ContractPanel) -> dict[str, Any]:
    """The draft form's initial values: the latest version's terms, else the policy's
    defaults and the order's dates."""
    latest = panel.versions[0] if panel.versions else None
    if latest is not None:
        initial = dict(latest.terms)
        initial["compliance"] = "\n".join(initial.get("compliance") or [])
        return initial
    ship_by = order.ship_by
    delivery_by = order.estimated_delivery or (ship_by + dt.timedelta(days=35) if ship_by else None)
    return {
        **policy.DEFAULTS,
        "ship_by": ship_by.isoformat() if ship_by else "",
        "delivery_by": delivery_by.isoformat() if delivery_by else "",
        "destination": order.buyer.country,
        "forum": Forum.CIETAC,
    }


# --- For the disputes app -----------------------------------------------------------------


def _title(clause: Any) -> str:
    """A clause's title in the reader's language (the library holds both)."""
    from django.utils.translation import get_language

    zh = (get_language() or "").startswith("zh")
    if isinstance(clause, dict):
        return str(clause["title_zh"] if zh else clause["title_en"])
    return str(clause.title_zh if zh else clause.title_en)


def contract_clauses(order: Order) -> list[tuple[str, str]]:
    """(clause number, "Contract clause 6 Pre-shipment inspection: text...") of the
    order's binding contract: what a dispute may cite as a clause of the sales contract."""
    contract = binding_contract(order)
    if contract is None:
        return []
    return [
        (
            c["number"],
            _("Contract clause %(number)s %(title)s: %(text)s")
            % {"number": c["number"], "title": _title(c), "text": c["text_en"]},
        )
        for c in contract.content["clauses"]
    ]


def covering_clauses(order: Order, reason: str) -> str:
    """A sentence naming the contract clauses that cover a claim of `reason` (for a
    claim refused because it cited no written requirement), or "" when none does."""
    keys = policy.COVERING_CLAUSES.get(reason, ())
    if not keys:
        return ""
    contract = binding_contract(order)
    if contract is not None:
        named = [
            f"{c['number']} ({_title(c)})" for c in contract.content["clauses"] if c["key"] in keys
        ]
        if named:
            return _(
                "The order's sales contract covers this claim: cite contract clause %(clauses)s "
                "as a clause of the sales contract."
            ) % {"clauses": ", ".join(named)}
    from tradeguard.contracts.content import current_library

    titles = [_title(r) for r in current_library() if r.kind == "article" and r.key in keys]
    if not titles:
        return ""
    return _(
        "A sales contract generated on TradeGuard would have covered this claim in its "
        "clause %(clauses)s; generate one on the order page for the orders to come."
    ) % {"clauses": ", ".join(f"“{t}”" for t in titles)}


@dataclass(frozen=True)
class ReadinessState:
    """The contract's part of the order's readiness panel (specs app)."""

    proposed: bool
    detail: str = ""
    step: str = ""


def readiness_state(order: Order, party: str | None) -> ReadinessState:
    from tradeguard.specs.services import binding_version

    proposed = SalesContract.objects.filter(order=order, status=ContractStatus.PROPOSED).first()
    if proposed is not None:
        waiting = [p for p in ContractParty.values if p not in accepted_parties(proposed)]
        detail = _("Version %(number)d of the generated contract awaits acceptance.") % {
            "number": proposed.number
        }
        if party in waiting:
            step = _("Your move: review the contract and accept its SHA-256.")
        else:
            step = _("Waiting for the %(party)s to accept it.") % {
                "party": " / ".join(_party_label(p) for p in waiting)
            }
        return ReadinessState(True, detail, step)
    if binding_version(order) is None:
        return ReadinessState(
            False,
            step=_(
                "Have both parties accept the specification first; the contract is generated "
                "from it (or upload a signed contract under Documents)."
            ),
        )
    return ReadinessState(False)
