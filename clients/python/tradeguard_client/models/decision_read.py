from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.decision_outcome import DecisionOutcome
from ..models.language import Language
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.finding_read import FindingRead





T = TypeVar("T", bound="DecisionRead")



@_attrs_define
class DecisionRead:
    """ 
        Attributes:
            id (int):
            officer (str):
            outcome (DecisionOutcome):
            refund_amount (str):
            currency (str):
            statement (str):
            language (Language | None): The language the officer wrote the statement and the findings in (null: not
                recorded); shown as written.
            decided_at (datetime.datetime):
            on_appeal (bool):
            findings (list[FindingRead]):
     """

    id: int
    officer: str
    outcome: DecisionOutcome
    refund_amount: str
    currency: str
    statement: str
    language: Language | None
    decided_at: datetime.datetime
    on_appeal: bool
    findings: list[FindingRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.finding_read import FindingRead # noqa: PLC0415
        id = self.id

        officer = self.officer

        outcome = self.outcome.value

        refund_amount = self.refund_amount

        currency = self.currency

        statement = self.statement

        language: None | str
        if isinstance(self.language, Language):
            language = self.language.value
        else:
            language = self.language

        decided_at = self.decided_at.isoformat()

        on_appeal = self.on_appeal

        findings = []
        for findings_item_data in self.findings:
            findings_item = findings_item_data.to_dict()
            findings.append(findings_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "officer": officer,
            "outcome": outcome,
            "refund_amount": refund_amount,
            "currency": currency,
            "statement": statement,
            "language": language,
            "decided_at": decided_at,
            "on_appeal": on_appeal,
            "findings": findings,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.finding_read import FindingRead # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        officer = d.pop("officer")

        outcome = DecisionOutcome(d.pop("outcome"))




        refund_amount = d.pop("refund_amount")

        currency = d.pop("currency")

        statement = d.pop("statement")

        def _parse_language(data: object) -> Language | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = Language(data)



                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Language | None, data)

        language = _parse_language(d.pop("language"))


        decided_at = datetime.datetime.fromisoformat(d.pop("decided_at"))




        on_appeal = d.pop("on_appeal")

        findings = []
        _findings = d.pop("findings")
        for findings_item_data in (_findings):
            findings_item = FindingRead.from_dict(findings_item_data)



            findings.append(findings_item)


        decision_read = cls(
            id=id,
            officer=officer,
            outcome=outcome,
            refund_amount=refund_amount,
            currency=currency,
            statement=statement,
            language=language,
            decided_at=decided_at,
            on_appeal=on_appeal,
            findings=findings,
        )


        decision_read.additional_properties = d
        return decision_read

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
