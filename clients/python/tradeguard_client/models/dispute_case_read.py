from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="DisputeCaseRead")



@_attrs_define
class DisputeCaseRead:
    """ 
        Attributes:
            dispute_id (int):
            reason (str):
            status (str):
            outcome (str):
            award_status (str):
            opened_at (datetime.datetime):
            decided_at (datetime.datetime | None):
     """

    dispute_id: int
    reason: str
    status: str
    outcome: str
    award_status: str
    opened_at: datetime.datetime
    decided_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        dispute_id = self.dispute_id

        reason = self.reason

        status = self.status

        outcome = self.outcome

        award_status = self.award_status

        opened_at = self.opened_at.isoformat()

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "dispute_id": dispute_id,
            "reason": reason,
            "status": status,
            "outcome": outcome,
            "award_status": award_status,
            "opened_at": opened_at,
            "decided_at": decided_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dispute_id = d.pop("dispute_id")

        reason = d.pop("reason")

        status = d.pop("status")

        outcome = d.pop("outcome")

        award_status = d.pop("award_status")

        opened_at = datetime.datetime.fromisoformat(d.pop("opened_at"))




        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)



                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))


        dispute_case_read = cls(
            dispute_id=dispute_id,
            reason=reason,
            status=status,
            outcome=outcome,
            award_status=award_status,
            opened_at=opened_at,
            decided_at=decided_at,
        )


        dispute_case_read.additional_properties = d
        return dispute_case_read

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
