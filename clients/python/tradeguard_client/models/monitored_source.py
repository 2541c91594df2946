from enum import StrEnum

class MonitoredSource(StrEnum):
    IP_RECORD = "ip_record"
    WATCH_SET = "watch_set"

    def __str__(self) -> str:
        return str(self.value)
