from enum import StrEnum

class DisputesEligibilityDisputeReason(StrEnum):
    CANCELLATION_REFUND = "cancellation_refund"
    COMPLIANCE = "compliance"
    DEFECTIVE_OR_DAMAGED = "defective_or_damaged"
    LATE_SHIPMENT = "late_shipment"
    NOT_AS_DESCRIBED = "not_as_described"
    NOT_RECEIVED = "not_received"
    OTHER = "other"
    QUANTITY_SHORTAGE = "quantity_shortage"

    def __str__(self) -> str:
        return str(self.value)
