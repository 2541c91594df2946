from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.standing_level import StandingLevel
from typing import cast
import datetime






T = TypeVar("T", bound="SanctionsData")



@_attrs_define
class SanctionsData:
    """ 
        Attributes:
            organization_id (int):
            level (StandingLevel):
            points_in_force (int):
            strikes_in_force (int):
            restricted_until (datetime.datetime | None):
            terminated (bool):
     """

    organization_id: int
    level: StandingLevel
    points_in_force: int
    strikes_in_force: int
    restricted_until: datetime.datetime | None
    terminated: bool





    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        level = self.level.value

        points_in_force = self.points_in_force

        strikes_in_force = self.strikes_in_force

        restricted_until: None | str
        if isinstance(self.restricted_until, datetime.datetime):
            restricted_until = self.restricted_until.isoformat()
        else:
            restricted_until = self.restricted_until

        terminated = self.terminated


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "organization_id": organization_id,
            "level": level,
            "points_in_force": points_in_force,
            "strikes_in_force": strikes_in_force,
            "restricted_until": restricted_until,
            "terminated": terminated,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_id = d.pop("organization_id")

        level = StandingLevel(d.pop("level"))




        points_in_force = d.pop("points_in_force")

        strikes_in_force = d.pop("strikes_in_force")

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


        terminated = d.pop("terminated")

        sanctions_data = cls(
            organization_id=organization_id,
            level=level,
            points_in_force=points_in_force,
            strikes_in_force=strikes_in_force,
            restricted_until=restricted_until,
            terminated=terminated,
        )

        return sanctions_data

