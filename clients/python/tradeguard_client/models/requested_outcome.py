from enum import StrEnum

class RequestedOutcome(StrEnum):
    FULL_REFUND = "full_refund"
    PARTIAL_REFUND = "partial_refund"
    REPLACEMENT = "replacement"
    RETURN_AND_REFUND = "return_and_refund"

    def __str__(self) -> str:
        return str(self.value)
