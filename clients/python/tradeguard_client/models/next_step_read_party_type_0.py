from enum import StrEnum

class NextStepReadPartyType0(StrEnum):
    BUYER = "buyer"
    PLATFORM = "platform"
    SUPPLIER = "supplier"

    def __str__(self) -> str:
        return str(self.value)
