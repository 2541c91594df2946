from enum import StrEnum

class DisputesEvidenceAddMultiPartBodyParamsEvidenceType(StrEnum):
    COMMUNICATION_LOG = "communication_log"
    CUSTOMS_DOCUMENT = "customs_document"
    DESIGN_DRAWING = "design_drawing"
    INSPECTION_REPORT = "inspection_report"
    LAB_REPORT = "lab_report"
    OTHER = "other"
    PRODUCT_PHOTO = "product_photo"
    PRODUCT_VIDEO = "product_video"
    SALES_CONTRACT = "sales_contract"
    SHIPPING_DOCUMENT = "shipping_document"
    SPEC_SHEET = "spec_sheet"
    TRANSACTION_RECORD = "transaction_record"

    def __str__(self) -> str:
        return str(self.value)
