from enum import StrEnum

class GoverningLaw(StrEnum):
    ENGLAND = "england"
    HONG_KONG = "hong_kong"
    PRC = "prc"
    SINGAPORE = "singapore"

    def __str__(self) -> str:
        return str(self.value)
