from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.complaint_reason import ComplaintReason
from typing import cast
import datetime






T = TypeVar("T", bound="DraftRead")



@_attrs_define
class DraftRead:
    """ 
        Attributes:
            id (int):
            rights_holder_id (int):
            record_id (int | None):
            reason (ComplaintReason):
            listings (list[str]):
            explanation (str):
            source (str):
            complaint_id (int | None):
            created_at (datetime.datetime):
     """

    id: int
    rights_holder_id: int
    record_id: int | None
    reason: ComplaintReason
    listings: list[str]
    explanation: str
    source: str
    complaint_id: int | None
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        rights_holder_id = self.rights_holder_id

        record_id: int | None
        record_id = self.record_id

        reason = self.reason.value

        listings = self.listings



        explanation = self.explanation

        source = self.source

        complaint_id: int | None
        complaint_id = self.complaint_id

        created_at = self.created_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "rights_holder_id": rights_holder_id,
            "record_id": record_id,
            "reason": reason,
            "listings": listings,
            "explanation": explanation,
            "source": source,
            "complaint_id": complaint_id,
            "created_at": created_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        rights_holder_id = d.pop("rights_holder_id")

        def _parse_record_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        record_id = _parse_record_id(d.pop("record_id"))


        reason = ComplaintReason(d.pop("reason"))




        listings = cast(list[str], d.pop("listings"))


        explanation = d.pop("explanation")

        source = d.pop("source")

        def _parse_complaint_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        complaint_id = _parse_complaint_id(d.pop("complaint_id"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        draft_read = cls(
            id=id,
            rights_holder_id=rights_holder_id,
            record_id=record_id,
            reason=reason,
            listings=listings,
            explanation=explanation,
            source=source,
            complaint_id=complaint_id,
            created_at=created_at,
        )


        draft_read.additional_properties = d
        return draft_read

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
