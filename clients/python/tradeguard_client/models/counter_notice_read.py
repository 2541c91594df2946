from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CounterNoticeRead")



@_attrs_define
class CounterNoticeRead:
    """ 
        Attributes:
            explanation (str):
            signature_name (str):
            signed_at (datetime.datetime):
            listing_was_removed (bool):
            documents (int):
     """

    explanation: str
    signature_name: str
    signed_at: datetime.datetime
    listing_was_removed: bool
    documents: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        explanation = self.explanation

        signature_name = self.signature_name

        signed_at = self.signed_at.isoformat()

        listing_was_removed = self.listing_was_removed

        documents = self.documents


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "explanation": explanation,
            "signature_name": signature_name,
            "signed_at": signed_at,
            "listing_was_removed": listing_was_removed,
            "documents": documents,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        explanation = d.pop("explanation")

        signature_name = d.pop("signature_name")

        signed_at = datetime.datetime.fromisoformat(d.pop("signed_at"))




        listing_was_removed = d.pop("listing_was_removed")

        documents = d.pop("documents")

        counter_notice_read = cls(
            explanation=explanation,
            signature_name=signature_name,
            signed_at=signed_at,
            listing_was_removed=listing_was_removed,
            documents=documents,
        )


        counter_notice_read.additional_properties = d
        return counter_notice_read

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
