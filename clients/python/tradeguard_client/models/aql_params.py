from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.aql_params_inspection import AqlParamsInspection
  from ..models.aql_params_level import AqlParamsLevel





T = TypeVar("T", bound="AqlParams")



@_attrs_define
class AqlParams:
    """ 
        Attributes:
            lot_size (str): Units in the lot (>= 1).
            aql (str): 0.065, 0.10, 0.15, 0.25, 0.40, 0.65, 1.0, 1.5, 2.5, 4.0, 6.5 or 10.
            level (AqlParamsLevel | Unset): Inspection level
            inspection (AqlParamsInspection | Unset): Which table applies
     """

    lot_size: str
    aql: str
    level: AqlParamsLevel | Unset = UNSET
    inspection: AqlParamsInspection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.aql_params_inspection import AqlParamsInspection # noqa: PLC0415
        from ..models.aql_params_level import AqlParamsLevel # noqa: PLC0415
        lot_size = self.lot_size

        aql = self.aql

        level: dict[str, Any] | Unset = UNSET
        if not isinstance(self.level, Unset):
            level = self.level.to_dict()

        inspection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inspection, Unset):
            inspection = self.inspection.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "lot_size": lot_size,
            "aql": aql,
        })
        if level is not UNSET:
            field_dict["level"] = level
        if inspection is not UNSET:
            field_dict["inspection"] = inspection

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aql_params_inspection import AqlParamsInspection # noqa: PLC0415
        from ..models.aql_params_level import AqlParamsLevel # noqa: PLC0415
        d = dict(src_dict)
        lot_size = d.pop("lot_size")

        aql = d.pop("aql")

        _level = d.pop("level", UNSET)
        level: AqlParamsLevel | Unset
        if isinstance(_level,  Unset):
            level = UNSET
        else:
            level = AqlParamsLevel.from_dict(_level)




        _inspection = d.pop("inspection", UNSET)
        inspection: AqlParamsInspection | Unset
        if isinstance(_inspection,  Unset):
            inspection = UNSET
        else:
            inspection = AqlParamsInspection.from_dict(_inspection)




        aql_params = cls(
            lot_size=lot_size,
            aql=aql,
            level=level,
            inspection=inspection,
        )


        aql_params.additional_properties = d
        return aql_params

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
