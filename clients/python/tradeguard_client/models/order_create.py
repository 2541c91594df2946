from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.order_kind import OrderKind
from ..models.order_status import OrderStatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.order_item_create import OrderItemCreate
  from ..models.payment_create import PaymentCreate





T = TypeVar("T", bound="OrderCreate")



@_attrs_define
class OrderCreate:
    """ 
        Attributes:
            kind (OrderKind):
            supplier_id (int):
            currency (str):
            total (int | str):
            items (list[OrderItemCreate]):
            reference (str | Unset): Marketplace order number; offline: optional. Default: ''.
            buyer_id (int | None | Unset): Defaults to a buyer's own organization.
            listing_id (int | None | Unset):
            payments (list[PaymentCreate] | Unset):
            placed_at (datetime.datetime | None | Unset): Defaults to now.
            notes (str | Unset):  Default: ''.
            ship_by (datetime.date | None | Unset):
            carrier (str | Unset):  Default: ''.
            tracking_number (str | Unset):  Default: ''.
            estimated_delivery (datetime.date | None | Unset):
            status (OrderStatus | Unset):  Default: OrderStatus.CREATED.
            paid_at (datetime.datetime | None | Unset):
            shipped_at (datetime.datetime | None | Unset):
            delivered_at (datetime.datetime | None | Unset):
            receipt_confirmed_at (datetime.datetime | None | Unset):
            completed_at (datetime.datetime | None | Unset):
            cancelled_at (datetime.datetime | None | Unset):
            closed_at (datetime.datetime | None | Unset):
            refunded_on_cancel (bool | Unset):  Default: False.
     """

    kind: OrderKind
    supplier_id: int
    currency: str
    total: int | str
    items: list[OrderItemCreate]
    reference: str | Unset = ''
    buyer_id: int | None | Unset = UNSET
    listing_id: int | None | Unset = UNSET
    payments: list[PaymentCreate] | Unset = UNSET
    placed_at: datetime.datetime | None | Unset = UNSET
    notes: str | Unset = ''
    ship_by: datetime.date | None | Unset = UNSET
    carrier: str | Unset = ''
    tracking_number: str | Unset = ''
    estimated_delivery: datetime.date | None | Unset = UNSET
    status: OrderStatus | Unset = OrderStatus.CREATED
    paid_at: datetime.datetime | None | Unset = UNSET
    shipped_at: datetime.datetime | None | Unset = UNSET
    delivered_at: datetime.datetime | None | Unset = UNSET
    receipt_confirmed_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    cancelled_at: datetime.datetime | None | Unset = UNSET
    closed_at: datetime.datetime | None | Unset = UNSET
    refunded_on_cancel: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.order_item_create import OrderItemCreate # noqa: PLC0415
        from ..models.payment_create import PaymentCreate # noqa: PLC0415
        kind = self.kind.value

        supplier_id = self.supplier_id

        currency = self.currency

        total: int | str
        total = self.total

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        reference = self.reference

        buyer_id: int | None | Unset
        if isinstance(self.buyer_id, Unset):
            buyer_id = UNSET
        else:
            buyer_id = self.buyer_id

        listing_id: int | None | Unset
        if isinstance(self.listing_id, Unset):
            listing_id = UNSET
        else:
            listing_id = self.listing_id

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)



        placed_at: None | str | Unset
        if isinstance(self.placed_at, Unset):
            placed_at = UNSET
        elif isinstance(self.placed_at, datetime.datetime):
            placed_at = self.placed_at.isoformat()
        else:
            placed_at = self.placed_at

        notes = self.notes

        ship_by: None | str | Unset
        if isinstance(self.ship_by, Unset):
            ship_by = UNSET
        elif isinstance(self.ship_by, datetime.date):
            ship_by = self.ship_by.isoformat()
        else:
            ship_by = self.ship_by

        carrier = self.carrier

        tracking_number = self.tracking_number

        estimated_delivery: None | str | Unset
        if isinstance(self.estimated_delivery, Unset):
            estimated_delivery = UNSET
        elif isinstance(self.estimated_delivery, datetime.date):
            estimated_delivery = self.estimated_delivery.isoformat()
        else:
            estimated_delivery = self.estimated_delivery

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value


        paid_at: None | str | Unset
        if isinstance(self.paid_at, Unset):
            paid_at = UNSET
        elif isinstance(self.paid_at, datetime.datetime):
            paid_at = self.paid_at.isoformat()
        else:
            paid_at = self.paid_at

        shipped_at: None | str | Unset
        if isinstance(self.shipped_at, Unset):
            shipped_at = UNSET
        elif isinstance(self.shipped_at, datetime.datetime):
            shipped_at = self.shipped_at.isoformat()
        else:
            shipped_at = self.shipped_at

        delivered_at: None | str | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        elif isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        receipt_confirmed_at: None | str | Unset
        if isinstance(self.receipt_confirmed_at, Unset):
            receipt_confirmed_at = UNSET
        elif isinstance(self.receipt_confirmed_at, datetime.datetime):
            receipt_confirmed_at = self.receipt_confirmed_at.isoformat()
        else:
            receipt_confirmed_at = self.receipt_confirmed_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        cancelled_at: None | str | Unset
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        elif isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        elif isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        refunded_on_cancel = self.refunded_on_cancel


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "supplier_id": supplier_id,
            "currency": currency,
            "total": total,
            "items": items,
        })
        if reference is not UNSET:
            field_dict["reference"] = reference
        if buyer_id is not UNSET:
            field_dict["buyer_id"] = buyer_id
        if listing_id is not UNSET:
            field_dict["listing_id"] = listing_id
        if payments is not UNSET:
            field_dict["payments"] = payments
        if placed_at is not UNSET:
            field_dict["placed_at"] = placed_at
        if notes is not UNSET:
            field_dict["notes"] = notes
        if ship_by is not UNSET:
            field_dict["ship_by"] = ship_by
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if tracking_number is not UNSET:
            field_dict["tracking_number"] = tracking_number
        if estimated_delivery is not UNSET:
            field_dict["estimated_delivery"] = estimated_delivery
        if status is not UNSET:
            field_dict["status"] = status
        if paid_at is not UNSET:
            field_dict["paid_at"] = paid_at
        if shipped_at is not UNSET:
            field_dict["shipped_at"] = shipped_at
        if delivered_at is not UNSET:
            field_dict["delivered_at"] = delivered_at
        if receipt_confirmed_at is not UNSET:
            field_dict["receipt_confirmed_at"] = receipt_confirmed_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if cancelled_at is not UNSET:
            field_dict["cancelled_at"] = cancelled_at
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at
        if refunded_on_cancel is not UNSET:
            field_dict["refunded_on_cancel"] = refunded_on_cancel

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_item_create import OrderItemCreate # noqa: PLC0415
        from ..models.payment_create import PaymentCreate # noqa: PLC0415
        d = dict(src_dict)
        kind = OrderKind(d.pop("kind"))




        supplier_id = d.pop("supplier_id")

        currency = d.pop("currency")

        def _parse_total(data: object) -> int | str:
            return cast(int | str, data)

        total = _parse_total(d.pop("total"))


        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = OrderItemCreate.from_dict(items_item_data)



            items.append(items_item)


        reference = d.pop("reference", UNSET)

        def _parse_buyer_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        buyer_id = _parse_buyer_id(d.pop("buyer_id", UNSET))


        def _parse_listing_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        listing_id = _parse_listing_id(d.pop("listing_id", UNSET))


        _payments = d.pop("payments", UNSET)
        payments: list[PaymentCreate] | Unset = UNSET
        if _payments is not UNSET:
            payments = []
            for payments_item_data in _payments:
                payments_item = PaymentCreate.from_dict(payments_item_data)



                payments.append(payments_item)


        def _parse_placed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                placed_at_type_0 = datetime.datetime.fromisoformat(data)



                return placed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        placed_at = _parse_placed_at(d.pop("placed_at", UNSET))


        notes = d.pop("notes", UNSET)

        def _parse_ship_by(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ship_by_type_0 = datetime.date.fromisoformat(data)



                return ship_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ship_by = _parse_ship_by(d.pop("ship_by", UNSET))


        carrier = d.pop("carrier", UNSET)

        tracking_number = d.pop("tracking_number", UNSET)

        def _parse_estimated_delivery(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                estimated_delivery_type_0 = datetime.date.fromisoformat(data)



                return estimated_delivery_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        estimated_delivery = _parse_estimated_delivery(d.pop("estimated_delivery", UNSET))


        _status = d.pop("status", UNSET)
        status: OrderStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = OrderStatus(_status)




        def _parse_paid_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_at_type_0 = datetime.datetime.fromisoformat(data)



                return paid_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        paid_at = _parse_paid_at(d.pop("paid_at", UNSET))


        def _parse_shipped_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                shipped_at_type_0 = datetime.datetime.fromisoformat(data)



                return shipped_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        shipped_at = _parse_shipped_at(d.pop("shipped_at", UNSET))


        def _parse_delivered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)



                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        delivered_at = _parse_delivered_at(d.pop("delivered_at", UNSET))


        def _parse_receipt_confirmed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                receipt_confirmed_at_type_0 = datetime.datetime.fromisoformat(data)



                return receipt_confirmed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        receipt_confirmed_at = _parse_receipt_confirmed_at(d.pop("receipt_confirmed_at", UNSET))


        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)



                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))


        def _parse_cancelled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_at_type_0 = datetime.datetime.fromisoformat(data)



                return cancelled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at", UNSET))


        def _parse_closed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)



                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        closed_at = _parse_closed_at(d.pop("closed_at", UNSET))


        refunded_on_cancel = d.pop("refunded_on_cancel", UNSET)

        order_create = cls(
            kind=kind,
            supplier_id=supplier_id,
            currency=currency,
            total=total,
            items=items,
            reference=reference,
            buyer_id=buyer_id,
            listing_id=listing_id,
            payments=payments,
            placed_at=placed_at,
            notes=notes,
            ship_by=ship_by,
            carrier=carrier,
            tracking_number=tracking_number,
            estimated_delivery=estimated_delivery,
            status=status,
            paid_at=paid_at,
            shipped_at=shipped_at,
            delivered_at=delivered_at,
            receipt_confirmed_at=receipt_confirmed_at,
            completed_at=completed_at,
            cancelled_at=cancelled_at,
            closed_at=closed_at,
            refunded_on_cancel=refunded_on_cancel,
        )


        order_create.additional_properties = d
        return order_create

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
