from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="WindowRead")



@_attrs_define
class WindowRead:
    """ 
        Attributes:
            opens_at (datetime.datetime):
            closes_at (datetime.datetime):
            basis (str):
     """

    opens_at: datetime.datetime
    closes_at: datetime.datetime
    basis: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        opens_at = self.opens_at.isoformat()

        closes_at = self.closes_at.isoformat()

        basis = self.basis


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "opens_at": opens_at,
            "closes_at": closes_at,
            "basis": basis,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        opens_at = datetime.datetime.fromisoformat(d.pop("opens_at"))




        closes_at = datetime.datetime.fromisoformat(d.pop("closes_at"))




        basis = d.pop("basis")

        window_read = cls(
            opens_at=opens_at,
            closes_at=closes_at,
            basis=basis,
        )


        window_read.additional_properties = d
        return window_read

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
