from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.scan_status import ScanStatus
from typing import cast
import datetime






T = TypeVar("T", bound="ScanRead")



@_attrs_define
class ScanRead:
    """ 
        Attributes:
            id (int):
            monitored_image_id (int):
            status (ScanStatus):
            total (int):
            done (int):
            found (int):
            percent (int):
            started_at (datetime.datetime | None):
            finished_at (datetime.datetime | None):
            error (str):
     """

    id: int
    monitored_image_id: int
    status: ScanStatus
    total: int
    done: int
    found: int
    percent: int
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    error: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        monitored_image_id = self.monitored_image_id

        status = self.status.value

        total = self.total

        done = self.done

        found = self.found

        percent = self.percent

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        error = self.error


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "monitored_image_id": monitored_image_id,
            "status": status,
            "total": total,
            "done": done,
            "found": found,
            "percent": percent,
            "started_at": started_at,
            "finished_at": finished_at,
            "error": error,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        monitored_image_id = d.pop("monitored_image_id")

        status = ScanStatus(d.pop("status"))




        total = d.pop("total")

        done = d.pop("done")

        found = d.pop("found")

        percent = d.pop("percent")

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)



                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))


        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)



                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))


        error = d.pop("error")

        scan_read = cls(
            id=id,
            monitored_image_id=monitored_image_id,
            status=status,
            total=total,
            done=done,
            found=found,
            percent=percent,
            started_at=started_at,
            finished_at=finished_at,
            error=error,
        )


        scan_read.additional_properties = d
        return scan_read

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
