from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.spec_version_create_clauses_item import SpecVersionCreateClausesItem





T = TypeVar("T", bound="SpecVersionCreate")



@_attrs_define
class SpecVersionCreate:
    """ 
        Attributes:
            clauses (list[SpecVersionCreateClausesItem]):
            notes (str | Unset):  Default: ''.
     """

    clauses: list[SpecVersionCreateClausesItem]
    notes: str | Unset = ''
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.spec_version_create_clauses_item import SpecVersionCreateClausesItem # noqa: PLC0415
        clauses = []
        for clauses_item_data in self.clauses:
            clauses_item = clauses_item_data.to_dict()
            clauses.append(clauses_item)



        notes = self.notes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "clauses": clauses,
        })
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.spec_version_create_clauses_item import SpecVersionCreateClausesItem # noqa: PLC0415
        d = dict(src_dict)
        clauses = []
        _clauses = d.pop("clauses")
        for clauses_item_data in (_clauses):
            clauses_item = SpecVersionCreateClausesItem.from_dict(clauses_item_data)



            clauses.append(clauses_item)


        notes = d.pop("notes", UNSET)

        spec_version_create = cls(
            clauses=clauses,
            notes=notes,
        )


        spec_version_create.additional_properties = d
        return spec_version_create

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
