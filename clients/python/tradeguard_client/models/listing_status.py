from enum import StrEnum

class ListingStatus(StrEnum):
    ACTIVE = "active"
    HIDDEN = "hidden"
    REMOVED = "removed"

    def __str__(self) -> str:
        return str(self.value)
