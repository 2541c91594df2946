from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="GroupDecisionIn")



@_attrs_define
class GroupDecisionIn:
    """ `match_ids` selects listings of the group; omitted = every match to review.

        Attributes:
            match_ids (list[int] | None | Unset):
            note (str | Unset):  Default: ''.
     """

    match_ids: list[int] | None | Unset = UNSET
    note: str | Unset = ''
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        match_ids: list[int] | None | Unset
        if isinstance(self.match_ids, Unset):
            match_ids = UNSET
        elif isinstance(self.match_ids, list):
            match_ids = self.match_ids


        else:
            match_ids = self.match_ids

        note = self.note


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if match_ids is not UNSET:
            field_dict["match_ids"] = match_ids
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_match_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                match_ids_type_0 = cast(list[int], data)

                return match_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        match_ids = _parse_match_ids(d.pop("match_ids", UNSET))


        note = d.pop("note", UNSET)

        group_decision_in = cls(
            match_ids=match_ids,
            note=note,
        )


        group_decision_in.additional_properties = d
        return group_decision_in

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
