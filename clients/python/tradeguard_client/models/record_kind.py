from enum import StrEnum

class RecordKind(StrEnum):
    COPYRIGHT = "copyright"
    DESIGN_PATENT = "design_patent"
    TRADEMARK = "trademark"
    UTILITY_PATENT = "utility_patent"

    def __str__(self) -> str:
        return str(self.value)
