from enum import StrEnum

class DecisionOutcome(StrEnum):
    BUYER_FULL = "buyer_full"
    BUYER_PARTIAL = "buyer_partial"
    RETURN_AND_REFUND = "return_and_refund"
    SUPPLIER = "supplier"

    def __str__(self) -> str:
        return str(self.value)
