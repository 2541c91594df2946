from enum import StrEnum

class InspectionReadOverallType0(StrEnum):
    FAIL = "fail"
    PASS = "pass"
    PENDING = "pending"
    VALUE_3 = ""

    def __str__(self) -> str:
        return str(self.value)
