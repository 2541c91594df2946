from enum import StrEnum

class ComplaintStatus(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
