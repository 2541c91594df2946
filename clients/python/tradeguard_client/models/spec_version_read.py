from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.clause_read import ClauseRead





T = TypeVar("T", bound="SpecVersionRead")



@_attrs_define
class SpecVersionRead:
    """ 
        Attributes:
            id (int):
            specification_id (int):
            number (int):
            notes (str):
            sha256 (str):
            created_at (datetime.datetime):
            created_by (str):
            clauses (list[ClauseRead]):
     """

    id: int
    specification_id: int
    number: int
    notes: str
    sha256: str
    created_at: datetime.datetime
    created_by: str
    clauses: list[ClauseRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.clause_read import ClauseRead # noqa: PLC0415
        id = self.id

        specification_id = self.specification_id

        number = self.number

        notes = self.notes

        sha256 = self.sha256

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        clauses = []
        for clauses_item_data in self.clauses:
            clauses_item = clauses_item_data.to_dict()
            clauses.append(clauses_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "specification_id": specification_id,
            "number": number,
            "notes": notes,
            "sha256": sha256,
            "created_at": created_at,
            "created_by": created_by,
            "clauses": clauses,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clause_read import ClauseRead # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        specification_id = d.pop("specification_id")

        number = d.pop("number")

        notes = d.pop("notes")

        sha256 = d.pop("sha256")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        created_by = d.pop("created_by")

        clauses = []
        _clauses = d.pop("clauses")
        for clauses_item_data in (_clauses):
            clauses_item = ClauseRead.from_dict(clauses_item_data)



            clauses.append(clauses_item)


        spec_version_read = cls(
            id=id,
            specification_id=specification_id,
            number=number,
            notes=notes,
            sha256=sha256,
            created_at=created_at,
            created_by=created_by,
            clauses=clauses,
        )


        spec_version_read.additional_properties = d
        return spec_version_read

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
