from enum import StrEnum

class DisputeSummaryNextActionBy(StrEnum):
    BOTH = "both"
    BUYER = "buyer"
    PLATFORM = "platform"
    SUPPLIER = "supplier"
    VALUE_4 = ""

    def __str__(self) -> str:
        return str(self.value)
