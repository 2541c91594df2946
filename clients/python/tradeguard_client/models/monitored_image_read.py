from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.monitored_source import MonitoredSource
from ..models.monitored_status import MonitoredStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.scan_read import ScanRead





T = TypeVar("T", bound="MonitoredImageRead")



@_attrs_define
class MonitoredImageRead:
    """ 
        Attributes:
            id (int):
            owner_id (int):
            owner_name (str):
            label (str):
            source (MonitoredSource):
            status (MonitoredStatus):
            watch_set_id (int | None):
            watch_set_name (None | str):
            ip_record_id (int | None):
            sha256 (str):
            width (int | None):
            height (int | None):
            new_matches (int):
            all_matches (int):
            latest_scan (None | ScanRead):
            file_url (str):
            created_at (datetime.datetime):
     """

    id: int
    owner_id: int
    owner_name: str
    label: str
    source: MonitoredSource
    status: MonitoredStatus
    watch_set_id: int | None
    watch_set_name: None | str
    ip_record_id: int | None
    sha256: str
    width: int | None
    height: int | None
    new_matches: int
    all_matches: int
    latest_scan: None | ScanRead
    file_url: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.scan_read import ScanRead # noqa: PLC0415
        id = self.id

        owner_id = self.owner_id

        owner_name = self.owner_name

        label = self.label

        source = self.source.value

        status = self.status.value

        watch_set_id: int | None
        watch_set_id = self.watch_set_id

        watch_set_name: None | str
        watch_set_name = self.watch_set_name

        ip_record_id: int | None
        ip_record_id = self.ip_record_id

        sha256 = self.sha256

        width: int | None
        width = self.width

        height: int | None
        height = self.height

        new_matches = self.new_matches

        all_matches = self.all_matches

        latest_scan: dict[str, Any] | None
        if isinstance(self.latest_scan, ScanRead):
            latest_scan = self.latest_scan.to_dict()
        else:
            latest_scan = self.latest_scan

        file_url = self.file_url

        created_at = self.created_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "owner_id": owner_id,
            "owner_name": owner_name,
            "label": label,
            "source": source,
            "status": status,
            "watch_set_id": watch_set_id,
            "watch_set_name": watch_set_name,
            "ip_record_id": ip_record_id,
            "sha256": sha256,
            "width": width,
            "height": height,
            "new_matches": new_matches,
            "all_matches": all_matches,
            "latest_scan": latest_scan,
            "file_url": file_url,
            "created_at": created_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scan_read import ScanRead # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        owner_id = d.pop("owner_id")

        owner_name = d.pop("owner_name")

        label = d.pop("label")

        source = MonitoredSource(d.pop("source"))




        status = MonitoredStatus(d.pop("status"))




        def _parse_watch_set_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        watch_set_id = _parse_watch_set_id(d.pop("watch_set_id"))


        def _parse_watch_set_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        watch_set_name = _parse_watch_set_name(d.pop("watch_set_name"))


        def _parse_ip_record_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        ip_record_id = _parse_ip_record_id(d.pop("ip_record_id"))


        sha256 = d.pop("sha256")

        def _parse_width(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        width = _parse_width(d.pop("width"))


        def _parse_height(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        height = _parse_height(d.pop("height"))


        new_matches = d.pop("new_matches")

        all_matches = d.pop("all_matches")

        def _parse_latest_scan(data: object) -> None | ScanRead:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_scan_type_0 = ScanRead.from_dict(data)



                return latest_scan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScanRead, data)

        latest_scan = _parse_latest_scan(d.pop("latest_scan"))


        file_url = d.pop("file_url")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        monitored_image_read = cls(
            id=id,
            owner_id=owner_id,
            owner_name=owner_name,
            label=label,
            source=source,
            status=status,
            watch_set_id=watch_set_id,
            watch_set_name=watch_set_name,
            ip_record_id=ip_record_id,
            sha256=sha256,
            width=width,
            height=height,
            new_matches=new_matches,
            all_matches=all_matches,
            latest_scan=latest_scan,
            file_url=file_url,
            created_at=created_at,
        )


        monitored_image_read.additional_properties = d
        return monitored_image_read

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
