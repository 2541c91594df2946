from enum import StrEnum

class InspectionKind(StrEnum):
    DURING_PRODUCTION = "during_production"
    ON_ARRIVAL = "on_arrival"
    PRE_SHIPMENT = "pre_shipment"

    def __str__(self) -> str:
        return str(self.value)
