from enum import StrEnum

class ContractParty(StrEnum):
    BUYER = "buyer"
    SUPPLIER = "supplier"

    def __str__(self) -> str:
        return str(self.value)
