from enum import StrEnum

class OrgKind(StrEnum):
    BUYER = "buyer"
    INSPECTOR = "inspector"
    PLATFORM = "platform"
    RIGHTS_HOLDER = "rights_holder"
    SUPPLIER = "supplier"

    def __str__(self) -> str:
        return str(self.value)
