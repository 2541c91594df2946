from enum import StrEnum

class PaymentMethod(StrEnum):
    BANK_TRANSFER = "bank_transfer"
    CARD = "card"
    CASH = "cash"
    LETTER_OF_CREDIT = "letter_of_credit"
    OTHER = "other"
    PAYPAL = "paypal"

    def __str__(self) -> str:
        return str(self.value)
