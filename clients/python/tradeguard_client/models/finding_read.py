from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="FindingRead")



@_attrs_define
class FindingRead:
    """ 
        Attributes:
            position (int):
            text (str):
            requirement_id (int | None):
            requirement_text (str):
            evidence_ids (list[int]):
     """

    position: int
    text: str
    requirement_id: int | None
    requirement_text: str
    evidence_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        position = self.position

        text = self.text

        requirement_id: int | None
        requirement_id = self.requirement_id

        requirement_text = self.requirement_text

        evidence_ids = self.evidence_ids




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "position": position,
            "text": text,
            "requirement_id": requirement_id,
            "requirement_text": requirement_text,
            "evidence_ids": evidence_ids,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        position = d.pop("position")

        text = d.pop("text")

        def _parse_requirement_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        requirement_id = _parse_requirement_id(d.pop("requirement_id"))


        requirement_text = d.pop("requirement_text")

        evidence_ids = cast(list[int], d.pop("evidence_ids"))


        finding_read = cls(
            position=position,
            text=text,
            requirement_id=requirement_id,
            requirement_text=requirement_text,
            evidence_ids=evidence_ids,
        )


        finding_read.additional_properties = d
        return finding_read

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
