from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.diff_row import DiffRow





T = TypeVar("T", bound="DiffRead")



@_attrs_define
class DiffRead:
    """ 
        Attributes:
            specification_id (int):
            from_version (int):
            to_version (int):
            rows (list[DiffRow]):
     """

    specification_id: int
    from_version: int
    to_version: int
    rows: list[DiffRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.diff_row import DiffRow # noqa: PLC0415
        specification_id = self.specification_id

        from_version = self.from_version

        to_version = self.to_version

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "specification_id": specification_id,
            "from_version": from_version,
            "to_version": to_version,
            "rows": rows,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diff_row import DiffRow # noqa: PLC0415
        d = dict(src_dict)
        specification_id = d.pop("specification_id")

        from_version = d.pop("from_version")

        to_version = d.pop("to_version")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in (_rows):
            rows_item = DiffRow.from_dict(rows_item_data)



            rows.append(rows_item)


        diff_read = cls(
            specification_id=specification_id,
            from_version=from_version,
            to_version=to_version,
            rows=rows,
        )


        diff_read.additional_properties = d
        return diff_read

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
