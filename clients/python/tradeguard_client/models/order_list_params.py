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






T = TypeVar("T", bound="OrderListParams")



@_attrs_define
class OrderListParams:
    """ 
        Attributes:
            status (None | OrderStatus | Unset):
            kind (None | OrderKind | Unset):
            buyer (int | None | Unset):
            supplier (int | None | Unset):
            placed_after (datetime.datetime | None | Unset):
            placed_before (datetime.datetime | None | Unset):
            q (None | str | Unset):
     """

    status: None | OrderStatus | Unset = UNSET
    kind: None | OrderKind | Unset = UNSET
    buyer: int | None | Unset = UNSET
    supplier: int | None | Unset = UNSET
    placed_after: datetime.datetime | None | Unset = UNSET
    placed_before: datetime.datetime | None | Unset = UNSET
    q: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, OrderStatus):
            status = self.status.value
        else:
            status = self.status

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, OrderKind):
            kind = self.kind.value
        else:
            kind = self.kind

        buyer: int | None | Unset
        if isinstance(self.buyer, Unset):
            buyer = UNSET
        else:
            buyer = self.buyer

        supplier: int | None | Unset
        if isinstance(self.supplier, Unset):
            supplier = UNSET
        else:
            supplier = self.supplier

        placed_after: None | str | Unset
        if isinstance(self.placed_after, Unset):
            placed_after = UNSET
        elif isinstance(self.placed_after, datetime.datetime):
            placed_after = self.placed_after.isoformat()
        else:
            placed_after = self.placed_after

        placed_before: None | str | Unset
        if isinstance(self.placed_before, Unset):
            placed_before = UNSET
        elif isinstance(self.placed_before, datetime.datetime):
            placed_before = self.placed_before.isoformat()
        else:
            placed_before = self.placed_before

        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if status is not UNSET:
            field_dict["status"] = status
        if kind is not UNSET:
            field_dict["kind"] = kind
        if buyer is not UNSET:
            field_dict["buyer"] = buyer
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if placed_after is not UNSET:
            field_dict["placed_after"] = placed_after
        if placed_before is not UNSET:
            field_dict["placed_before"] = placed_before
        if q is not UNSET:
            field_dict["q"] = q

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_status(data: object) -> None | OrderStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = OrderStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        def _parse_kind(data: object) -> None | OrderKind | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = OrderKind(data)



                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderKind | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))


        def _parse_buyer(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        buyer = _parse_buyer(d.pop("buyer", UNSET))


        def _parse_supplier(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        supplier = _parse_supplier(d.pop("supplier", UNSET))


        def _parse_placed_after(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                placed_after_type_0 = datetime.datetime.fromisoformat(data)



                return placed_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        placed_after = _parse_placed_after(d.pop("placed_after", UNSET))


        def _parse_placed_before(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                placed_before_type_0 = datetime.datetime.fromisoformat(data)



                return placed_before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        placed_before = _parse_placed_before(d.pop("placed_before", UNSET))


        def _parse_q(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        q = _parse_q(d.pop("q", UNSET))


        order_list_params = cls(
            status=status,
            kind=kind,
            buyer=buyer,
            supplier=supplier,
            placed_after=placed_after,
            placed_before=placed_before,
            q=q,
        )


        order_list_params.additional_properties = d
        return order_list_params

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
