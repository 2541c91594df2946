from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.sanction_kind import SanctionKind
from typing import cast
import datetime






T = TypeVar("T", bound="SanctionEntryRead")



@_attrs_define
class SanctionEntryRead:
    """ 
        Attributes:
            id (int):
            kind (SanctionKind):
            points (int):
            reason (str):
            source_type (str):
            source_id (int):
            created_at (datetime.datetime):
            expires_at (datetime.datetime):
     """

    id: int
    kind: SanctionKind
    points: int
    reason: str
    source_type: str
    source_id: int
    created_at: datetime.datetime
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind.value

        points = self.points

        reason = self.reason

        source_type = self.source_type

        source_id = self.source_id

        created_at = self.created_at.isoformat()

        expires_at = self.expires_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "kind": kind,
            "points": points,
            "reason": reason,
            "source_type": source_type,
            "source_id": source_id,
            "created_at": created_at,
            "expires_at": expires_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        kind = SanctionKind(d.pop("kind"))




        points = d.pop("points")

        reason = d.pop("reason")

        source_type = d.pop("source_type")

        source_id = d.pop("source_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))




        sanction_entry_read = cls(
            id=id,
            kind=kind,
            points=points,
            reason=reason,
            source_type=source_type,
            source_id=source_id,
            created_at=created_at,
            expires_at=expires_at,
        )


        sanction_entry_read.additional_properties = d
        return sanction_entry_read

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
