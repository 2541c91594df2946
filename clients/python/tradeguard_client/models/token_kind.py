from enum import StrEnum

class TokenKind(StrEnum):
    INTEGRATION = "integration"
    PERSONAL = "personal"

    def __str__(self) -> str:
        return str(self.value)
