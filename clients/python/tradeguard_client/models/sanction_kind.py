from enum import StrEnum

class SanctionKind(StrEnum):
    POINTS = "points"
    REVERSAL = "reversal"
    STRIKE = "strike"

    def __str__(self) -> str:
        return str(self.value)
