from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.next_step_read_party_type_0 import NextStepReadPartyType0
from typing import cast
import datetime






T = TypeVar("T", bound="NextStepRead")



@_attrs_define
class NextStepRead:
    """ 
        Attributes:
            party (NextStepReadPartyType0 | None): Whose move it is (null: nobody's)
            text (str):
            due (datetime.date | datetime.datetime | None):
     """

    party: NextStepReadPartyType0 | None
    text: str
    due: datetime.date | datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        party: None | str
        if isinstance(self.party, NextStepReadPartyType0):
            party = self.party.value
        else:
            party = self.party

        text = self.text

        due: None | str
        if isinstance(self.due, datetime.date):
            due = self.due.isoformat()
        elif isinstance(self.due, datetime.datetime):
            due = self.due.isoformat()
        else:
            due = self.due


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "party": party,
            "text": text,
            "due": due,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_party(data: object) -> NextStepReadPartyType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                party_type_0 = NextStepReadPartyType0(data)



                return party_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NextStepReadPartyType0 | None, data)

        party = _parse_party(d.pop("party"))


        text = d.pop("text")

        def _parse_due(data: object) -> datetime.date | datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_type_0 = datetime.date.fromisoformat(data)



                return due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_type_1 = datetime.datetime.fromisoformat(data)



                return due_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | datetime.datetime | None, data)

        due = _parse_due(d.pop("due"))


        next_step_read = cls(
            party=party,
            text=text,
            due=due,
        )


        next_step_read.additional_properties = d
        return next_step_read

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
