from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ChecklistItemRead")



@_attrs_define
class ChecklistItemRead:
    """ 
        Attributes:
            key (str):
            label (str):
            required (bool):
            types (list[str]):
            done (bool | Unset):  Default: False.
            drafted (bool | Unset):  Default: False.
     """

    key: str
    label: str
    required: bool
    types: list[str]
    done: bool | Unset = False
    drafted: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        required = self.required

        types = self.types



        done = self.done

        drafted = self.drafted


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "key": key,
            "label": label,
            "required": required,
            "types": types,
        })
        if done is not UNSET:
            field_dict["done"] = done
        if drafted is not UNSET:
            field_dict["drafted"] = drafted

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        label = d.pop("label")

        required = d.pop("required")

        types = cast(list[str], d.pop("types"))


        done = d.pop("done", UNSET)

        drafted = d.pop("drafted", UNSET)

        checklist_item_read = cls(
            key=key,
            label=label,
            required=required,
            types=types,
            done=done,
            drafted=drafted,
        )


        checklist_item_read.additional_properties = d
        return checklist_item_read

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
