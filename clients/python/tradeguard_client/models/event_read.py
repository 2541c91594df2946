from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.event_read_new import EventReadNew
  from ..models.event_read_old import EventReadOld
  from ..models.event_read_params import EventReadParams





T = TypeVar("T", bound="EventRead")



@_attrs_define
class EventRead:
    """ 
        Attributes:
            type_ (str):
            actor (str):
            old (EventReadOld):
            new (EventReadNew):
            params (EventReadParams):
            created_at (datetime.datetime):
     """

    type_: str
    actor: str
    old: EventReadOld
    new: EventReadNew
    params: EventReadParams
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.event_read_new import EventReadNew # noqa: PLC0415
        from ..models.event_read_old import EventReadOld # noqa: PLC0415
        from ..models.event_read_params import EventReadParams # noqa: PLC0415
        type_ = self.type_

        actor = self.actor

        old = self.old.to_dict()

        new = self.new.to_dict()

        params = self.params.to_dict()

        created_at = self.created_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "type": type_,
            "actor": actor,
            "old": old,
            "new": new,
            "params": params,
            "created_at": created_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_read_new import EventReadNew # noqa: PLC0415
        from ..models.event_read_old import EventReadOld # noqa: PLC0415
        from ..models.event_read_params import EventReadParams # noqa: PLC0415
        d = dict(src_dict)
        type_ = d.pop("type")

        actor = d.pop("actor")

        old = EventReadOld.from_dict(d.pop("old"))




        new = EventReadNew.from_dict(d.pop("new"))




        params = EventReadParams.from_dict(d.pop("params"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        event_read = cls(
            type_=type_,
            actor=actor,
            old=old,
            new=new,
            params=params,
            created_at=created_at,
        )


        event_read.additional_properties = d
        return event_read

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
