from enum import StrEnum

class ObligationKind(StrEnum):
    PAY_BUYER = "pay_buyer"
    REIMBURSE_PLATFORM = "reimburse_platform"
    SHIP_REPLACEMENT = "ship_replacement"

    def __str__(self) -> str:
        return str(self.value)
