from enum import StrEnum

class WebhookEvent(StrEnum):
    DISPUTE_CLOSED = "dispute.closed"
    DISPUTE_DECIDED = "dispute.decided"
    DISPUTE_ESCALATED = "dispute.escalated"
    DISPUTE_OPENED = "dispute.opened"
    DISPUTE_SETTLED = "dispute.settled"
    IMAGEMATCH_MATCH_FOUND = "imagematch.match.found"
    IP_COMPLAINT_FILED = "ip.complaint.filed"
    IP_ITEM_APPEALED = "ip.item.appealed"
    IP_ITEM_COUNTER_NOTICED = "ip.item.counter_noticed"
    IP_ITEM_COURT_ACTION = "ip.item.court_action"
    IP_ITEM_DECIDED = "ip.item.decided"
    IP_ITEM_DISMISSED = "ip.item.dismissed"
    IP_ITEM_NOTIFIED = "ip.item.notified"
    IP_ITEM_REJECTED = "ip.item.rejected"
    IP_ITEM_REMOVED = "ip.item.removed"
    IP_ITEM_RESTORED = "ip.item.restored"
    IP_ITEM_UNDER_REVIEW = "ip.item.under_review"
    IP_ITEM_WITHDRAWN = "ip.item.withdrawn"
    REFUND_PAID = "refund.paid"
    SANCTIONS_RESTRICTED = "sanctions.restricted"
    SANCTIONS_TERMINATED = "sanctions.terminated"

    def __str__(self) -> str:
        return str(self.value)
