from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.complaint_reason import ComplaintReason
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.org_contact import OrgContact
  from ..models.record_brief import RecordBrief





T = TypeVar("T", bound="ComplaintBrief")



@_attrs_define
class ComplaintBrief:
    """ 
        Attributes:
            id (int):
            reason (ComplaintReason):
            explanation (str):
            rights_holder (OrgContact):
            record (RecordBrief):
            signed_at (datetime.datetime):
     """

    id: int
    reason: ComplaintReason
    explanation: str
    rights_holder: OrgContact
    record: RecordBrief
    signed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.org_contact import OrgContact # noqa: PLC0415
        from ..models.record_brief import RecordBrief # noqa: PLC0415
        id = self.id

        reason = self.reason.value

        explanation = self.explanation

        rights_holder = self.rights_holder.to_dict()

        record = self.record.to_dict()

        signed_at = self.signed_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "reason": reason,
            "explanation": explanation,
            "rights_holder": rights_holder,
            "record": record,
            "signed_at": signed_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.org_contact import OrgContact # noqa: PLC0415
        from ..models.record_brief import RecordBrief # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        reason = ComplaintReason(d.pop("reason"))




        explanation = d.pop("explanation")

        rights_holder = OrgContact.from_dict(d.pop("rights_holder"))




        record = RecordBrief.from_dict(d.pop("record"))




        signed_at = datetime.datetime.fromisoformat(d.pop("signed_at"))




        complaint_brief = cls(
            id=id,
            reason=reason,
            explanation=explanation,
            rights_holder=rights_holder,
            record=record,
            signed_at=signed_at,
        )


        complaint_brief.additional_properties = d
        return complaint_brief

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
