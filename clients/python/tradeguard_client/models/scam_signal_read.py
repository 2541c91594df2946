from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.signal_kind import SignalKind
from ..models.signal_status import SignalStatus
from typing import cast
import datetime






T = TypeVar("T", bound="ScamSignalRead")



@_attrs_define
class ScamSignalRead:
    """ 
        Attributes:
            id (int):
            kind (SignalKind):
            status (SignalStatus):
            message_id (int | None): The case message the evidence is from (null for an event signal)
            event_id (int | None): The order event the evidence is (e.g. a payment recorded outside the designated account);
                null for a message signal
            evidence (str): A message signal: the words that matched, as written. An event signal: what happened, in the
                request's language
            evidence_start (int): Where `evidence` starts in the message body
            evidence_end (int): Where `evidence` ends in the message body
            reported_by_buyer (bool): The evidence is the buyer's report of what the supplier asked (a buyer's message
                relaying the supplier's words), not the supplier's own message
            order_paid (bool): Had the buyer paid when the message was written (or the event happened)?
            rule (str): The rule that matched (rules are data, versioned), or `model` when the learned model found the
                signal alone (the evidence is then its likeliest sentence)
            rules_version (str):
            detected_at (datetime.datetime):
            reviewed_at (datetime.datetime | None):
            review_note (str):
     """

    id: int
    kind: SignalKind
    status: SignalStatus
    message_id: int | None
    event_id: int | None
    evidence: str
    evidence_start: int
    evidence_end: int
    reported_by_buyer: bool
    order_paid: bool
    rule: str
    rules_version: str
    detected_at: datetime.datetime
    reviewed_at: datetime.datetime | None
    review_note: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind.value

        status = self.status.value

        message_id: int | None
        message_id = self.message_id

        event_id: int | None
        event_id = self.event_id

        evidence = self.evidence

        evidence_start = self.evidence_start

        evidence_end = self.evidence_end

        reported_by_buyer = self.reported_by_buyer

        order_paid = self.order_paid

        rule = self.rule

        rules_version = self.rules_version

        detected_at = self.detected_at.isoformat()

        reviewed_at: None | str
        if isinstance(self.reviewed_at, datetime.datetime):
            reviewed_at = self.reviewed_at.isoformat()
        else:
            reviewed_at = self.reviewed_at

        review_note = self.review_note


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "kind": kind,
            "status": status,
            "message_id": message_id,
            "event_id": event_id,
            "evidence": evidence,
            "evidence_start": evidence_start,
            "evidence_end": evidence_end,
            "reported_by_buyer": reported_by_buyer,
            "order_paid": order_paid,
            "rule": rule,
            "rules_version": rules_version,
            "detected_at": detected_at,
            "reviewed_at": reviewed_at,
            "review_note": review_note,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        kind = SignalKind(d.pop("kind"))




        status = SignalStatus(d.pop("status"))




        def _parse_message_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        message_id = _parse_message_id(d.pop("message_id"))


        def _parse_event_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        event_id = _parse_event_id(d.pop("event_id"))


        evidence = d.pop("evidence")

        evidence_start = d.pop("evidence_start")

        evidence_end = d.pop("evidence_end")

        reported_by_buyer = d.pop("reported_by_buyer")

        order_paid = d.pop("order_paid")

        rule = d.pop("rule")

        rules_version = d.pop("rules_version")

        detected_at = datetime.datetime.fromisoformat(d.pop("detected_at"))




        def _parse_reviewed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_at_type_0 = datetime.datetime.fromisoformat(data)



                return reviewed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        reviewed_at = _parse_reviewed_at(d.pop("reviewed_at"))


        review_note = d.pop("review_note")

        scam_signal_read = cls(
            id=id,
            kind=kind,
            status=status,
            message_id=message_id,
            event_id=event_id,
            evidence=evidence,
            evidence_start=evidence_start,
            evidence_end=evidence_end,
            reported_by_buyer=reported_by_buyer,
            order_paid=order_paid,
            rule=rule,
            rules_version=rules_version,
            detected_at=detected_at,
            reviewed_at=reviewed_at,
            review_note=review_note,
        )


        scam_signal_read.additional_properties = d
        return scam_signal_read

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
