from enum import StrEnum

class ItemStatus(StrEnum):
    APPEALED = "appealed"
    COUNTER_NOTICED = "counter_noticed"
    COURT_ACTION = "court_action"
    DISMISSED = "dismissed"
    NOTIFIED = "notified"
    REJECTED = "rejected"
    REMOVED = "removed"
    RESTORED = "restored"
    UNDER_REVIEW = "under_review"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
