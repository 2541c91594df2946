"""The webhook events a marketplace can subscribe to, each with the schema of its
`data` (issue 14). The OpenAPI document lists them under `webhooks`; `GET
/webhooks/events` lists them for integrators; with TRADEGUARD_API_CONTRACT_CHECKS on
(tests, the fuzzing server) `webhook_emit` validates every payload against its schema.

Every delivery's body is `{"event": <name>, "created_at": <instant>, "data": {...}}`.
Ids are `*_id`; amounts are decimal strings in the currency's minor units."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ninja import Schema
from pydantic import ConfigDict, Field

from tradeguard.disputes.enums import DecisionOutcome, DisputeReason, DisputeStatus
from tradeguard.ip.enums import ComplaintReason, ItemStatus
from tradeguard.sanctions.enums import StandingLevel


class _Data(Schema):
    model_config = ConfigDict(extra="forbid")


class DisputeEventData(_Data):
    dispute_id: int
    order_id: int
    order_reference: str
    buyer_id: int
    supplier_id: int
    reason: DisputeReason
    status: DisputeStatus


class DisputeOpenedData(DisputeEventData):
    claimed_amount: str = Field(examples=["120.00"])
    currency: str = Field(examples=["USD"])


class DisputeEscalatedData(DisputeEventData):
    respondent_silent: bool = Field(description="It escalated because the supplier was silent")


class DisputeDecidedData(DisputeEventData):
    outcome: DecisionOutcome
    refund_amount: str
    currency: str


class RefundPaidData(DisputeEventData):
    refund_id: int
    amount: str
    currency: str


class ComplaintItemBrief(_Data):
    item_id: int
    listing_id: int | None
    status: ItemStatus
    reference: str = Field(description="The marketplace URL or listing id as reported")


class ComplaintFiledData(_Data):
    complaint_id: int
    reason: ComplaintReason
    rights_holder_id: int
    rights_holder: str = Field(description="The rights holder's name")
    items: list[ComplaintItemBrief]


class ItemMovedData(_Data):
    item_id: int
    complaint_id: int
    listing_id: int | None
    marketplace_url: str
    old_status: ItemStatus
    status: ItemStatus
    automated: bool = Field(description="A deadline moved it, not a person")


class ItemDecidedData(_Data):
    item_id: int
    complaint_id: int
    uphold: bool
    status: ItemStatus


class SanctionsData(_Data):
    organization_id: int
    level: StandingLevel
    points_in_force: int
    strikes_in_force: int
    restricted_until: dt.datetime | None
    terminated: bool


class MatchFoundData(_Data):
    match_id: int
    group_id: int
    rights_holder_id: int
    monitored_image_id: int
    listing_id: int
    listing_url: str
    listing_image_id: int
    supplier_id: int
    score: float


_ITEM_STATUS_EVENTS = {
    "ip.item.notified": "The supplier was notified about its listing",
    "ip.item.removed": "The listing was removed (by the supplier, at the deadline or by decision)",
    "ip.item.counter_noticed": "The supplier filed a counter-notice",
    "ip.item.under_review": "The rights holder maintained the complaint; an officer reviews it",
    "ip.item.appealed": "The supplier appealed the removal",
    "ip.item.court_action": "The rights holder recorded a court action",
    "ip.item.dismissed": "The complaint was not upheld; the listing stays",
    "ip.item.restored": "The listing was restored",
    "ip.item.withdrawn": "The rights holder withdrew the complaint against the listing",
    "ip.item.rejected": "The listing could not be processed",
}

EVENT_SCHEMAS: dict[str, tuple[type[Schema], str]] = {
    "dispute.opened": (DisputeOpenedData, "A buyer filed a dispute"),
    "dispute.escalated": (DisputeEscalatedData, "The case went to the platform"),
    "dispute.decided": (DisputeDecidedData, "An officer decided the case (or the appeal)"),
    "dispute.settled": (DisputeEventData, "The parties settled"),
    "dispute.closed": (DisputeEventData, "The case closed"),
    "refund.paid": (RefundPaidData, "A refund was paid to the buyer"),
    "ip.complaint.filed": (ComplaintFiledData, "A rights holder filed a complaint"),
    "ip.item.decided": (ItemDecidedData, "An officer decided a maintained complaint"),
    **{name: (ItemMovedData, text) for name, text in _ITEM_STATUS_EVENTS.items()},
    "sanctions.restricted": (SanctionsData, "A supplier was restricted"),
    "sanctions.terminated": (SanctionsData, "A supplier's membership was terminated"),
    "imagematch.match.found": (MatchFoundData, "A copy of a monitored image was found"),
}


def validate_payload(event: str, data: dict[str, Any]) -> None:
    EVENT_SCHEMAS[event][0].model_validate(data)


def openapi_webhooks(document: dict[str, Any]) -> None:
    """Add `webhooks` (OpenAPI 3.1): one POST per event with its body's schema."""
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    hooks: dict[str, Any] = {}
    for event, (schema, text) in EVENT_SCHEMAS.items():
        definition = schema.model_json_schema(ref_template="#/components/schemas/{model}")
        for name, sub in [*definition.pop("$defs", {}).items(), (schema.__name__, definition)]:
            if schemas.setdefault(name, sub) != sub:  # one name, one schema in the document
                raise ValueError(f"two different schemas are named {name}")
        hooks[event] = {
            "post": {
                "summary": text,
                "description": f"{text}. Signed with `X-TradeGuard-Signature` "
                "(`t=<unix>,v1=<hex HMAC-SHA256 of '<t>.<body>'>`); `X-TradeGuard-Event` "
                "names the event, `X-TradeGuard-Delivery` is stable across retries "
                "(a replay has a new one and `X-TradeGuard-Replay-Of`). Answer 2xx; "
                "anything else is retried with growing delays for about a day.",
                "operationId": f"webhook_{event.replace('.', '_')}",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["event", "created_at", "data"],
                                "properties": {
                                    "event": {"type": "string", "const": event},
                                    "created_at": {"type": "string", "format": "date-time"},
                                    "data": {"$ref": f"#/components/schemas/{schema.__name__}"},
                                },
                            }
                        }
                    },
                },
                "responses": {"200": {"description": "Any 2xx answer acknowledges it"}},
                "tags": ["webhooks"],
            }
        }
    document["webhooks"] = hooks
