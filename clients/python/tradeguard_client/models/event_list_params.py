from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.event_aggregate import EventAggregate
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="EventListParams")



@_attrs_define
class EventListParams:
    """ 
        Attributes:
            aggregate (EventAggregate): What `GET /events` serves the history of.
            aggregate_id (int): The object's id
            after (None | str | Unset): `next_cursor` of the previous page
            limit (int | Unset):  Default: 50.
     """

    aggregate: EventAggregate
    aggregate_id: int
    after: None | str | Unset = UNSET
    limit: int | Unset = 50
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        aggregate = self.aggregate.value

        aggregate_id = self.aggregate_id

        after: None | str | Unset
        if isinstance(self.after, Unset):
            after = UNSET
        else:
            after = self.after

        limit = self.limit


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "aggregate": aggregate,
            "aggregate_id": aggregate_id,
        })
        if after is not UNSET:
            field_dict["after"] = after
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        aggregate = EventAggregate(d.pop("aggregate"))




        aggregate_id = d.pop("aggregate_id")

        def _parse_after(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        after = _parse_after(d.pop("after", UNSET))


        limit = d.pop("limit", UNSET)

        event_list_params = cls(
            aggregate=aggregate,
            aggregate_id=aggregate_id,
            after=after,
            limit=limit,
        )


        event_list_params.additional_properties = d
        return event_list_params

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
