from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.complaint_reason import ComplaintReason
from ..models.complaint_status import ComplaintStatus
from ..models.language import Language
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.org_ref import OrgRef
  from ..models.record_brief import RecordBrief
  from ..models.signed_statements_read import SignedStatementsRead





T = TypeVar("T", bound="ComplaintRead")



@_attrs_define
class ComplaintRead:
    """ 
        Attributes:
            id (int):
            status (ComplaintStatus):
            reason (ComplaintReason):
            record (RecordBrief):
            rights_holder (OrgRef):
            filed_by_org (OrgRef):
            explanation (str):
            language (Language | None): The language its author wrote it in (null: not recorded). The text is shown as
                written, never translated.
            signature_name (str):
            signed_at (datetime.datetime):
            statements (None | SignedStatementsRead): What was signed (null: signed before statements were recorded)
            priority (bool):
            created_at (datetime.datetime):
            withdrawn_at (datetime.datetime | None):
            items_total (int):
            items_open (int):
     """

    id: int
    status: ComplaintStatus
    reason: ComplaintReason
    record: RecordBrief
    rights_holder: OrgRef
    filed_by_org: OrgRef
    explanation: str
    language: Language | None
    signature_name: str
    signed_at: datetime.datetime
    statements: None | SignedStatementsRead
    priority: bool
    created_at: datetime.datetime
    withdrawn_at: datetime.datetime | None
    items_total: int
    items_open: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.org_ref import OrgRef # noqa: PLC0415
        from ..models.record_brief import RecordBrief # noqa: PLC0415
        from ..models.signed_statements_read import SignedStatementsRead # noqa: PLC0415
        id = self.id

        status = self.status.value

        reason = self.reason.value

        record = self.record.to_dict()

        rights_holder = self.rights_holder.to_dict()

        filed_by_org = self.filed_by_org.to_dict()

        explanation = self.explanation

        language: None | str
        if isinstance(self.language, Language):
            language = self.language.value
        else:
            language = self.language

        signature_name = self.signature_name

        signed_at = self.signed_at.isoformat()

        statements: dict[str, Any] | None
        if isinstance(self.statements, SignedStatementsRead):
            statements = self.statements.to_dict()
        else:
            statements = self.statements

        priority = self.priority

        created_at = self.created_at.isoformat()

        withdrawn_at: None | str
        if isinstance(self.withdrawn_at, datetime.datetime):
            withdrawn_at = self.withdrawn_at.isoformat()
        else:
            withdrawn_at = self.withdrawn_at

        items_total = self.items_total

        items_open = self.items_open


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "status": status,
            "reason": reason,
            "record": record,
            "rights_holder": rights_holder,
            "filed_by_org": filed_by_org,
            "explanation": explanation,
            "language": language,
            "signature_name": signature_name,
            "signed_at": signed_at,
            "statements": statements,
            "priority": priority,
            "created_at": created_at,
            "withdrawn_at": withdrawn_at,
            "items_total": items_total,
            "items_open": items_open,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.org_ref import OrgRef # noqa: PLC0415
        from ..models.record_brief import RecordBrief # noqa: PLC0415
        from ..models.signed_statements_read import SignedStatementsRead # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        status = ComplaintStatus(d.pop("status"))




        reason = ComplaintReason(d.pop("reason"))




        record = RecordBrief.from_dict(d.pop("record"))




        rights_holder = OrgRef.from_dict(d.pop("rights_holder"))




        filed_by_org = OrgRef.from_dict(d.pop("filed_by_org"))




        explanation = d.pop("explanation")

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


        signature_name = d.pop("signature_name")

        signed_at = datetime.datetime.fromisoformat(d.pop("signed_at"))




        def _parse_statements(data: object) -> None | SignedStatementsRead:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                statements_type_0 = SignedStatementsRead.from_dict(data)



                return statements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignedStatementsRead, data)

        statements = _parse_statements(d.pop("statements"))


        priority = d.pop("priority")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_withdrawn_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                withdrawn_at_type_0 = datetime.datetime.fromisoformat(data)



                return withdrawn_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        withdrawn_at = _parse_withdrawn_at(d.pop("withdrawn_at"))


        items_total = d.pop("items_total")

        items_open = d.pop("items_open")

        complaint_read = cls(
            id=id,
            status=status,
            reason=reason,
            record=record,
            rights_holder=rights_holder,
            filed_by_org=filed_by_org,
            explanation=explanation,
            language=language,
            signature_name=signature_name,
            signed_at=signed_at,
            statements=statements,
            priority=priority,
            created_at=created_at,
            withdrawn_at=withdrawn_at,
            items_total=items_total,
            items_open=items_open,
        )


        complaint_read.additional_properties = d
        return complaint_read

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
