from enum import StrEnum

class ClauseKind(StrEnum):
    CERTIFICATION = "certification"
    COLOUR = "colour"
    DIMENSION = "dimension"
    FUNCTION = "function"
    LABELING = "labeling"
    MATERIAL = "material"
    OTHER = "other"
    PACKAGING = "packaging"
    WEIGHT = "weight"

    def __str__(self) -> str:
        return str(self.value)
