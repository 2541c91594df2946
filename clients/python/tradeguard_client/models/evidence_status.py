from enum import StrEnum

class EvidenceStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
