from enum import StrEnum

class RejectionReason(StrEnum):
    ALREADY_REMOVED = "already_removed"
    ALREADY_REPORTED = "already_reported"
    DUPLICATE = "duplicate"
    OWN_LISTING = "own_listing"
    UNKNOWN_LISTING = "unknown_listing"

    def __str__(self) -> str:
        return str(self.value)
