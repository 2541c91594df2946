from enum import StrEnum

class InspectionSeverity(StrEnum):
    NORMAL = "normal"
    REDUCED = "reduced"
    TIGHTENED = "tightened"

    def __str__(self) -> str:
        return str(self.value)
