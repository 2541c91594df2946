from enum import StrEnum

class InspectionStatus(StrEnum):
    BOOKED = "booked"
    CANCELLED = "cancelled"
    REPORTED = "reported"
    SIGNED = "signed"

    def __str__(self) -> str:
        return str(self.value)
