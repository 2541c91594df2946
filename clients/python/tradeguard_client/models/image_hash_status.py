from enum import StrEnum

class ImageHashStatus(StrEnum):
    FAILED = "failed"
    HASHED = "hashed"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
