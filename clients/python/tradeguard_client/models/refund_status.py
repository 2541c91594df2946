from enum import StrEnum

class RefundStatus(StrEnum):
    NONE = "none"
    PAID = "paid"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
