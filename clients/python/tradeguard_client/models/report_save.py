from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.report_save_content import ReportSaveContent





T = TypeVar("T", bound="ReportSave")



@_attrs_define
class ReportSave:
    """ 
        Attributes:
            content (ReportSaveContent):
            correction_reason (str | Unset):  Default: ''.
     """

    content: ReportSaveContent
    correction_reason: str | Unset = ''
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.report_save_content import ReportSaveContent # noqa: PLC0415
        content = self.content.to_dict()

        correction_reason = self.correction_reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "content": content,
        })
        if correction_reason is not UNSET:
            field_dict["correction_reason"] = correction_reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_save_content import ReportSaveContent # noqa: PLC0415
        d = dict(src_dict)
        content = ReportSaveContent.from_dict(d.pop("content"))




        correction_reason = d.pop("correction_reason", UNSET)

        report_save = cls(
            content=content,
            correction_reason=correction_reason,
        )


        report_save.additional_properties = d
        return report_save

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
