from enum import StrEnum

class DisputeReadNextActionBy(StrEnum):
    BOTH = "both"
    BUYER = "buyer"
    PLATFORM = "platform"
    SUPPLIER = "supplier"
    VALUE_4 = ""

    def __str__(self) -> str:
        return str(self.value)
