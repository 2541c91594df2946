from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="FindingIn")



@_attrs_define
class FindingIn:
    """ 
        Attributes:
            text (str):
            evidence_ids (list[int] | Unset):
            requirement_id (int | None | Unset):
            requirement_text (str | Unset):  Default: ''.
     """

    text: str
    evidence_ids: list[int] | Unset = UNSET
    requirement_id: int | None | Unset = UNSET
    requirement_text: str | Unset = ''
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        text = self.text

        evidence_ids: list[int] | Unset = UNSET
        if not isinstance(self.evidence_ids, Unset):
            evidence_ids = self.evidence_ids



        requirement_id: int | None | Unset
        if isinstance(self.requirement_id, Unset):
            requirement_id = UNSET
        else:
            requirement_id = self.requirement_id

        requirement_text = self.requirement_text


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "text": text,
        })
        if evidence_ids is not UNSET:
            field_dict["evidence_ids"] = evidence_ids
        if requirement_id is not UNSET:
            field_dict["requirement_id"] = requirement_id
        if requirement_text is not UNSET:
            field_dict["requirement_text"] = requirement_text

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        evidence_ids = cast(list[int], d.pop("evidence_ids", UNSET))


        def _parse_requirement_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        requirement_id = _parse_requirement_id(d.pop("requirement_id", UNSET))


        requirement_text = d.pop("requirement_text", UNSET)

        finding_in = cls(
            text=text,
            evidence_ids=evidence_ids,
            requirement_id=requirement_id,
            requirement_text=requirement_text,
        )


        finding_in.additional_properties = d
        return finding_in

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
