from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.diff_row_new_type_0 import DiffRowNewType0
  from ..models.diff_row_old_type_0 import DiffRowOldType0





T = TypeVar("T", bound="DiffRow")



@_attrs_define
class DiffRow:
    """ 
        Attributes:
            clause_id (str):
            change (str):
            fields (list[str]):
            old (DiffRowOldType0 | None):
            new (DiffRowNewType0 | None):
     """

    clause_id: str
    change: str
    fields: list[str]
    old: DiffRowOldType0 | None
    new: DiffRowNewType0 | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.diff_row_new_type_0 import DiffRowNewType0 # noqa: PLC0415
        from ..models.diff_row_old_type_0 import DiffRowOldType0 # noqa: PLC0415
        clause_id = self.clause_id

        change = self.change

        fields = self.fields



        old: dict[str, Any] | None
        if isinstance(self.old, DiffRowOldType0):
            old = self.old.to_dict()
        else:
            old = self.old

        new: dict[str, Any] | None
        if isinstance(self.new, DiffRowNewType0):
            new = self.new.to_dict()
        else:
            new = self.new


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "clause_id": clause_id,
            "change": change,
            "fields": fields,
            "old": old,
            "new": new,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diff_row_new_type_0 import DiffRowNewType0 # noqa: PLC0415
        from ..models.diff_row_old_type_0 import DiffRowOldType0 # noqa: PLC0415
        d = dict(src_dict)
        clause_id = d.pop("clause_id")

        change = d.pop("change")

        fields = cast(list[str], d.pop("fields"))


        def _parse_old(data: object) -> DiffRowOldType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                old_type_0 = DiffRowOldType0.from_dict(data)



                return old_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DiffRowOldType0 | None, data)

        old = _parse_old(d.pop("old"))


        def _parse_new(data: object) -> DiffRowNewType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                new_type_0 = DiffRowNewType0.from_dict(data)



                return new_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DiffRowNewType0 | None, data)

        new = _parse_new(d.pop("new"))


        diff_row = cls(
            clause_id=clause_id,
            change=change,
            fields=fields,
            old=old,
            new=new,
        )


        diff_row.additional_properties = d
        return diff_row

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
