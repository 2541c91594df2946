from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.group_list_params_status import GroupListParamsStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="GroupListParams")



@_attrs_define
class GroupListParams:
    """ 
        Attributes:
            status (GroupListParamsStatus | Unset):  Default: GroupListParamsStatus.OPEN.
            supplier_id (int | None | Unset):
            monitored_image_id (int | None | Unset):
     """

    status: GroupListParamsStatus | Unset = GroupListParamsStatus.OPEN
    supplier_id: int | None | Unset = UNSET
    monitored_image_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value


        supplier_id: int | None | Unset
        if isinstance(self.supplier_id, Unset):
            supplier_id = UNSET
        else:
            supplier_id = self.supplier_id

        monitored_image_id: int | None | Unset
        if isinstance(self.monitored_image_id, Unset):
            monitored_image_id = UNSET
        else:
            monitored_image_id = self.monitored_image_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if status is not UNSET:
            field_dict["status"] = status
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if monitored_image_id is not UNSET:
            field_dict["monitored_image_id"] = monitored_image_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: GroupListParamsStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = GroupListParamsStatus(_status)




        def _parse_supplier_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        supplier_id = _parse_supplier_id(d.pop("supplier_id", UNSET))


        def _parse_monitored_image_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        monitored_image_id = _parse_monitored_image_id(d.pop("monitored_image_id", UNSET))


        group_list_params = cls(
            status=status,
            supplier_id=supplier_id,
            monitored_image_id=monitored_image_id,
        )


        group_list_params.additional_properties = d
        return group_list_params

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
