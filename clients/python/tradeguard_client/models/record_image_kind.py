from enum import StrEnum

class RecordImageKind(StrEnum):
    DRAWING = "drawing"
    MARK = "mark"
    REFERENCE = "reference"

    def __str__(self) -> str:
        return str(self.value)
