from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.inspection_level import InspectionLevel
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="QualitySettingsUpdate")



@_attrs_define
class QualitySettingsUpdate:
    """ 
        Attributes:
            level (InspectionLevel | None | Unset):
            aql_critical (None | str | Unset): Blank or 0: none allowed.
            aql_major (None | str | Unset):
            aql_minor (None | str | Unset):
            reduced_approved (bool | None | Unset):
     """

    level: InspectionLevel | None | Unset = UNSET
    aql_critical: None | str | Unset = UNSET
    aql_major: None | str | Unset = UNSET
    aql_minor: None | str | Unset = UNSET
    reduced_approved: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        level: None | str | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        elif isinstance(self.level, InspectionLevel):
            level = self.level.value
        else:
            level = self.level

        aql_critical: None | str | Unset
        if isinstance(self.aql_critical, Unset):
            aql_critical = UNSET
        else:
            aql_critical = self.aql_critical

        aql_major: None | str | Unset
        if isinstance(self.aql_major, Unset):
            aql_major = UNSET
        else:
            aql_major = self.aql_major

        aql_minor: None | str | Unset
        if isinstance(self.aql_minor, Unset):
            aql_minor = UNSET
        else:
            aql_minor = self.aql_minor

        reduced_approved: bool | None | Unset
        if isinstance(self.reduced_approved, Unset):
            reduced_approved = UNSET
        else:
            reduced_approved = self.reduced_approved


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if level is not UNSET:
            field_dict["level"] = level
        if aql_critical is not UNSET:
            field_dict["aql_critical"] = aql_critical
        if aql_major is not UNSET:
            field_dict["aql_major"] = aql_major
        if aql_minor is not UNSET:
            field_dict["aql_minor"] = aql_minor
        if reduced_approved is not UNSET:
            field_dict["reduced_approved"] = reduced_approved

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_level(data: object) -> InspectionLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                level_type_0 = InspectionLevel(data)



                return level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InspectionLevel | None | Unset, data)

        level = _parse_level(d.pop("level", UNSET))


        def _parse_aql_critical(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aql_critical = _parse_aql_critical(d.pop("aql_critical", UNSET))


        def _parse_aql_major(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aql_major = _parse_aql_major(d.pop("aql_major", UNSET))


        def _parse_aql_minor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aql_minor = _parse_aql_minor(d.pop("aql_minor", UNSET))


        def _parse_reduced_approved(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        reduced_approved = _parse_reduced_approved(d.pop("reduced_approved", UNSET))


        quality_settings_update = cls(
            level=level,
            aql_critical=aql_critical,
            aql_major=aql_major,
            aql_minor=aql_minor,
            reduced_approved=reduced_approved,
        )


        quality_settings_update.additional_properties = d
        return quality_settings_update

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
