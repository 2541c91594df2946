from enum import StrEnum

class LibraryKind(StrEnum):
    ARTICLE = "article"
    FRAGMENT = "fragment"

    def __str__(self) -> str:
        return str(self.value)
