from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.item_detail_read_waiting_on import ItemDetailReadWaitingOn
from ..models.item_status import ItemStatus
from ..models.language import Language
from ..models.rejection_reason import RejectionReason
from ..models.removal_kind import RemovalKind
from typing import cast
from typing import Literal, cast
import datetime

if TYPE_CHECKING:
  from ..models.complaint_brief import ComplaintBrief
  from ..models.counter_notice_read import CounterNoticeRead
  from ..models.ip_appeal_read import IpAppealRead
  from ..models.org_ref import OrgRef
  from ..models.statement_read import StatementRead





T = TypeVar("T", bound="ItemDetailRead")



@_attrs_define
class ItemDetailRead:
    """ 
        Attributes:
            id (int):
            complaint_id (int):
            position (int):
            reference (str):
            note (str):
            listing_id (int | None):
            listing_title (None | str):
            listing_status (None | str):
            supplier (None | OrgRef):
            status (ItemStatus): One listing named in a complaint. See `policy.TRANSITIONS` for the moves.
            rejection_reason (Literal[''] | RejectionReason): Why the listing could not be processed (status `rejected`),
                else empty
            holds_removal (bool):
            removal_kind (Literal[''] | RemovalKind): How it was removed, if it was
            notified_at (datetime.datetime | None):
            respond_due_at (datetime.datetime | None): The supplier removes the listing or counter-notifies by then
            counter_noticed_at (datetime.datetime | None):
            counter_due_at (datetime.datetime | None): The rights holder answers the counter-notice by then
            counter_notice_due_at (datetime.datetime | None): Until when the supplier may counter-notify: the notice's
                deadline, or after a removal no officer decided (automatic or voluntary) the late window
            appeal_due_at (datetime.datetime | None): Until when the supplier may appeal the removal (null when it cannot)
            removed_at (datetime.datetime | None):
            closed_at (datetime.datetime | None):
            waiting_on (ItemDetailReadWaitingOn): Whose move it is
            due_at (datetime.datetime | None): When that move is due; null when nobody has to act (the supplier's optional
                moves have their own deadlines above)
            next_step (str):
            complaint (ComplaintBrief):
            statements (list[StatementRead]):
            counter_notice (CounterNoticeRead | None):
            appeal (IpAppealRead | None):
            decision_reason (str):
            decision_language (Language | None): The language its author wrote it in (null: not recorded). The text is shown
                as written, never translated.
     """

    id: int
    complaint_id: int
    position: int
    reference: str
    note: str
    listing_id: int | None
    listing_title: None | str
    listing_status: None | str
    supplier: None | OrgRef
    status: ItemStatus
    rejection_reason: Literal[''] | RejectionReason
    holds_removal: bool
    removal_kind: Literal[''] | RemovalKind
    notified_at: datetime.datetime | None
    respond_due_at: datetime.datetime | None
    counter_noticed_at: datetime.datetime | None
    counter_due_at: datetime.datetime | None
    counter_notice_due_at: datetime.datetime | None
    appeal_due_at: datetime.datetime | None
    removed_at: datetime.datetime | None
    closed_at: datetime.datetime | None
    waiting_on: ItemDetailReadWaitingOn
    due_at: datetime.datetime | None
    next_step: str
    complaint: ComplaintBrief
    statements: list[StatementRead]
    counter_notice: CounterNoticeRead | None
    appeal: IpAppealRead | None
    decision_reason: str
    decision_language: Language | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.complaint_brief import ComplaintBrief # noqa: PLC0415
        from ..models.counter_notice_read import CounterNoticeRead # noqa: PLC0415
        from ..models.ip_appeal_read import IpAppealRead # noqa: PLC0415
        from ..models.org_ref import OrgRef # noqa: PLC0415
        from ..models.statement_read import StatementRead # noqa: PLC0415
        id = self.id

        complaint_id = self.complaint_id

        position = self.position

        reference = self.reference

        note = self.note

        listing_id: int | None
        listing_id = self.listing_id

        listing_title: None | str
        listing_title = self.listing_title

        listing_status: None | str
        listing_status = self.listing_status

        supplier: dict[str, Any] | None
        if isinstance(self.supplier, OrgRef):
            supplier = self.supplier.to_dict()
        else:
            supplier = self.supplier

        status = self.status.value

        rejection_reason: Literal[''] | str
        if isinstance(self.rejection_reason, RejectionReason):
            rejection_reason = self.rejection_reason.value
        else:
            rejection_reason = self.rejection_reason

        holds_removal = self.holds_removal

        removal_kind: Literal[''] | str
        if isinstance(self.removal_kind, RemovalKind):
            removal_kind = self.removal_kind.value
        else:
            removal_kind = self.removal_kind

        notified_at: None | str
        if isinstance(self.notified_at, datetime.datetime):
            notified_at = self.notified_at.isoformat()
        else:
            notified_at = self.notified_at

        respond_due_at: None | str
        if isinstance(self.respond_due_at, datetime.datetime):
            respond_due_at = self.respond_due_at.isoformat()
        else:
            respond_due_at = self.respond_due_at

        counter_noticed_at: None | str
        if isinstance(self.counter_noticed_at, datetime.datetime):
            counter_noticed_at = self.counter_noticed_at.isoformat()
        else:
            counter_noticed_at = self.counter_noticed_at

        counter_due_at: None | str
        if isinstance(self.counter_due_at, datetime.datetime):
            counter_due_at = self.counter_due_at.isoformat()
        else:
            counter_due_at = self.counter_due_at

        counter_notice_due_at: None | str
        if isinstance(self.counter_notice_due_at, datetime.datetime):
            counter_notice_due_at = self.counter_notice_due_at.isoformat()
        else:
            counter_notice_due_at = self.counter_notice_due_at

        appeal_due_at: None | str
        if isinstance(self.appeal_due_at, datetime.datetime):
            appeal_due_at = self.appeal_due_at.isoformat()
        else:
            appeal_due_at = self.appeal_due_at

        removed_at: None | str
        if isinstance(self.removed_at, datetime.datetime):
            removed_at = self.removed_at.isoformat()
        else:
            removed_at = self.removed_at

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        waiting_on = self.waiting_on.value

        due_at: None | str
        if isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        next_step = self.next_step

        complaint = self.complaint.to_dict()

        statements = []
        for statements_item_data in self.statements:
            statements_item = statements_item_data.to_dict()
            statements.append(statements_item)



        counter_notice: dict[str, Any] | None
        if isinstance(self.counter_notice, CounterNoticeRead):
            counter_notice = self.counter_notice.to_dict()
        else:
            counter_notice = self.counter_notice

        appeal: dict[str, Any] | None
        if isinstance(self.appeal, IpAppealRead):
            appeal = self.appeal.to_dict()
        else:
            appeal = self.appeal

        decision_reason = self.decision_reason

        decision_language: None | str
        if isinstance(self.decision_language, Language):
            decision_language = self.decision_language.value
        else:
            decision_language = self.decision_language


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "complaint_id": complaint_id,
            "position": position,
            "reference": reference,
            "note": note,
            "listing_id": listing_id,
            "listing_title": listing_title,
            "listing_status": listing_status,
            "supplier": supplier,
            "status": status,
            "rejection_reason": rejection_reason,
            "holds_removal": holds_removal,
            "removal_kind": removal_kind,
            "notified_at": notified_at,
            "respond_due_at": respond_due_at,
            "counter_noticed_at": counter_noticed_at,
            "counter_due_at": counter_due_at,
            "counter_notice_due_at": counter_notice_due_at,
            "appeal_due_at": appeal_due_at,
            "removed_at": removed_at,
            "closed_at": closed_at,
            "waiting_on": waiting_on,
            "due_at": due_at,
            "next_step": next_step,
            "complaint": complaint,
            "statements": statements,
            "counter_notice": counter_notice,
            "appeal": appeal,
            "decision_reason": decision_reason,
            "decision_language": decision_language,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.complaint_brief import ComplaintBrief # noqa: PLC0415
        from ..models.counter_notice_read import CounterNoticeRead # noqa: PLC0415
        from ..models.ip_appeal_read import IpAppealRead # noqa: PLC0415
        from ..models.org_ref import OrgRef # noqa: PLC0415
        from ..models.statement_read import StatementRead # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        complaint_id = d.pop("complaint_id")

        position = d.pop("position")

        reference = d.pop("reference")

        note = d.pop("note")

        def _parse_listing_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        listing_id = _parse_listing_id(d.pop("listing_id"))


        def _parse_listing_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        listing_title = _parse_listing_title(d.pop("listing_title"))


        def _parse_listing_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        listing_status = _parse_listing_status(d.pop("listing_status"))


        def _parse_supplier(data: object) -> None | OrgRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                supplier_type_0 = OrgRef.from_dict(data)



                return supplier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrgRef, data)

        supplier = _parse_supplier(d.pop("supplier"))


        status = ItemStatus(d.pop("status"))




        def _parse_rejection_reason(data: object) -> Literal[''] | RejectionReason:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rejection_reason_type_0 = RejectionReason(data)



                return rejection_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            rejection_reason_type_1 = cast(Literal[''] , data)
            if rejection_reason_type_1 != '':
                raise ValueError(f"rejection_reason_type_1 must match const '', got '{rejection_reason_type_1}'")
            return rejection_reason_type_1

        rejection_reason = _parse_rejection_reason(d.pop("rejection_reason"))


        holds_removal = d.pop("holds_removal")

        def _parse_removal_kind(data: object) -> Literal[''] | RemovalKind:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                removal_kind_type_0 = RemovalKind(data)



                return removal_kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            removal_kind_type_1 = cast(Literal[''] , data)
            if removal_kind_type_1 != '':
                raise ValueError(f"removal_kind_type_1 must match const '', got '{removal_kind_type_1}'")
            return removal_kind_type_1

        removal_kind = _parse_removal_kind(d.pop("removal_kind"))


        def _parse_notified_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                notified_at_type_0 = datetime.datetime.fromisoformat(data)



                return notified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        notified_at = _parse_notified_at(d.pop("notified_at"))


        def _parse_respond_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                respond_due_at_type_0 = datetime.datetime.fromisoformat(data)



                return respond_due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        respond_due_at = _parse_respond_due_at(d.pop("respond_due_at"))


        def _parse_counter_noticed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                counter_noticed_at_type_0 = datetime.datetime.fromisoformat(data)



                return counter_noticed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        counter_noticed_at = _parse_counter_noticed_at(d.pop("counter_noticed_at"))


        def _parse_counter_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                counter_due_at_type_0 = datetime.datetime.fromisoformat(data)



                return counter_due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        counter_due_at = _parse_counter_due_at(d.pop("counter_due_at"))


        def _parse_counter_notice_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                counter_notice_due_at_type_0 = datetime.datetime.fromisoformat(data)



                return counter_notice_due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        counter_notice_due_at = _parse_counter_notice_due_at(d.pop("counter_notice_due_at"))


        def _parse_appeal_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                appeal_due_at_type_0 = datetime.datetime.fromisoformat(data)



                return appeal_due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        appeal_due_at = _parse_appeal_due_at(d.pop("appeal_due_at"))


        def _parse_removed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                removed_at_type_0 = datetime.datetime.fromisoformat(data)



                return removed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        removed_at = _parse_removed_at(d.pop("removed_at"))


        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)



                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))


        waiting_on = ItemDetailReadWaitingOn(d.pop("waiting_on"))




        def _parse_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_at_type_0 = datetime.datetime.fromisoformat(data)



                return due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        due_at = _parse_due_at(d.pop("due_at"))


        next_step = d.pop("next_step")

        complaint = ComplaintBrief.from_dict(d.pop("complaint"))




        statements = []
        _statements = d.pop("statements")
        for statements_item_data in (_statements):
            statements_item = StatementRead.from_dict(statements_item_data)



            statements.append(statements_item)


        def _parse_counter_notice(data: object) -> CounterNoticeRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                counter_notice_type_0 = CounterNoticeRead.from_dict(data)



                return counter_notice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CounterNoticeRead | None, data)

        counter_notice = _parse_counter_notice(d.pop("counter_notice"))


        def _parse_appeal(data: object) -> IpAppealRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                appeal_type_0 = IpAppealRead.from_dict(data)



                return appeal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IpAppealRead | None, data)

        appeal = _parse_appeal(d.pop("appeal"))


        decision_reason = d.pop("decision_reason")

        def _parse_decision_language(data: object) -> Language | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_language_type_0 = Language(data)



                return decision_language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Language | None, data)

        decision_language = _parse_decision_language(d.pop("decision_language"))


        item_detail_read = cls(
            id=id,
            complaint_id=complaint_id,
            position=position,
            reference=reference,
            note=note,
            listing_id=listing_id,
            listing_title=listing_title,
            listing_status=listing_status,
            supplier=supplier,
            status=status,
            rejection_reason=rejection_reason,
            holds_removal=holds_removal,
            removal_kind=removal_kind,
            notified_at=notified_at,
            respond_due_at=respond_due_at,
            counter_noticed_at=counter_noticed_at,
            counter_due_at=counter_due_at,
            counter_notice_due_at=counter_notice_due_at,
            appeal_due_at=appeal_due_at,
            removed_at=removed_at,
            closed_at=closed_at,
            waiting_on=waiting_on,
            due_at=due_at,
            next_step=next_step,
            complaint=complaint,
            statements=statements,
            counter_notice=counter_notice,
            appeal=appeal,
            decision_reason=decision_reason,
            decision_language=decision_language,
        )


        item_detail_read.additional_properties = d
        return item_detail_read

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
