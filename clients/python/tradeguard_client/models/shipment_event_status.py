from enum import StrEnum

class ShipmentEventStatus(StrEnum):
    DELIVERED = "delivered"
    HELD_BY_CARRIER = "held_by_carrier"
    IN_TRANSIT = "in_transit"
    PICKED_UP = "picked_up"
    RECALLED_BY_SHIPPER = "recalled_by_shipper"
    RETURNED_TO_SHIPPER = "returned_to_shipper"

    def __str__(self) -> str:
        return str(self.value)
