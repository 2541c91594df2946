from enum import StrEnum

class MonitoringGroupsListStatus(StrEnum):
    ALL = "all"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
