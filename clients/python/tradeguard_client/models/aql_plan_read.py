from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.inspection_severity import InspectionSeverity






T = TypeVar("T", bound="AqlPlanRead")



@_attrs_define
class AqlPlanRead:
    """ 
        Attributes:
            code_letter (str):
            sample_size (int):
            accept (int):
            reject (int):
            inspection (InspectionSeverity): Which table of ISO 2859-1 applies (normal 2-A, tightened 2-B, reduced 2-C).
            lot_size (int):
            hundred_percent (bool):
     """

    code_letter: str
    sample_size: int
    accept: int
    reject: int
    inspection: InspectionSeverity
    lot_size: int
    hundred_percent: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code_letter = self.code_letter

        sample_size = self.sample_size

        accept = self.accept

        reject = self.reject

        inspection = self.inspection.value

        lot_size = self.lot_size

        hundred_percent = self.hundred_percent


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code_letter": code_letter,
            "sample_size": sample_size,
            "accept": accept,
            "reject": reject,
            "inspection": inspection,
            "lot_size": lot_size,
            "hundred_percent": hundred_percent,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code_letter = d.pop("code_letter")

        sample_size = d.pop("sample_size")

        accept = d.pop("accept")

        reject = d.pop("reject")

        inspection = InspectionSeverity(d.pop("inspection"))




        lot_size = d.pop("lot_size")

        hundred_percent = d.pop("hundred_percent")

        aql_plan_read = cls(
            code_letter=code_letter,
            sample_size=sample_size,
            accept=accept,
            reject=reject,
            inspection=inspection,
            lot_size=lot_size,
            hundred_percent=hundred_percent,
        )


        aql_plan_read.additional_properties = d
        return aql_plan_read

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
