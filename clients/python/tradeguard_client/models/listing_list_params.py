from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.listing_status import ListingStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ListingListParams")



@_attrs_define
class ListingListParams:
    """ 
        Attributes:
            supplier (int | None | Unset):
            status (ListingStatus | None | Unset):
            q (None | str | Unset):
     """

    supplier: int | None | Unset = UNSET
    status: ListingStatus | None | Unset = UNSET
    q: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        supplier: int | None | Unset
        if isinstance(self.supplier, Unset):
            supplier = UNSET
        else:
            supplier = self.supplier

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ListingStatus):
            status = self.status.value
        else:
            status = self.status

        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if status is not UNSET:
            field_dict["status"] = status
        if q is not UNSET:
            field_dict["q"] = q

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_supplier(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        supplier = _parse_supplier(d.pop("supplier", UNSET))


        def _parse_status(data: object) -> ListingStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ListingStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListingStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        def _parse_q(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        q = _parse_q(d.pop("q", UNSET))


        listing_list_params = cls(
            supplier=supplier,
            status=status,
            q=q,
        )


        listing_list_params.additional_properties = d
        return listing_list_params

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
