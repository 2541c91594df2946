from enum import StrEnum

class OrderStatus(StrEnum):
    CANCELLED = "cancelled"
    CLOSED = "closed"
    COMPLETED = "completed"
    CREATED = "created"
    DELIVERED = "delivered"
    PAID = "paid"
    SHIPPED = "shipped"

    def __str__(self) -> str:
        return str(self.value)
