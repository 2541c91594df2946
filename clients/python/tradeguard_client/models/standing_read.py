from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.standing_level import StandingLevel
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.dispute_record_read import DisputeRecordRead
  from ..models.sanction_entry_read import SanctionEntryRead





T = TypeVar("T", bound="StandingRead")



@_attrs_define
class StandingRead:
    """ 
        Attributes:
            organization_id (int):
            organization_name (str):
            at (datetime.datetime):
            level (StandingLevel):
            level_label (str):
            summary (str):
            points_in_force (int):
            strikes_in_force (int):
            restricted (bool):
            restricted_until (datetime.datetime | None):
            listings_hidden (bool):
            terminated (bool):
            terminated_at (datetime.datetime | None):
            next_expiry (datetime.datetime | None):
            entries (list[SanctionEntryRead] | None):
            record (DisputeRecordRead):
     """

    organization_id: int
    organization_name: str
    at: datetime.datetime
    level: StandingLevel
    level_label: str
    summary: str
    points_in_force: int
    strikes_in_force: int
    restricted: bool
    restricted_until: datetime.datetime | None
    listings_hidden: bool
    terminated: bool
    terminated_at: datetime.datetime | None
    next_expiry: datetime.datetime | None
    entries: list[SanctionEntryRead] | None
    record: DisputeRecordRead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dispute_record_read import DisputeRecordRead # noqa: PLC0415
        from ..models.sanction_entry_read import SanctionEntryRead # noqa: PLC0415
        organization_id = self.organization_id

        organization_name = self.organization_name

        at = self.at.isoformat()

        level = self.level.value

        level_label = self.level_label

        summary = self.summary

        points_in_force = self.points_in_force

        strikes_in_force = self.strikes_in_force

        restricted = self.restricted

        restricted_until: None | str
        if isinstance(self.restricted_until, datetime.datetime):
            restricted_until = self.restricted_until.isoformat()
        else:
            restricted_until = self.restricted_until

        listings_hidden = self.listings_hidden

        terminated = self.terminated

        terminated_at: None | str
        if isinstance(self.terminated_at, datetime.datetime):
            terminated_at = self.terminated_at.isoformat()
        else:
            terminated_at = self.terminated_at

        next_expiry: None | str
        if isinstance(self.next_expiry, datetime.datetime):
            next_expiry = self.next_expiry.isoformat()
        else:
            next_expiry = self.next_expiry

        entries: list[dict[str, Any]] | None
        if isinstance(self.entries, list):
            entries = []
            for entries_type_0_item_data in self.entries:
                entries_type_0_item = entries_type_0_item_data.to_dict()
                entries.append(entries_type_0_item)


        else:
            entries = self.entries

        record = self.record.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "organization_id": organization_id,
            "organization_name": organization_name,
            "at": at,
            "level": level,
            "level_label": level_label,
            "summary": summary,
            "points_in_force": points_in_force,
            "strikes_in_force": strikes_in_force,
            "restricted": restricted,
            "restricted_until": restricted_until,
            "listings_hidden": listings_hidden,
            "terminated": terminated,
            "terminated_at": terminated_at,
            "next_expiry": next_expiry,
            "entries": entries,
            "record": record,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dispute_record_read import DisputeRecordRead # noqa: PLC0415
        from ..models.sanction_entry_read import SanctionEntryRead # noqa: PLC0415
        d = dict(src_dict)
        organization_id = d.pop("organization_id")

        organization_name = d.pop("organization_name")

        at = datetime.datetime.fromisoformat(d.pop("at"))




        level = StandingLevel(d.pop("level"))




        level_label = d.pop("level_label")

        summary = d.pop("summary")

        points_in_force = d.pop("points_in_force")

        strikes_in_force = d.pop("strikes_in_force")

        restricted = d.pop("restricted")

        def _parse_restricted_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                restricted_until_type_0 = datetime.datetime.fromisoformat(data)



                return restricted_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        restricted_until = _parse_restricted_until(d.pop("restricted_until"))


        listings_hidden = d.pop("listings_hidden")

        terminated = d.pop("terminated")

        def _parse_terminated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                terminated_at_type_0 = datetime.datetime.fromisoformat(data)



                return terminated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        terminated_at = _parse_terminated_at(d.pop("terminated_at"))


        def _parse_next_expiry(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_expiry_type_0 = datetime.datetime.fromisoformat(data)



                return next_expiry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_expiry = _parse_next_expiry(d.pop("next_expiry"))


        def _parse_entries(data: object) -> list[SanctionEntryRead] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entries_type_0 = []
                _entries_type_0 = data
                for entries_type_0_item_data in (_entries_type_0):
                    entries_type_0_item = SanctionEntryRead.from_dict(entries_type_0_item_data)



                    entries_type_0.append(entries_type_0_item)

                return entries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SanctionEntryRead] | None, data)

        entries = _parse_entries(d.pop("entries"))


        record = DisputeRecordRead.from_dict(d.pop("record"))




        standing_read = cls(
            organization_id=organization_id,
            organization_name=organization_name,
            at=at,
            level=level,
            level_label=level_label,
            summary=summary,
            points_in_force=points_in_force,
            strikes_in_force=strikes_in_force,
            restricted=restricted,
            restricted_until=restricted_until,
            listings_hidden=listings_hidden,
            terminated=terminated,
            terminated_at=terminated_at,
            next_expiry=next_expiry,
            entries=entries,
            record=record,
        )


        standing_read.additional_properties = d
        return standing_read

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
