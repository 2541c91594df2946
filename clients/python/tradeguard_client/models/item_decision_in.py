from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="ItemDecisionIn")



@_attrs_define
class ItemDecisionIn:
    """ 
        Attributes:
            uphold (bool):
            reason (str):
            manifestly_unfounded (bool | Unset):  Default: False.
     """

    uphold: bool
    reason: str
    manifestly_unfounded: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        uphold = self.uphold

        reason = self.reason

        manifestly_unfounded = self.manifestly_unfounded


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "uphold": uphold,
            "reason": reason,
        })
        if manifestly_unfounded is not UNSET:
            field_dict["manifestly_unfounded"] = manifestly_unfounded

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uphold = d.pop("uphold")

        reason = d.pop("reason")

        manifestly_unfounded = d.pop("manifestly_unfounded", UNSET)

        item_decision_in = cls(
            uphold=uphold,
            reason=reason,
            manifestly_unfounded=manifestly_unfounded,
        )


        item_decision_in.additional_properties = d
        return item_decision_in

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
