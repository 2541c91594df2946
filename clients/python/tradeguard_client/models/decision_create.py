from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.decision_outcome import DecisionOutcome
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.finding_in import FindingIn





T = TypeVar("T", bound="DecisionCreate")



@_attrs_define
class DecisionCreate:
    """ 
        Attributes:
            outcome (DecisionOutcome):
            statement (str): The statement of reasons both parties read
            refund_amount (float | None | str | Unset): Required for buyer_partial: at most the covered amount
            findings (list[FindingIn] | Unset): Findings citing the case's submitted evidence (required for a decision for
                the buyer)
     """

    outcome: DecisionOutcome
    statement: str
    refund_amount: float | None | str | Unset = UNSET
    findings: list[FindingIn] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.finding_in import FindingIn # noqa: PLC0415
        outcome = self.outcome.value

        statement = self.statement

        refund_amount: float | None | str | Unset
        if isinstance(self.refund_amount, Unset):
            refund_amount = UNSET
        else:
            refund_amount = self.refund_amount

        findings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.findings, Unset):
            findings = []
            for findings_item_data in self.findings:
                findings_item = findings_item_data.to_dict()
                findings.append(findings_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "outcome": outcome,
            "statement": statement,
        })
        if refund_amount is not UNSET:
            field_dict["refund_amount"] = refund_amount
        if findings is not UNSET:
            field_dict["findings"] = findings

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.finding_in import FindingIn # noqa: PLC0415
        d = dict(src_dict)
        outcome = DecisionOutcome(d.pop("outcome"))




        statement = d.pop("statement")

        def _parse_refund_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        refund_amount = _parse_refund_amount(d.pop("refund_amount", UNSET))


        _findings = d.pop("findings", UNSET)
        findings: list[FindingIn] | Unset = UNSET
        if _findings is not UNSET:
            findings = []
            for findings_item_data in _findings:
                findings_item = FindingIn.from_dict(findings_item_data)



                findings.append(findings_item)


        decision_create = cls(
            outcome=outcome,
            statement=statement,
            refund_amount=refund_amount,
            findings=findings,
        )


        decision_create.additional_properties = d
        return decision_create

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
