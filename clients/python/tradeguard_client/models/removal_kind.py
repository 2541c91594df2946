from enum import StrEnum

class RemovalKind(StrEnum):
    AUTOMATIC = "automatic"
    DECISION = "decision"
    VOLUNTARY = "voluntary"

    def __str__(self) -> str:
        return str(self.value)
