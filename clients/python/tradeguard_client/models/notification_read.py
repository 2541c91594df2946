from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="NotificationRead")



@_attrs_define
class NotificationRead:
    """ 
        Attributes:
            id (int):
            kind (str):
            subject (str): In the asker's language.
            body (str): Plain text in the asker's language; links inside it are absolute URLs.
            link (str):
            topic (str): What it is about, e.g. "disputes.dispute"; "" for none.
            topic_id (int | None):
            created_at (datetime.datetime):
            read_at (datetime.datetime | None):
     """

    id: int
    kind: str
    subject: str
    body: str
    link: str
    topic: str
    topic_id: int | None
    created_at: datetime.datetime
    read_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind

        subject = self.subject

        body = self.body

        link = self.link

        topic = self.topic

        topic_id: int | None
        topic_id = self.topic_id

        created_at = self.created_at.isoformat()

        read_at: None | str
        if isinstance(self.read_at, datetime.datetime):
            read_at = self.read_at.isoformat()
        else:
            read_at = self.read_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "kind": kind,
            "subject": subject,
            "body": body,
            "link": link,
            "topic": topic,
            "topic_id": topic_id,
            "created_at": created_at,
            "read_at": read_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        kind = d.pop("kind")

        subject = d.pop("subject")

        body = d.pop("body")

        link = d.pop("link")

        topic = d.pop("topic")

        def _parse_topic_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        topic_id = _parse_topic_id(d.pop("topic_id"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_read_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                read_at_type_0 = datetime.datetime.fromisoformat(data)



                return read_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        read_at = _parse_read_at(d.pop("read_at"))


        notification_read = cls(
            id=id,
            kind=kind,
            subject=subject,
            body=body,
            link=link,
            topic=topic,
            topic_id=topic_id,
            created_at=created_at,
            read_at=read_at,
        )


        notification_read.additional_properties = d
        return notification_read

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
