from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.timeline_entry_new import TimelineEntryNew
  from ..models.timeline_entry_old import TimelineEntryOld
  from ..models.timeline_entry_params import TimelineEntryParams





T = TypeVar("T", bound="TimelineEntry")



@_attrs_define
class TimelineEntry:
    """ 
        Attributes:
            at (datetime.datetime):
            type_ (str):
            actor (str):
            old (TimelineEntryOld):
            new (TimelineEntryNew):
            params (TimelineEntryParams):
     """

    at: datetime.datetime
    type_: str
    actor: str
    old: TimelineEntryOld
    new: TimelineEntryNew
    params: TimelineEntryParams
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.timeline_entry_new import TimelineEntryNew # noqa: PLC0415
        from ..models.timeline_entry_old import TimelineEntryOld # noqa: PLC0415
        from ..models.timeline_entry_params import TimelineEntryParams # noqa: PLC0415
        at = self.at.isoformat()

        type_ = self.type_

        actor = self.actor

        old = self.old.to_dict()

        new = self.new.to_dict()

        params = self.params.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "at": at,
            "type": type_,
            "actor": actor,
            "old": old,
            "new": new,
            "params": params,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timeline_entry_new import TimelineEntryNew # noqa: PLC0415
        from ..models.timeline_entry_old import TimelineEntryOld # noqa: PLC0415
        from ..models.timeline_entry_params import TimelineEntryParams # noqa: PLC0415
        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))




        type_ = d.pop("type")

        actor = d.pop("actor")

        old = TimelineEntryOld.from_dict(d.pop("old"))




        new = TimelineEntryNew.from_dict(d.pop("new"))




        params = TimelineEntryParams.from_dict(d.pop("params"))




        timeline_entry = cls(
            at=at,
            type_=type_,
            actor=actor,
            old=old,
            new=new,
            params=params,
        )


        timeline_entry.additional_properties = d
        return timeline_entry

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
