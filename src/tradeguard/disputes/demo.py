"""Demo disputes in every status on the demo orders (orders/demo.py).

Filing, evidence, proposals, decisions and appeals go through the services. The demo
cannot wait days for deadlines, so where a case must be further along than today's
clock allows (escalation before day 4, the end of an evidence window), the officer
moves it with the one transition service, within the status table."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from django.db import transaction

from tradeguard.common.demo import DemoContext, demo_pdf
from tradeguard.common.errors import ApplicationError
from tradeguard.common.testing import png_bytes
from tradeguard.disputes import services
from tradeguard.disputes.models import Dispute
from tradeguard.disputes.services._common import lock
from tradeguard.disputes.services.decisions import loss_points_award

SPEC = services.RequirementInput


def _evidence(user: Any, dispute: Dispute, kind: str, title: str, *, image: bool = False) -> Any:
    data = png_bytes(64, 48, (180, 60, 60)) if image else demo_pdf(title)
    name = f"{title.lower().replace(' ', '-')}.{'png' if image else 'pdf'}"
    return services.evidence_add(
        actor=user,
        dispute=dispute,
        upload=io.BytesIO(data),
        name=name,
        type=kind,
        description=title,
        submit=True,
    )


def _move(officer: Any, dispute: Dispute, *statuses: str) -> None:
    for status in statuses:
        with transaction.atomic():
            services.dispute_transition(
                actor=officer,
                dispute=lock(dispute),
                to=status,
                params={"demo": "moved ahead of its deadline"},
            )
    dispute.refresh_from_db()


def _findings(
    dispute: Dispute, text: str, requirement_text: str = ""
) -> list[services.FindingInput]:
    ids = tuple(dispute.evidence.filter(status="submitted").values_list("pk", flat=True)[:3])
    req = dispute.requirements.first()
    return [
        services.FindingInput(
            text=text,
            evidence_ids=ids,
            requirement_id=req.pk if req else None,
            requirement_text=requirement_text if not req else "",
        )
    ]


def seed(ctx: DemoContext) -> None:
    orders = ctx.objects
    buyer, officer, officer2 = ctx.users["buyer"], ctx.users["officer"], ctx.users["officer2"]
    sup, sup3 = ctx.users["supplier"], ctx.users["supplier3"]

    def case(key: str, order_key: str, build: Callable[[Dispute], None], **kw: Any) -> None:
        order = orders.get(order_key)
        if order is None:
            ctx.log(f"disputes: demo order {order_key} missing; skipped {key}")
            return
        existing = Dispute.objects.filter(
            buyer_id=order.buyer_id, idempotency_key=f"demo-{key}"
        ).first()
        if existing is not None:
            ctx.objects[f"dispute_{key}"] = existing
            return
        try:
            filed = services.dispute_open(
                actor=buyer, order=order, idempotency_key=f"demo-{key}", **kw
            )
            build(filed.dispute)
        except ApplicationError as exc:
            ctx.log(f"disputes: demo case {key} not seeded: {exc.code}: {exc.message}")
            return
        filed.dispute.refresh_from_db()
        ctx.objects[f"dispute_{key}"] = filed.dispute
        ctx.log(f"dispute: #{filed.dispute.pk} {key} ({filed.dispute.status})")

    # Case 5: 250 speakers, 200 arrived, one broken: 51 x $40 proposed and accepted.
    def settled(d: Dispute) -> None:
        _evidence(buyer, d, "product_photo", "Pallet count: 200 cartons", image=True)
        p = services.proposal_make(
            actor=sup,
            dispute=d,
            kind="partial_refund",
            amount="2040.00",
            note="50 missing and 1 broken: 51 x USD 40.",
        )
        services.proposal_accept(actor=buyer, dispute=d, proposal_id=p.pk)

    case(
        "shortage_settled",
        "order_250_items",
        settled,
        reason="quantity_shortage",
        requested_outcome="partial_refund",
        claimed_amount="2040.00",
        description="250 speakers ordered, 200 arrived and one of them is broken. Packing list attached.",
    )

    def negotiating(d: Dispute) -> None:
        _evidence(buyer, d, "product_photo", "Cracked speaker grille", image=True)
        services.proposal_make(
            actor=sup,
            dispute=d,
            kind="replacement",
            note="We ship 10 replacement grilles with the next order.",
        )

    case(
        "defect_negotiating",
        "order_250_items",
        negotiating,
        reason="defective_or_damaged",
        requested_outcome="partial_refund",
        claimed_amount="400.00",
        description="Ten speakers have cracked grilles out of the box; photos attached.",
    )

    case(
        "nad_awaiting",
        "order_250_items",
        lambda d: None,
        reason="not_as_described",
        requested_outcome="partial_refund",
        claimed_amount="500.00",
        requirements=[
            SPEC("contract_clause", "Sales contract §2.1", "Output power 10 W RMS"),
            # Backed by the signed failing inspection of specs/demo.py (text from the spec).
            SPEC("spec_clause", "Clause 3.2", ""),
        ],
        description="The speakers measure 6 W RMS, not the 10 W the contract states, and the "
        "pre-shipment inspection found them too long for the accepted specification.",
    )

    def withdrawn(d: Dispute) -> None:
        services.dispute_withdraw(
            actor=buyer, dispute=d, reason="The supplier sent the CE certificates by email."
        )

    case(
        "compliance_withdrawn",
        "order_250_items",
        withdrawn,
        reason="compliance",
        requested_outcome="partial_refund",
        claimed_amount="200.00",
        requirements=[
            SPEC(
                "contract_clause",
                "Sales contract §5",
                "CE and RoHS certificates delivered with the goods",
            )
        ],
        description="No CE or RoHS certificates came with the goods, although the contract requires them.",
    )

    def escalated(d: Dispute) -> None:
        _evidence(buyer, d, "communication_log", "Chat about logo colour")
        services.message_post(
            actor=sup, dispute=d, body="The logo colour is within the Pantone tolerance."
        )
        _move(officer, d, "escalated")

    case(
        "other_escalated",
        "order_250_items",
        escalated,
        reason="other",
        requested_outcome="partial_refund",
        claimed_amount="300.00",
        description="The logo print is grey instead of the agreed Pantone 186 C red.",
    )

    # Case 3: $1,800 paid, cancelled before shipment, money not returned; officer awards $500.
    def decided(d: Dispute) -> None:
        _evidence(
            buyer, d, "communication_log", "Supplier chat: cells unavailable, refund promised"
        )
        _evidence(buyer, d, "transaction_record", "Deposit USD 1800 payment record")
        _move(officer, d, "escalated", "under_review")
        services.decision_make(
            actor=officer,
            dispute=d,
            outcome="buyer_partial",
            refund_amount="500.00",
            statement="The supplier cancelled for lack of battery cells and promised a refund in writing. "
            "The buyer accepted a partial credit of USD 1,300 on a later order; USD 500 remains owed.",
            findings=_findings(
                d,
                "The supplier cancelled and kept the deposit.",
                "Refund of the deposit on cancellation (supplier's written promise).",
            ),
        )

    case(
        "cancellation_decided",
        "order_cancelled_1800",
        decided,
        reason="cancellation_refund",
        requested_outcome="full_refund",
        description="The supplier cancelled the order (no battery cells) and never returned the USD 1,800 deposit.",
    )

    # Case 4: offline order, paid, nothing shipped, supplier asks $400 more for "insurance".
    def under_review(d: Dispute) -> None:
        _evidence(buyer, d, "sales_contract", "Sales contract arc lamps")
        _evidence(buyer, d, "transaction_record", "Bank transfer USD 2500")
        services.message_post(
            actor=sup3, dispute=d, body="Pay USD 400 insurance first, then we ship."
        )
        _move(officer, d, "escalated", "under_review")

    case(
        "offline_under_review",
        "order_offline_unshipped",
        under_review,
        reason="not_received",
        requested_outcome="full_refund",
        description="Paid USD 2,500 by bank transfer; nothing shipped; the supplier now asks USD 400 more for 'insurance'.",
    )

    def closed(d: Dispute) -> None:
        _evidence(buyer, d, "sales_contract", "Sales contract with ship-by date")
        _evidence(buyer, d, "transaction_record", "Bank transfer USD 2500 (late shipment)")
        _move(officer, d, "escalated", "under_review")
        services.decision_make(
            actor=officer,
            dispute=d,
            outcome="buyer_partial",
            refund_amount="125.00",
            statement="The contract's ship-by date passed without shipment; the contract's late-delivery "
            "clause gives 5% of the order value.",
            findings=_findings(
                d, "No shipment by the contractual date.", "Ship-by date in the sales contract."
            ),
        )
        services.obligation_confirm(actor=sup3, dispute=d, reference="Wire 2026-0412")
        services.obligation_receipt_confirm(actor=buyer, dispute=d)
        d.refresh_from_db()
        with transaction.atomic():
            locked = lock(d)
            loss_points_award(locked)
            services.dispute_transition(
                actor=officer, dispute=locked, to="closed", params={"demo": "closed early"}
            )

    case(
        "late_closed",
        "order_offline_unshipped",
        closed,
        reason="late_shipment",
        requested_outcome="partial_refund",
        claimed_amount="125.00",
        description="The contract said ship within 14 days; nothing has shipped since.",
    )

    def appealed(d: Dispute) -> None:
        _evidence(buyer, d, "sales_contract", "Contract: lamp with phone charger")
        _evidence(buyer, d, "transaction_record", "Transfer record")
        _move(officer, d, "escalated", "under_review")
        services.decision_make(
            actor=officer,
            dispute=d,
            outcome="supplier",
            statement="Nothing in the file shows what the 'insurance' charge refers to; no finding against the supplier.",
            findings=_findings(
                d, "The contract is silent on insurance.", "Price terms of the sales contract."
            ),
        )
        d.refresh_from_db()
        _evidence(buyer, d, "communication_log", "Supplier's insurance demand in writing")
        services.appeal_file(
            actor=buyer,
            dispute=d,
            reason="The supplier's written demand for extra money was not in the file; it is now.",
        )

    case(
        "other_appealed",
        "order_offline_unshipped",
        appealed,
        reason="other",
        requested_outcome="partial_refund",
        claimed_amount="400.00",
        description="The supplier demands USD 400 extra that the contract does not provide for.",
    )
    _ = officer2
