from enum import StrEnum

class IpStatsPeriod(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    WEEK = "week"

    def __str__(self) -> str:
        return str(self.value)
