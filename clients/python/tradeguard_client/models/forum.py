from enum import StrEnum

class Forum(StrEnum):
    CIETAC = "cietac"
    HKIAC = "hkiac"
    SIAC = "siac"
    SUPPLIER_COURTS = "supplier_courts"

    def __str__(self) -> str:
        return str(self.value)
