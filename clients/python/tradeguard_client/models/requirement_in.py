from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.requirement_source import RequirementSource
from ..types import UNSET, Unset






T = TypeVar("T", bound="RequirementIn")



@_attrs_define
class RequirementIn:
    """ 
        Attributes:
            source (RequirementSource):
            reference (str): Where it is written: 'Clause 4.2', 'Drawing M-12 rev B', or the listing attribute's name
            text (str | Unset): The requirement's text as written (filled from the listing for listing_attribute) Default:
                ''.
     """

    source: RequirementSource
    reference: str
    text: str | Unset = ''
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        source = self.source.value

        reference = self.reference

        text = self.text


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "source": source,
            "reference": reference,
        })
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = RequirementSource(d.pop("source"))




        reference = d.pop("reference")

        text = d.pop("text", UNSET)

        requirement_in = cls(
            source=source,
            reference=reference,
            text=text,
        )


        requirement_in.additional_properties = d
        return requirement_in

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
