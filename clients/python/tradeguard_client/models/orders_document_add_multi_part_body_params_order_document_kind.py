from enum import StrEnum

class OrdersDocumentAddMultiPartBodyParamsOrderDocumentKind(StrEnum):
    DESIGN_DRAWING = "design_drawing"
    OTHER = "other"
    SALES_CONTRACT = "sales_contract"
    SPEC_SHEET = "spec_sheet"

    def __str__(self) -> str:
        return str(self.value)
