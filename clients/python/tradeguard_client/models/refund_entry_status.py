from enum import StrEnum

class RefundEntryStatus(StrEnum):
    CANCELLED = "cancelled"
    PAID = "paid"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
