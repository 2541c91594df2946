from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.order_kind import OrderKind
from ..models.order_status import OrderStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.event_read import EventRead
  from ..models.next_step_read import NextStepRead
  from ..models.order_document_read import OrderDocumentRead
  from ..models.order_item_read import OrderItemRead
  from ..models.organization_brief import OrganizationBrief
  from ..models.payment_read import PaymentRead





T = TypeVar("T", bound="OrderDetailRead")



@_attrs_define
class OrderDetailRead:
    """ 
        Attributes:
            id (int):
            kind (OrderKind):
            reference (str):
            status (OrderStatus):
            buyer (OrganizationBrief):
            supplier (OrganizationBrief):
            listing_id (int | None):
            self_declared (bool):
            currency (str):
            total (str):
            amount_paid (str):
            placed_at (datetime.datetime):
            ship_by (datetime.date | None):
            paid_at (datetime.datetime | None):
            shipped_at (datetime.datetime | None):
            carrier (str):
            tracking_number (str):
            estimated_delivery (datetime.date | None):
            delivered_at (datetime.datetime | None):
            receipt_confirmed_at (datetime.datetime | None):
            completed_at (datetime.datetime | None):
            cancelled_at (datetime.datetime | None):
            closed_at (datetime.datetime | None):
            refunded_on_cancel (bool):
            next_step (NextStepRead):
            notes (str):
            created_at (datetime.datetime):
            items (list[OrderItemRead]):
            payments (list[PaymentRead]):
            documents (list[OrderDocumentRead]):
            timeline (list[EventRead]):
     """

    id: int
    kind: OrderKind
    reference: str
    status: OrderStatus
    buyer: OrganizationBrief
    supplier: OrganizationBrief
    listing_id: int | None
    self_declared: bool
    currency: str
    total: str
    amount_paid: str
    placed_at: datetime.datetime
    ship_by: datetime.date | None
    paid_at: datetime.datetime | None
    shipped_at: datetime.datetime | None
    carrier: str
    tracking_number: str
    estimated_delivery: datetime.date | None
    delivered_at: datetime.datetime | None
    receipt_confirmed_at: datetime.datetime | None
    completed_at: datetime.datetime | None
    cancelled_at: datetime.datetime | None
    closed_at: datetime.datetime | None
    refunded_on_cancel: bool
    next_step: NextStepRead
    notes: str
    created_at: datetime.datetime
    items: list[OrderItemRead]
    payments: list[PaymentRead]
    documents: list[OrderDocumentRead]
    timeline: list[EventRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.event_read import EventRead # noqa: PLC0415
        from ..models.next_step_read import NextStepRead # noqa: PLC0415
        from ..models.order_document_read import OrderDocumentRead # noqa: PLC0415
        from ..models.order_item_read import OrderItemRead # noqa: PLC0415
        from ..models.organization_brief import OrganizationBrief # noqa: PLC0415
        from ..models.payment_read import PaymentRead # noqa: PLC0415
        id = self.id

        kind = self.kind.value

        reference = self.reference

        status = self.status.value

        buyer = self.buyer.to_dict()

        supplier = self.supplier.to_dict()

        listing_id: int | None
        listing_id = self.listing_id

        self_declared = self.self_declared

        currency = self.currency

        total = self.total

        amount_paid = self.amount_paid

        placed_at = self.placed_at.isoformat()

        ship_by: None | str
        if isinstance(self.ship_by, datetime.date):
            ship_by = self.ship_by.isoformat()
        else:
            ship_by = self.ship_by

        paid_at: None | str
        if isinstance(self.paid_at, datetime.datetime):
            paid_at = self.paid_at.isoformat()
        else:
            paid_at = self.paid_at

        shipped_at: None | str
        if isinstance(self.shipped_at, datetime.datetime):
            shipped_at = self.shipped_at.isoformat()
        else:
            shipped_at = self.shipped_at

        carrier = self.carrier

        tracking_number = self.tracking_number

        estimated_delivery: None | str
        if isinstance(self.estimated_delivery, datetime.date):
            estimated_delivery = self.estimated_delivery.isoformat()
        else:
            estimated_delivery = self.estimated_delivery

        delivered_at: None | str
        if isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        receipt_confirmed_at: None | str
        if isinstance(self.receipt_confirmed_at, datetime.datetime):
            receipt_confirmed_at = self.receipt_confirmed_at.isoformat()
        else:
            receipt_confirmed_at = self.receipt_confirmed_at

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        cancelled_at: None | str
        if isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        refunded_on_cancel = self.refunded_on_cancel

        next_step = self.next_step.to_dict()

        notes = self.notes

        created_at = self.created_at.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        payments = []
        for payments_item_data in self.payments:
            payments_item = payments_item_data.to_dict()
            payments.append(payments_item)



        documents = []
        for documents_item_data in self.documents:
            documents_item = documents_item_data.to_dict()
            documents.append(documents_item)



        timeline = []
        for timeline_item_data in self.timeline:
            timeline_item = timeline_item_data.to_dict()
            timeline.append(timeline_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "kind": kind,
            "reference": reference,
            "status": status,
            "buyer": buyer,
            "supplier": supplier,
            "listing_id": listing_id,
            "self_declared": self_declared,
            "currency": currency,
            "total": total,
            "amount_paid": amount_paid,
            "placed_at": placed_at,
            "ship_by": ship_by,
            "paid_at": paid_at,
            "shipped_at": shipped_at,
            "carrier": carrier,
            "tracking_number": tracking_number,
            "estimated_delivery": estimated_delivery,
            "delivered_at": delivered_at,
            "receipt_confirmed_at": receipt_confirmed_at,
            "completed_at": completed_at,
            "cancelled_at": cancelled_at,
            "closed_at": closed_at,
            "refunded_on_cancel": refunded_on_cancel,
            "next_step": next_step,
            "notes": notes,
            "created_at": created_at,
            "items": items,
            "payments": payments,
            "documents": documents,
            "timeline": timeline,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_read import EventRead # noqa: PLC0415
        from ..models.next_step_read import NextStepRead # noqa: PLC0415
        from ..models.order_document_read import OrderDocumentRead # noqa: PLC0415
        from ..models.order_item_read import OrderItemRead # noqa: PLC0415
        from ..models.organization_brief import OrganizationBrief # noqa: PLC0415
        from ..models.payment_read import PaymentRead # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        kind = OrderKind(d.pop("kind"))




        reference = d.pop("reference")

        status = OrderStatus(d.pop("status"))




        buyer = OrganizationBrief.from_dict(d.pop("buyer"))




        supplier = OrganizationBrief.from_dict(d.pop("supplier"))




        def _parse_listing_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        listing_id = _parse_listing_id(d.pop("listing_id"))


        self_declared = d.pop("self_declared")

        currency = d.pop("currency")

        total = d.pop("total")

        amount_paid = d.pop("amount_paid")

        placed_at = datetime.datetime.fromisoformat(d.pop("placed_at"))




        def _parse_ship_by(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ship_by_type_0 = datetime.date.fromisoformat(data)



                return ship_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ship_by = _parse_ship_by(d.pop("ship_by"))


        def _parse_paid_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_at_type_0 = datetime.datetime.fromisoformat(data)



                return paid_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        paid_at = _parse_paid_at(d.pop("paid_at"))


        def _parse_shipped_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                shipped_at_type_0 = datetime.datetime.fromisoformat(data)



                return shipped_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        shipped_at = _parse_shipped_at(d.pop("shipped_at"))


        carrier = d.pop("carrier")

        tracking_number = d.pop("tracking_number")

        def _parse_estimated_delivery(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                estimated_delivery_type_0 = datetime.date.fromisoformat(data)



                return estimated_delivery_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        estimated_delivery = _parse_estimated_delivery(d.pop("estimated_delivery"))


        def _parse_delivered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)



                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        delivered_at = _parse_delivered_at(d.pop("delivered_at"))


        def _parse_receipt_confirmed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                receipt_confirmed_at_type_0 = datetime.datetime.fromisoformat(data)



                return receipt_confirmed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        receipt_confirmed_at = _parse_receipt_confirmed_at(d.pop("receipt_confirmed_at"))


        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)



                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))


        def _parse_cancelled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_at_type_0 = datetime.datetime.fromisoformat(data)



                return cancelled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at"))


        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)



                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))


        refunded_on_cancel = d.pop("refunded_on_cancel")

        next_step = NextStepRead.from_dict(d.pop("next_step"))




        notes = d.pop("notes")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = OrderItemRead.from_dict(items_item_data)



            items.append(items_item)


        payments = []
        _payments = d.pop("payments")
        for payments_item_data in (_payments):
            payments_item = PaymentRead.from_dict(payments_item_data)



            payments.append(payments_item)


        documents = []
        _documents = d.pop("documents")
        for documents_item_data in (_documents):
            documents_item = OrderDocumentRead.from_dict(documents_item_data)



            documents.append(documents_item)


        timeline = []
        _timeline = d.pop("timeline")
        for timeline_item_data in (_timeline):
            timeline_item = EventRead.from_dict(timeline_item_data)



            timeline.append(timeline_item)


        order_detail_read = cls(
            id=id,
            kind=kind,
            reference=reference,
            status=status,
            buyer=buyer,
            supplier=supplier,
            listing_id=listing_id,
            self_declared=self_declared,
            currency=currency,
            total=total,
            amount_paid=amount_paid,
            placed_at=placed_at,
            ship_by=ship_by,
            paid_at=paid_at,
            shipped_at=shipped_at,
            carrier=carrier,
            tracking_number=tracking_number,
            estimated_delivery=estimated_delivery,
            delivered_at=delivered_at,
            receipt_confirmed_at=receipt_confirmed_at,
            completed_at=completed_at,
            cancelled_at=cancelled_at,
            closed_at=closed_at,
            refunded_on_cancel=refunded_on_cancel,
            next_step=next_step,
            notes=notes,
            created_at=created_at,
            items=items,
            payments=payments,
            documents=documents,
            timeline=timeline,
        )


        order_detail_read.additional_properties = d
        return order_detail_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
