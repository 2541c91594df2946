from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.spec_clause_finding_read import SpecClauseFindingRead





T = TypeVar("T", bound="RecommendationRead")



@_attrs_define
class RecommendationRead:
    """ 
        Attributes:
            outcome (str):
            amount (str):
            currency (str):
            explanation (str):
            arithmetic (list[str]):
            findings (list[SpecClauseFindingRead]):
     """

    outcome: str
    amount: str
    currency: str
    explanation: str
    arithmetic: list[str]
    findings: list[SpecClauseFindingRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.spec_clause_finding_read import SpecClauseFindingRead # noqa: PLC0415
        outcome = self.outcome

        amount = self.amount

        currency = self.currency

        explanation = self.explanation

        arithmetic = self.arithmetic



        findings = []
        for findings_item_data in self.findings:
            findings_item = findings_item_data.to_dict()
            findings.append(findings_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "outcome": outcome,
            "amount": amount,
            "currency": currency,
            "explanation": explanation,
            "arithmetic": arithmetic,
            "findings": findings,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.spec_clause_finding_read import SpecClauseFindingRead # noqa: PLC0415
        d = dict(src_dict)
        outcome = d.pop("outcome")

        amount = d.pop("amount")

        currency = d.pop("currency")

        explanation = d.pop("explanation")

        arithmetic = cast(list[str], d.pop("arithmetic"))


        findings = []
        _findings = d.pop("findings")
        for findings_item_data in (_findings):
            findings_item = SpecClauseFindingRead.from_dict(findings_item_data)



            findings.append(findings_item)


        recommendation_read = cls(
            outcome=outcome,
            amount=amount,
            currency=currency,
            explanation=explanation,
            arithmetic=arithmetic,
            findings=findings,
        )


        recommendation_read.additional_properties = d
        return recommendation_read

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
