from enum import StrEnum

class AwardStatus(StrEnum):
    FULFILLED = "fulfilled"
    IGNORED = "ignored"
    LAPSED = "lapsed"
    NONE = "none"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
