from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="DisputeRecommendationRead")



@_attrs_define
class DisputeRecommendationRead:
    """ A recommended outcome from the signed inspection evidence, with its arithmetic.
    Never applied: only an officer's decision decides the case.

        Attributes:
            outcome (str): full_refund_or_return, partial_refund, no_refund or insufficient_evidence
            amount (str):
            currency (str):
            explanation (str):
            arithmetic (list[str]):
            suggested_outcome (None | str): The decision outcome the officer's form is pre-filled with (or null)
            suggested_refund_amount (None | str): The refund the form is pre-filled with, at most the covered amount
            note (str | Unset):  Default: ''.
     """

    outcome: str
    amount: str
    currency: str
    explanation: str
    arithmetic: list[str]
    suggested_outcome: None | str
    suggested_refund_amount: None | str
    note: str | Unset = ''
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome

        amount = self.amount

        currency = self.currency

        explanation = self.explanation

        arithmetic = self.arithmetic



        suggested_outcome: None | str
        suggested_outcome = self.suggested_outcome

        suggested_refund_amount: None | str
        suggested_refund_amount = self.suggested_refund_amount

        note = self.note


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "outcome": outcome,
            "amount": amount,
            "currency": currency,
            "explanation": explanation,
            "arithmetic": arithmetic,
            "suggested_outcome": suggested_outcome,
            "suggested_refund_amount": suggested_refund_amount,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outcome = d.pop("outcome")

        amount = d.pop("amount")

        currency = d.pop("currency")

        explanation = d.pop("explanation")

        arithmetic = cast(list[str], d.pop("arithmetic"))


        def _parse_suggested_outcome(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        suggested_outcome = _parse_suggested_outcome(d.pop("suggested_outcome"))


        def _parse_suggested_refund_amount(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        suggested_refund_amount = _parse_suggested_refund_amount(d.pop("suggested_refund_amount"))


        note = d.pop("note", UNSET)

        dispute_recommendation_read = cls(
            outcome=outcome,
            amount=amount,
            currency=currency,
            explanation=explanation,
            arithmetic=arithmetic,
            suggested_outcome=suggested_outcome,
            suggested_refund_amount=suggested_refund_amount,
            note=note,
        )


        dispute_recommendation_read.additional_properties = d
        return dispute_recommendation_read

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
