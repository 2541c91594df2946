from enum import StrEnum

class GroupListParamsStatus(StrEnum):
    ALL = "all"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
