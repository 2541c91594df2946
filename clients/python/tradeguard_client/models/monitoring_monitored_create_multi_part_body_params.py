from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import json
from .. import types

from ..types import UNSET, Unset

from ..types import File, FileTypes
from ..types import UNSET, Unset
from io import BytesIO
from typing import cast






T = TypeVar("T", bound="MonitoringMonitoredCreateMultiPartBodyParams")



@_attrs_define
class MonitoringMonitoredCreateMultiPartBodyParams:
    """ 
        Attributes:
            file (File):
            label (str | Unset):  Default: ''.
            watch_set_id (int | None | Unset):
            watch_set_name (str | Unset):  Default: ''.
            owner_id (int | None | Unset):
     """

    file: File
    label: str | Unset = ''
    watch_set_id: int | None | Unset = UNSET
    watch_set_name: str | Unset = ''
    owner_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()


        label = self.label

        watch_set_id: int | None | Unset
        if isinstance(self.watch_set_id, Unset):
            watch_set_id = UNSET
        else:
            watch_set_id = self.watch_set_id

        watch_set_name = self.watch_set_name

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "file": file,
        })
        if label is not UNSET:
            field_dict["label"] = label
        if watch_set_id is not UNSET:
            field_dict["watch_set_id"] = watch_set_id
        if watch_set_name is not UNSET:
            field_dict["watch_set_name"] = watch_set_name
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id

        return field_dict


    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))



        if not isinstance(self.label, Unset):
            files.append(("label", (None, str(self.label).encode(), "text/plain")))



        if not isinstance(self.watch_set_id, Unset):
            if isinstance(self.watch_set_id, int):

                files.append(("watch_set_id", (None, str(self.watch_set_id).encode(), "text/plain")))
            else:
                files.append(("watch_set_id", (None, str(self.watch_set_id).encode(), "text/plain")))


        if not isinstance(self.watch_set_name, Unset):
            files.append(("watch_set_name", (None, str(self.watch_set_name).encode(), "text/plain")))



        if not isinstance(self.owner_id, Unset):
            if isinstance(self.owner_id, int):

                files.append(("owner_id", (None, str(self.owner_id).encode(), "text/plain")))
            else:
                files.append(("owner_id", (None, str(self.owner_id).encode(), "text/plain")))



        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))



        return files


    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(
             payload = BytesIO(d.pop("file"))
        )




        label = d.pop("label", UNSET)

        def _parse_watch_set_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        watch_set_id = _parse_watch_set_id(d.pop("watch_set_id", UNSET))


        watch_set_name = d.pop("watch_set_name", UNSET)

        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))


        monitoring_monitored_create_multi_part_body_params = cls(
            file=file,
            label=label,
            watch_set_id=watch_set_id,
            watch_set_name=watch_set_name,
            owner_id=owner_id,
        )


        monitoring_monitored_create_multi_part_body_params.additional_properties = d
        return monitoring_monitored_create_multi_part_body_params

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
