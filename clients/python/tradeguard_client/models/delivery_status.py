from enum import StrEnum

class DeliveryStatus(StrEnum):
    DELIVERED = "delivered"
    GAVE_UP = "gave_up"
    PENDING = "pending"
    RETRYING = "retrying"

    def __str__(self) -> str:
        return str(self.value)
