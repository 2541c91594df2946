from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.inspection_level import InspectionLevel






T = TypeVar("T", bound="QualitySettingsRead")



@_attrs_define
class QualitySettingsRead:
    """ 
        Attributes:
            level (InspectionLevel):
            aql_critical (str):
            aql_major (str):
            aql_minor (str):
            reduced_approved (bool):
     """

    level: InspectionLevel
    aql_critical: str
    aql_major: str
    aql_minor: str
    reduced_approved: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        level = self.level.value

        aql_critical = self.aql_critical

        aql_major = self.aql_major

        aql_minor = self.aql_minor

        reduced_approved = self.reduced_approved


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "level": level,
            "aql_critical": aql_critical,
            "aql_major": aql_major,
            "aql_minor": aql_minor,
            "reduced_approved": reduced_approved,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        level = InspectionLevel(d.pop("level"))




        aql_critical = d.pop("aql_critical")

        aql_major = d.pop("aql_major")

        aql_minor = d.pop("aql_minor")

        reduced_approved = d.pop("reduced_approved")

        quality_settings_read = cls(
            level=level,
            aql_critical=aql_critical,
            aql_major=aql_major,
            aql_minor=aql_minor,
            reduced_approved=reduced_approved,
        )


        quality_settings_read.additional_properties = d
        return quality_settings_read

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
