from enum import StrEnum

class SorDecision(StrEnum):
    REMOVAL = "removal"
    RESTORATION = "restoration"

    def __str__(self) -> str:
        return str(self.value)
