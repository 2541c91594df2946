from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.inspection_kind import InspectionKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="InspectionCreate")



@_attrs_define
class InspectionCreate:
    """ 
        Attributes:
            order_id (int):
            kind (InspectionKind):
            inspector_org_id (int | None | Unset): An inspection company; leave out to inspect yourself.
            scheduled_for (datetime.date | None | Unset):
     """

    order_id: int
    kind: InspectionKind
    inspector_org_id: int | None | Unset = UNSET
    scheduled_for: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        kind = self.kind.value

        inspector_org_id: int | None | Unset
        if isinstance(self.inspector_org_id, Unset):
            inspector_org_id = UNSET
        else:
            inspector_org_id = self.inspector_org_id

        scheduled_for: None | str | Unset
        if isinstance(self.scheduled_for, Unset):
            scheduled_for = UNSET
        elif isinstance(self.scheduled_for, datetime.date):
            scheduled_for = self.scheduled_for.isoformat()
        else:
            scheduled_for = self.scheduled_for


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "order_id": order_id,
            "kind": kind,
        })
        if inspector_org_id is not UNSET:
            field_dict["inspector_org_id"] = inspector_org_id
        if scheduled_for is not UNSET:
            field_dict["scheduled_for"] = scheduled_for

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("order_id")

        kind = InspectionKind(d.pop("kind"))




        def _parse_inspector_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        inspector_org_id = _parse_inspector_org_id(d.pop("inspector_org_id", UNSET))


        def _parse_scheduled_for(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_for_type_0 = datetime.date.fromisoformat(data)



                return scheduled_for_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        scheduled_for = _parse_scheduled_for(d.pop("scheduled_for", UNSET))


        inspection_create = cls(
            order_id=order_id,
            kind=kind,
            inspector_org_id=inspector_org_id,
            scheduled_for=scheduled_for,
        )


        inspection_create.additional_properties = d
        return inspection_create

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
