from enum import StrEnum

class OrgDocumentKind(StrEnum):
    BANK_LETTER = "bank_letter"
    BUSINESS_LICENCE = "business_licence"
    IDENTITY_DOCUMENT = "identity_document"
    OTHER = "other"
    TAX_REGISTRATION = "tax_registration"

    def __str__(self) -> str:
        return str(self.value)
