from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.match_status import MatchStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="MatchListParams")



@_attrs_define
class MatchListParams:
    """ 
        Attributes:
            status (MatchStatus | None | Unset):
            supplier_id (int | None | Unset):
            monitored_image_id (int | None | Unset):
            group_id (int | None | Unset):
            min_score (float | None | Unset):
     """

    status: MatchStatus | None | Unset = UNSET
    supplier_id: int | None | Unset = UNSET
    monitored_image_id: int | None | Unset = UNSET
    group_id: int | None | Unset = UNSET
    min_score: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, MatchStatus):
            status = self.status.value
        else:
            status = self.status

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

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        min_score: float | None | Unset
        if isinstance(self.min_score, Unset):
            min_score = UNSET
        else:
            min_score = self.min_score


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
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if min_score is not UNSET:
            field_dict["min_score"] = min_score

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_status(data: object) -> MatchStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = MatchStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MatchStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


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


        def _parse_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        group_id = _parse_group_id(d.pop("group_id", UNSET))


        def _parse_min_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_score = _parse_min_score(d.pop("min_score", UNSET))


        match_list_params = cls(
            status=status,
            supplier_id=supplier_id,
            monitored_image_id=monitored_image_id,
            group_id=group_id,
            min_score=min_score,
        )


        match_list_params.additional_properties = d
        return match_list_params

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
