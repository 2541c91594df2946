from enum import StrEnum

class DisputeStatus(StrEnum):
    APPEALED = "appealed"
    AWAITING_RESPONSE = "awaiting_response"
    CLOSED = "closed"
    DECIDED = "decided"
    ESCALATED = "escalated"
    NEGOTIATING = "negotiating"
    SETTLED = "settled"
    UNDER_REVIEW = "under_review"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
