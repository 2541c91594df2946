from enum import StrEnum

class SignalStatus(StrEnum):
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
