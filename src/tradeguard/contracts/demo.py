"""Demo sales contracts on the orders whose specifications specs/demo.py made binding:

- TA-DEMO-3620 (250 speakers): version 1 accepted by both parties (binding; its PDF is
  among the order's documents, and a dispute can cite its clauses);
- TA-DEMO-3815 (80 lamps): version 1 drafted and accepted by the buyer, awaiting the
  supplier's acceptance.

Idempotent: an order that already has a contract is left as it is. Dates come from the
orders (computed from clock.now() by orders/demo.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tradeguard.common.demo import DemoContext
from tradeguard.contracts import services
from tradeguard.contracts.models import SalesContract
from tradeguard.orders.models import Order

ADDRESSES = {
    "buyer": "41 Harbor Street, Suite 300, Newark, NJ 07105, United States",
    "supplier": "Building 5, 88 Keji Road, Nanshan District, Shenzhen, Guangdong 518057, China",
}


def _terms(order: Order, **extra: Any) -> dict[str, Any]:
    ship_by = order.ship_by or order.placed_at.date() + dt.timedelta(days=30)
    delivery_by = order.estimated_delivery or ship_by + dt.timedelta(days=35)
    return {
        "incoterm": "FOB",
        "place": "Ningbo port, China",
        "forum": "cietac",
        "city": "",
        "governing_law": "prc",
        "prevailing_language": "en",
        "quantity_tolerance": "2",
        "notice_days": 30,
        "remedy_days": 15,
        "ship_by": ship_by.isoformat(),
        "delivery_by": max(delivery_by, ship_by).isoformat(),
        "buyer_address": ADDRESSES["buyer"],
        "supplier_address": ADDRESSES["supplier"],
        "destination": order.buyer.country,
        **extra,
    }


def seed(ctx: DemoContext) -> None:
    speaker = ctx.objects.get("order_250_items")
    lamp = ctx.objects.get("order_in_transit")
    buyer, supplier = ctx.users.get("buyer"), ctx.users.get("supplier")
    if speaker is None or lamp is None or buyer is None or supplier is None:
        ctx.log("contracts: demo orders missing; skipped")
        return
    speaker.refresh_from_db()
    lamp.refresh_from_db()
    if not SalesContract.objects.filter(order=speaker).exists():
        contract = services.contract_draft(
            actor=buyer,
            order=speaker,
            terms=_terms(speaker, compliance=["CE and FCC declarations of conformity"]),
        )
        services.contract_accept(actor=buyer, contract=contract, sha256=contract.sha256)
        services.contract_accept(actor=supplier, contract=contract, sha256=contract.sha256)
        ctx.log(f"contract: {speaker.reference} v1 binding")
    if not SalesContract.objects.filter(order=lamp).exists():
        contract = services.contract_draft(
            actor=buyer,
            order=lamp,
            terms=_terms(
                lamp,
                incoterm="DAP",
                place="Buyer's warehouse, Newark, NJ",
                compliance=["UL listing of the plug and power supply"],
            ),
        )
        services.contract_accept(actor=buyer, contract=contract, sha256=contract.sha256)
        ctx.log(f"contract: {lamp.reference} v1 awaiting the supplier")
    ctx.objects["contract_binding"] = SalesContract.objects.filter(order=speaker).first()
    ctx.objects["contract_awaiting_supplier"] = SalesContract.objects.filter(order=lamp).first()
