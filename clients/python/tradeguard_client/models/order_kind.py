from enum import StrEnum

class OrderKind(StrEnum):
    OFFLINE = "offline"
    TRADE_ASSURANCE = "trade_assurance"
    WHOLESALE = "wholesale"

    def __str__(self) -> str:
        return str(self.value)
