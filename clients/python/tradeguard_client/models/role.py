from enum import StrEnum

class Role(StrEnum):
    ADMIN = "admin"
    AGENT = "agent"
    BUYER = "buyer"
    INSPECTOR = "inspector"
    OFFICER = "officer"
    RIGHTS_HOLDER = "rights_holder"
    SUPPLIER = "supplier"

    def __str__(self) -> str:
        return str(self.value)
