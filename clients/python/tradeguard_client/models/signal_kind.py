from enum import StrEnum

class SignalKind(StrEnum):
    ACCOUNT_CHANGE = "account_change"
    CASE_WITHDRAWAL = "case_withdrawal"
    COMPANY_MISMATCH = "company_mismatch"
    EXTRA_FEE = "extra_fee"
    OFF_PLATFORM = "off_platform"
    SHIPMENT_RECALLED = "shipment_recalled"

    def __str__(self) -> str:
        return str(self.value)
