from enum import StrEnum

class ObligationStatus(StrEnum):
    CANCELLED = "cancelled"
    CONFIRMED = "confirmed"
    FULFILLED = "fulfilled"
    IGNORED = "ignored"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
