from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.dispute_reason import DisputeReason
from ..models.dispute_status import DisputeStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="DisputeListParams")



@_attrs_define
class DisputeListParams:
    """ 
        Attributes:
            status (DisputeStatus | None | Unset):
            reason (DisputeReason | None | Unset):
            order_id (int | None | Unset):
            supplier_id (int | None | Unset):
            buyer_id (int | None | Unset):
     """

    status: DisputeStatus | None | Unset = UNSET
    reason: DisputeReason | None | Unset = UNSET
    order_id: int | None | Unset = UNSET
    supplier_id: int | None | Unset = UNSET
    buyer_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, DisputeStatus):
            status = self.status.value
        else:
            status = self.status

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, DisputeReason):
            reason = self.reason.value
        else:
            reason = self.reason

        order_id: int | None | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        supplier_id: int | None | Unset
        if isinstance(self.supplier_id, Unset):
            supplier_id = UNSET
        else:
            supplier_id = self.supplier_id

        buyer_id: int | None | Unset
        if isinstance(self.buyer_id, Unset):
            buyer_id = UNSET
        else:
            buyer_id = self.buyer_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if buyer_id is not UNSET:
            field_dict["buyer_id"] = buyer_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_status(data: object) -> DisputeStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = DisputeStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DisputeStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        def _parse_reason(data: object) -> DisputeReason | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = DisputeReason(data)



                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DisputeReason | None | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        def _parse_order_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_id = _parse_order_id(d.pop("order_id", UNSET))


        def _parse_supplier_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        supplier_id = _parse_supplier_id(d.pop("supplier_id", UNSET))


        def _parse_buyer_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        buyer_id = _parse_buyer_id(d.pop("buyer_id", UNSET))


        dispute_list_params = cls(
            status=status,
            reason=reason,
            order_id=order_id,
            supplier_id=supplier_id,
            buyer_id=buyer_id,
        )


        dispute_list_params.additional_properties = d
        return dispute_list_params

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
