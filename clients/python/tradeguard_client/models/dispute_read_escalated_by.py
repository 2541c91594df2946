from enum import StrEnum

class DisputeReadEscalatedBy(StrEnum):
    BUYER = "buyer"
    SUPPLIER = "supplier"
    SYSTEM = "system"
    VALUE_3 = ""

    def __str__(self) -> str:
        return str(self.value)
