from enum import StrEnum

class MatchStatus(StrEnum):
    AUTHORIZED = "authorized"
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"
    NEW = "new"

    def __str__(self) -> str:
        return str(self.value)
