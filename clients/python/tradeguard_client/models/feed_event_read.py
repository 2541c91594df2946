from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.feed_event_read_new import FeedEventReadNew
  from ..models.feed_event_read_old import FeedEventReadOld
  from ..models.feed_event_read_params import FeedEventReadParams





T = TypeVar("T", bound="FeedEventRead")



@_attrs_define
class FeedEventRead:
    """ One entry of an aggregate's append-only history.

        Attributes:
            id (int):
            aggregate (str):
            aggregate_id (int):
            type_ (str):
            actor (str): Who did it: an email, or `system` for deadlines
            old (FeedEventReadOld):
            new (FeedEventReadNew):
            params (FeedEventReadParams):
            created_at (datetime.datetime):
     """

    id: int
    aggregate: str
    aggregate_id: int
    type_: str
    actor: str
    old: FeedEventReadOld
    new: FeedEventReadNew
    params: FeedEventReadParams
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.feed_event_read_new import FeedEventReadNew # noqa: PLC0415
        from ..models.feed_event_read_old import FeedEventReadOld # noqa: PLC0415
        from ..models.feed_event_read_params import FeedEventReadParams # noqa: PLC0415
        id = self.id

        aggregate = self.aggregate

        aggregate_id = self.aggregate_id

        type_ = self.type_

        actor = self.actor

        old = self.old.to_dict()

        new = self.new.to_dict()

        params = self.params.to_dict()

        created_at = self.created_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "aggregate": aggregate,
            "aggregate_id": aggregate_id,
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
        from ..models.feed_event_read_new import FeedEventReadNew # noqa: PLC0415
        from ..models.feed_event_read_old import FeedEventReadOld # noqa: PLC0415
        from ..models.feed_event_read_params import FeedEventReadParams # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        aggregate = d.pop("aggregate")

        aggregate_id = d.pop("aggregate_id")

        type_ = d.pop("type")

        actor = d.pop("actor")

        old = FeedEventReadOld.from_dict(d.pop("old"))




        new = FeedEventReadNew.from_dict(d.pop("new"))




        params = FeedEventReadParams.from_dict(d.pop("params"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        feed_event_read = cls(
            id=id,
            aggregate=aggregate,
            aggregate_id=aggregate_id,
            type_=type_,
            actor=actor,
            old=old,
            new=new,
            params=params,
            created_at=created_at,
        )


        feed_event_read.additional_properties = d
        return feed_event_read

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
