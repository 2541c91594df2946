from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.record_kind import RecordKind
from typing import cast
import datetime






T = TypeVar("T", bound="RecordBrief")



@_attrs_define
class RecordBrief:
    """ 
        Attributes:
            id (int):
            kind (RecordKind):
            title (str):
            registration_number (str):
            jurisdiction (str):
            valid_until (datetime.date | None):
     """

    id: int
    kind: RecordKind
    title: str
    registration_number: str
    jurisdiction: str
    valid_until: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind.value

        title = self.title

        registration_number = self.registration_number

        jurisdiction = self.jurisdiction

        valid_until: None | str
        if isinstance(self.valid_until, datetime.date):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "kind": kind,
            "title": title,
            "registration_number": registration_number,
            "jurisdiction": jurisdiction,
            "valid_until": valid_until,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        kind = RecordKind(d.pop("kind"))




        title = d.pop("title")

        registration_number = d.pop("registration_number")

        jurisdiction = d.pop("jurisdiction")

        def _parse_valid_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = datetime.date.fromisoformat(data)



                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        valid_until = _parse_valid_until(d.pop("valid_until"))


        record_brief = cls(
            id=id,
            kind=kind,
            title=title,
            registration_number=registration_number,
            jurisdiction=jurisdiction,
            valid_until=valid_until,
        )


        record_brief.additional_properties = d
        return record_brief

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
