from enum import StrEnum

class ComplaintReason(StrEnum):
    COUNTERFEIT = "counterfeit"
    DESIGN_PATENT = "design_patent"
    IMAGE_COPY = "image_copy"
    TEXT_COPY = "text_copy"
    TRADEMARK_MISUSE = "trademark_misuse"
    UTILITY_PATENT = "utility_patent"

    def __str__(self) -> str:
        return str(self.value)
