from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.requested_outcome import RequestedOutcome
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ProposalCreate")



@_attrs_define
class ProposalCreate:
    """ 
        Attributes:
            kind (RequestedOutcome):
            amount (float | None | str | Unset): Required for partial_refund: at most the covered amount
            note (str | Unset):  Default: ''.
     """

    kind: RequestedOutcome
    amount: float | None | str | Unset = UNSET
    note: str | Unset = ''
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        amount: float | None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        note = self.note


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
        })
        if amount is not UNSET:
            field_dict["amount"] = amount
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = RequestedOutcome(d.pop("kind"))




        def _parse_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))


        note = d.pop("note", UNSET)

        proposal_create = cls(
            kind=kind,
            amount=amount,
            note=note,
        )


        proposal_create.additional_properties = d
        return proposal_create

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
