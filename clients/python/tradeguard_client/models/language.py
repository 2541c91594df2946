from enum import StrEnum

class Language(StrEnum):
    EN = "en"
    ZH_HANS = "zh-hans"

    def __str__(self) -> str:
        return str(self.value)
