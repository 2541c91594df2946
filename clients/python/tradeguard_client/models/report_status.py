from enum import StrEnum

class ReportStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"

    def __str__(self) -> str:
        return str(self.value)
