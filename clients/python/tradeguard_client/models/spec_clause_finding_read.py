from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="SpecClauseFindingRead")



@_attrs_define
class SpecClauseFindingRead:
    """ 
        Attributes:
            clause_id (str):
            clause_text (str):
            severity (str):
            status (str):
            proven_broken (bool):
            lot_rejected (bool):
            explanation (str):
            measured (int):
            out_of_tolerance (int):
            report_id (int | None):
            report_label (str):
            report_url (str):
     """

    clause_id: str
    clause_text: str
    severity: str
    status: str
    proven_broken: bool
    lot_rejected: bool
    explanation: str
    measured: int
    out_of_tolerance: int
    report_id: int | None
    report_label: str
    report_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        clause_id = self.clause_id

        clause_text = self.clause_text

        severity = self.severity

        status = self.status

        proven_broken = self.proven_broken

        lot_rejected = self.lot_rejected

        explanation = self.explanation

        measured = self.measured

        out_of_tolerance = self.out_of_tolerance

        report_id: int | None
        report_id = self.report_id

        report_label = self.report_label

        report_url = self.report_url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "clause_id": clause_id,
            "clause_text": clause_text,
            "severity": severity,
            "status": status,
            "proven_broken": proven_broken,
            "lot_rejected": lot_rejected,
            "explanation": explanation,
            "measured": measured,
            "out_of_tolerance": out_of_tolerance,
            "report_id": report_id,
            "report_label": report_label,
            "report_url": report_url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        clause_id = d.pop("clause_id")

        clause_text = d.pop("clause_text")

        severity = d.pop("severity")

        status = d.pop("status")

        proven_broken = d.pop("proven_broken")

        lot_rejected = d.pop("lot_rejected")

        explanation = d.pop("explanation")

        measured = d.pop("measured")

        out_of_tolerance = d.pop("out_of_tolerance")

        def _parse_report_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        report_id = _parse_report_id(d.pop("report_id"))


        report_label = d.pop("report_label")

        report_url = d.pop("report_url")

        spec_clause_finding_read = cls(
            clause_id=clause_id,
            clause_text=clause_text,
            severity=severity,
            status=status,
            proven_broken=proven_broken,
            lot_rejected=lot_rejected,
            explanation=explanation,
            measured=measured,
            out_of_tolerance=out_of_tolerance,
            report_id=report_id,
            report_label=report_label,
            report_url=report_url,
        )


        spec_clause_finding_read.additional_properties = d
        return spec_clause_finding_read

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
