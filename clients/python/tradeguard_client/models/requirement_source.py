from enum import StrEnum

class RequirementSource(StrEnum):
    CONTRACT_CLAUSE = "contract_clause"
    DRAWING = "drawing"
    LISTING_ATTRIBUTE = "listing_attribute"
    SPEC_CLAUSE = "spec_clause"

    def __str__(self) -> str:
        return str(self.value)
