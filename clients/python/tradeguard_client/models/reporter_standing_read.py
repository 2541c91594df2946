from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ReporterStandingRead")



@_attrs_define
class ReporterStandingRead:
    """ 
        Attributes:
            organization_id (int):
            outcomes (int):
            success_rate (float | None):
            counter_rate (float | None):
            checked_at (datetime.datetime | None):
            good_faith (bool):
            good_faith_since (datetime.datetime | None):
            good_faith_blocked_until (datetime.datetime | None):
            warned_at (datetime.datetime | None):
            warning_reason (str):
            suspended_until (datetime.datetime | None):
            suspension_reason (str):
     """

    organization_id: int
    outcomes: int
    success_rate: float | None
    counter_rate: float | None
    checked_at: datetime.datetime | None
    good_faith: bool
    good_faith_since: datetime.datetime | None
    good_faith_blocked_until: datetime.datetime | None
    warned_at: datetime.datetime | None
    warning_reason: str
    suspended_until: datetime.datetime | None
    suspension_reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        outcomes = self.outcomes

        success_rate: float | None
        success_rate = self.success_rate

        counter_rate: float | None
        counter_rate = self.counter_rate

        checked_at: None | str
        if isinstance(self.checked_at, datetime.datetime):
            checked_at = self.checked_at.isoformat()
        else:
            checked_at = self.checked_at

        good_faith = self.good_faith

        good_faith_since: None | str
        if isinstance(self.good_faith_since, datetime.datetime):
            good_faith_since = self.good_faith_since.isoformat()
        else:
            good_faith_since = self.good_faith_since

        good_faith_blocked_until: None | str
        if isinstance(self.good_faith_blocked_until, datetime.datetime):
            good_faith_blocked_until = self.good_faith_blocked_until.isoformat()
        else:
            good_faith_blocked_until = self.good_faith_blocked_until

        warned_at: None | str
        if isinstance(self.warned_at, datetime.datetime):
            warned_at = self.warned_at.isoformat()
        else:
            warned_at = self.warned_at

        warning_reason = self.warning_reason

        suspended_until: None | str
        if isinstance(self.suspended_until, datetime.datetime):
            suspended_until = self.suspended_until.isoformat()
        else:
            suspended_until = self.suspended_until

        suspension_reason = self.suspension_reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "organization_id": organization_id,
            "outcomes": outcomes,
            "success_rate": success_rate,
            "counter_rate": counter_rate,
            "checked_at": checked_at,
            "good_faith": good_faith,
            "good_faith_since": good_faith_since,
            "good_faith_blocked_until": good_faith_blocked_until,
            "warned_at": warned_at,
            "warning_reason": warning_reason,
            "suspended_until": suspended_until,
            "suspension_reason": suspension_reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_id = d.pop("organization_id")

        outcomes = d.pop("outcomes")

        def _parse_success_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        success_rate = _parse_success_rate(d.pop("success_rate"))


        def _parse_counter_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        counter_rate = _parse_counter_rate(d.pop("counter_rate"))


        def _parse_checked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                checked_at_type_0 = datetime.datetime.fromisoformat(data)



                return checked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        checked_at = _parse_checked_at(d.pop("checked_at"))


        good_faith = d.pop("good_faith")

        def _parse_good_faith_since(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                good_faith_since_type_0 = datetime.datetime.fromisoformat(data)



                return good_faith_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        good_faith_since = _parse_good_faith_since(d.pop("good_faith_since"))


        def _parse_good_faith_blocked_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                good_faith_blocked_until_type_0 = datetime.datetime.fromisoformat(data)



                return good_faith_blocked_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        good_faith_blocked_until = _parse_good_faith_blocked_until(d.pop("good_faith_blocked_until"))


        def _parse_warned_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                warned_at_type_0 = datetime.datetime.fromisoformat(data)



                return warned_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        warned_at = _parse_warned_at(d.pop("warned_at"))


        warning_reason = d.pop("warning_reason")

        def _parse_suspended_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                suspended_until_type_0 = datetime.datetime.fromisoformat(data)



                return suspended_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        suspended_until = _parse_suspended_until(d.pop("suspended_until"))


        suspension_reason = d.pop("suspension_reason")

        reporter_standing_read = cls(
            organization_id=organization_id,
            outcomes=outcomes,
            success_rate=success_rate,
            counter_rate=counter_rate,
            checked_at=checked_at,
            good_faith=good_faith,
            good_faith_since=good_faith_since,
            good_faith_blocked_until=good_faith_blocked_until,
            warned_at=warned_at,
            warning_reason=warning_reason,
            suspended_until=suspended_until,
            suspension_reason=suspension_reason,
        )


        reporter_standing_read.additional_properties = d
        return reporter_standing_read

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
