from enum import StrEnum

class ItemReadWaitingOn(StrEnum):
    OFFICER = "officer"
    RIGHTS_HOLDER = "rights_holder"
    SUPPLIER = "supplier"
    VALUE_3 = ""

    def __str__(self) -> str:
        return str(self.value)
