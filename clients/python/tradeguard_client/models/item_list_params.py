from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.item_status import ItemStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ItemListParams")



@_attrs_define
class ItemListParams:
    """ 
        Attributes:
            status (ItemStatus | None | Unset):
            complaint (int | None | Unset):
     """

    status: ItemStatus | None | Unset = UNSET
    complaint: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ItemStatus):
            status = self.status.value
        else:
            status = self.status

        complaint: int | None | Unset
        if isinstance(self.complaint, Unset):
            complaint = UNSET
        else:
            complaint = self.complaint


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if status is not UNSET:
            field_dict["status"] = status
        if complaint is not UNSET:
            field_dict["complaint"] = complaint

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_status(data: object) -> ItemStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ItemStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        def _parse_complaint(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        complaint = _parse_complaint(d.pop("complaint", UNSET))


        item_list_params = cls(
            status=status,
            complaint=complaint,
        )


        item_list_params.additional_properties = d
        return item_list_params

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
