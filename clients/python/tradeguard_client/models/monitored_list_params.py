from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.monitored_source import MonitoredSource
from ..models.monitored_status import MonitoredStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="MonitoredListParams")



@_attrs_define
class MonitoredListParams:
    """ 
        Attributes:
            status (MonitoredStatus | None | Unset):
            source (MonitoredSource | None | Unset):
            watch_set_id (int | None | Unset):
     """

    status: MonitoredStatus | None | Unset = UNSET
    source: MonitoredSource | None | Unset = UNSET
    watch_set_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, MonitoredStatus):
            status = self.status.value
        else:
            status = self.status

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, MonitoredSource):
            source = self.source.value
        else:
            source = self.source

        watch_set_id: int | None | Unset
        if isinstance(self.watch_set_id, Unset):
            watch_set_id = UNSET
        else:
            watch_set_id = self.watch_set_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if status is not UNSET:
            field_dict["status"] = status
        if source is not UNSET:
            field_dict["source"] = source
        if watch_set_id is not UNSET:
            field_dict["watch_set_id"] = watch_set_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_status(data: object) -> MonitoredStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = MonitoredStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MonitoredStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        def _parse_source(data: object) -> MonitoredSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = MonitoredSource(data)



                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MonitoredSource | None | Unset, data)

        source = _parse_source(d.pop("source", UNSET))


        def _parse_watch_set_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        watch_set_id = _parse_watch_set_id(d.pop("watch_set_id", UNSET))


        monitored_list_params = cls(
            status=status,
            source=source,
            watch_set_id=watch_set_id,
        )


        monitored_list_params.additional_properties = d
        return monitored_list_params

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
