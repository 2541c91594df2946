from enum import StrEnum

class ReturnStatus(StrEnum):
    AWAITING_SHIPMENT = "awaiting_shipment"
    DELIVERED = "delivered"
    MISSED = "missed"
    NONE = "none"
    SHIPPED = "shipped"

    def __str__(self) -> str:
        return str(self.value)
