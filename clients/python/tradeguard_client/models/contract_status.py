from enum import StrEnum

class ContractStatus(StrEnum):
    BINDING = "binding"
    PROPOSED = "proposed"
    SUPERSEDED = "superseded"

    def __str__(self) -> str:
        return str(self.value)
