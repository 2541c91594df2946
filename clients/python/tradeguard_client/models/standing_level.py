from enum import StrEnum

class StandingLevel(StrEnum):
    GOOD = "good"
    RESTRICTED = "restricted"
    TERMINATED = "terminated"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)
