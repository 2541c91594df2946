from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.report_read_overall import ReportReadOverall
from ..models.report_status import ReportStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.report_read_content import ReportReadContent
  from ..models.report_read_verdict import ReportReadVerdict





T = TypeVar("T", bound="ReportRead")



@_attrs_define
class ReportRead:
    """ 
        Attributes:
            id (int):
            inspection_id (int):
            number (int):
            status (ReportStatus):
            content (ReportReadContent):
            verdict (ReportReadVerdict):
            overall (ReportReadOverall):
            sha256 (str):
            correction_reason (str):
            signed_by (None | str):
            signed_at (datetime.datetime | None):
     """

    id: int
    inspection_id: int
    number: int
    status: ReportStatus
    content: ReportReadContent
    verdict: ReportReadVerdict
    overall: ReportReadOverall
    sha256: str
    correction_reason: str
    signed_by: None | str
    signed_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.report_read_content import ReportReadContent # noqa: PLC0415
        from ..models.report_read_verdict import ReportReadVerdict # noqa: PLC0415
        id = self.id

        inspection_id = self.inspection_id

        number = self.number

        status = self.status.value

        content = self.content.to_dict()

        verdict = self.verdict.to_dict()

        overall = self.overall.value

        sha256 = self.sha256

        correction_reason = self.correction_reason

        signed_by: None | str
        signed_by = self.signed_by

        signed_at: None | str
        if isinstance(self.signed_at, datetime.datetime):
            signed_at = self.signed_at.isoformat()
        else:
            signed_at = self.signed_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "inspection_id": inspection_id,
            "number": number,
            "status": status,
            "content": content,
            "verdict": verdict,
            "overall": overall,
            "sha256": sha256,
            "correction_reason": correction_reason,
            "signed_by": signed_by,
            "signed_at": signed_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_read_content import ReportReadContent # noqa: PLC0415
        from ..models.report_read_verdict import ReportReadVerdict # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        inspection_id = d.pop("inspection_id")

        number = d.pop("number")

        status = ReportStatus(d.pop("status"))




        content = ReportReadContent.from_dict(d.pop("content"))




        verdict = ReportReadVerdict.from_dict(d.pop("verdict"))




        overall = ReportReadOverall(d.pop("overall"))




        sha256 = d.pop("sha256")

        correction_reason = d.pop("correction_reason")

        def _parse_signed_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        signed_by = _parse_signed_by(d.pop("signed_by"))


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


        report_read = cls(
            id=id,
            inspection_id=inspection_id,
            number=number,
            status=status,
            content=content,
            verdict=verdict,
            overall=overall,
            sha256=sha256,
            correction_reason=correction_reason,
            signed_by=signed_by,
            signed_at=signed_at,
        )


        report_read.additional_properties = d
        return report_read

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
