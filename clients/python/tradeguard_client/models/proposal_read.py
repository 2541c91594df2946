from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.language import Language
from ..models.party import Party
from ..models.proposal_status import ProposalStatus
from ..models.requested_outcome import RequestedOutcome
from typing import cast
import datetime






T = TypeVar("T", bound="ProposalRead")



@_attrs_define
class ProposalRead:
    """ 
        Attributes:
            id (int):
            party (Party):
            kind (RequestedOutcome):
            amount (None | str):
            currency (str):
            note (str):
            language (Language | None): The language its author wrote it in (null: not recorded). The text is shown as
                written, never translated.
            is_initial_request (bool):
            status (ProposalStatus):
            created_at (datetime.datetime):
            answered_at (datetime.datetime | None):
            reject_reason (str):
     """

    id: int
    party: Party
    kind: RequestedOutcome
    amount: None | str
    currency: str
    note: str
    language: Language | None
    is_initial_request: bool
    status: ProposalStatus
    created_at: datetime.datetime
    answered_at: datetime.datetime | None
    reject_reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        party = self.party.value

        kind = self.kind.value

        amount: None | str
        amount = self.amount

        currency = self.currency

        note = self.note

        language: None | str
        if isinstance(self.language, Language):
            language = self.language.value
        else:
            language = self.language

        is_initial_request = self.is_initial_request

        status = self.status.value

        created_at = self.created_at.isoformat()

        answered_at: None | str
        if isinstance(self.answered_at, datetime.datetime):
            answered_at = self.answered_at.isoformat()
        else:
            answered_at = self.answered_at

        reject_reason = self.reject_reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "party": party,
            "kind": kind,
            "amount": amount,
            "currency": currency,
            "note": note,
            "language": language,
            "is_initial_request": is_initial_request,
            "status": status,
            "created_at": created_at,
            "answered_at": answered_at,
            "reject_reason": reject_reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        party = Party(d.pop("party"))




        kind = RequestedOutcome(d.pop("kind"))




        def _parse_amount(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        amount = _parse_amount(d.pop("amount"))


        currency = d.pop("currency")

        note = d.pop("note")

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


        is_initial_request = d.pop("is_initial_request")

        status = ProposalStatus(d.pop("status"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_answered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answered_at_type_0 = datetime.datetime.fromisoformat(data)



                return answered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        answered_at = _parse_answered_at(d.pop("answered_at"))


        reject_reason = d.pop("reject_reason")

        proposal_read = cls(
            id=id,
            party=party,
            kind=kind,
            amount=amount,
            currency=currency,
            note=note,
            language=language,
            is_initial_request=is_initial_request,
            status=status,
            created_at=created_at,
            answered_at=answered_at,
            reject_reason=reject_reason,
        )


        proposal_read.additional_properties = d
        return proposal_read

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
