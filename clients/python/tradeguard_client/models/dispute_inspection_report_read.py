from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="DisputeInspectionReportRead")



@_attrs_define
class DisputeInspectionReportRead:
    """ 
        Attributes:
            report_id (int):
            inspection_id (int):
            kind (str):
            version (int):
            signed_at (datetime.datetime | None):
            overall (str):
            sha256 (str):
            evidence_id (int | None):
     """

    report_id: int
    inspection_id: int
    kind: str
    version: int
    signed_at: datetime.datetime | None
    overall: str
    sha256: str
    evidence_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        report_id = self.report_id

        inspection_id = self.inspection_id

        kind = self.kind

        version = self.version

        signed_at: None | str
        if isinstance(self.signed_at, datetime.datetime):
            signed_at = self.signed_at.isoformat()
        else:
            signed_at = self.signed_at

        overall = self.overall

        sha256 = self.sha256

        evidence_id: int | None
        evidence_id = self.evidence_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "report_id": report_id,
            "inspection_id": inspection_id,
            "kind": kind,
            "version": version,
            "signed_at": signed_at,
            "overall": overall,
            "sha256": sha256,
            "evidence_id": evidence_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        report_id = d.pop("report_id")

        inspection_id = d.pop("inspection_id")

        kind = d.pop("kind")

        version = d.pop("version")

        def _parse_signed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_at_type_0 = datetime.datetime.fromisoformat(data)



                return signed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        signed_at = _parse_signed_at(d.pop("signed_at"))


        overall = d.pop("overall")

        sha256 = d.pop("sha256")

        def _parse_evidence_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        evidence_id = _parse_evidence_id(d.pop("evidence_id"))


        dispute_inspection_report_read = cls(
            report_id=report_id,
            inspection_id=inspection_id,
            kind=kind,
            version=version,
            signed_at=signed_at,
            overall=overall,
            sha256=sha256,
            evidence_id=evidence_id,
        )


        dispute_inspection_report_read.additional_properties = d
        return dispute_inspection_report_read

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
