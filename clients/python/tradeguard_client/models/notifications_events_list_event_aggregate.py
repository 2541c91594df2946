from enum import StrEnum

class NotificationsEventsListEventAggregate(StrEnum):
    DISPUTE = "dispute"
    IMAGE_MATCH = "image_match"
    INSPECTION = "inspection"
    IP_COMPLAINT = "ip_complaint"
    IP_ITEM = "ip_item"
    IP_RECORD = "ip_record"
    LISTING = "listing"
    MONITORED_IMAGE = "monitored_image"
    ORDER = "order"
    ORGANIZATION = "organization"
    SPECIFICATION = "specification"

    def __str__(self) -> str:
        return str(self.value)
