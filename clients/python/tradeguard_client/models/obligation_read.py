from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.obligation_kind import ObligationKind
from ..models.obligation_status import ObligationStatus
from typing import cast
import datetime






T = TypeVar("T", bound="ObligationRead")



@_attrs_define
class ObligationRead:
    """ 
        Attributes:
            id (int):
            kind (ObligationKind):
            amount (None | str):
            currency (str):
            status (ObligationStatus):
            due_at (datetime.datetime): When the supplier must have carried it out
            confirmed_at (datetime.datetime | None):
            reference (str):
            buyer_confirm_due_at (datetime.datetime | None):
            fulfilled_at (datetime.datetime | None):
     """

    id: int
    kind: ObligationKind
    amount: None | str
    currency: str
    status: ObligationStatus
    due_at: datetime.datetime
    confirmed_at: datetime.datetime | None
    reference: str
    buyer_confirm_due_at: datetime.datetime | None
    fulfilled_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind.value

        amount: None | str
        amount = self.amount

        currency = self.currency

        status = self.status.value

        due_at = self.due_at.isoformat()

        confirmed_at: None | str
        if isinstance(self.confirmed_at, datetime.datetime):
            confirmed_at = self.confirmed_at.isoformat()
        else:
            confirmed_at = self.confirmed_at

        reference = self.reference

        buyer_confirm_due_at: None | str
        if isinstance(self.buyer_confirm_due_at, datetime.datetime):
            buyer_confirm_due_at = self.buyer_confirm_due_at.isoformat()
        else:
            buyer_confirm_due_at = self.buyer_confirm_due_at

        fulfilled_at: None | str
        if isinstance(self.fulfilled_at, datetime.datetime):
            fulfilled_at = self.fulfilled_at.isoformat()
        else:
            fulfilled_at = self.fulfilled_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "kind": kind,
            "amount": amount,
            "currency": currency,
            "status": status,
            "due_at": due_at,
            "confirmed_at": confirmed_at,
            "reference": reference,
            "buyer_confirm_due_at": buyer_confirm_due_at,
            "fulfilled_at": fulfilled_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        kind = ObligationKind(d.pop("kind"))




        def _parse_amount(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        amount = _parse_amount(d.pop("amount"))


        currency = d.pop("currency")

        status = ObligationStatus(d.pop("status"))




        due_at = datetime.datetime.fromisoformat(d.pop("due_at"))




        def _parse_confirmed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                confirmed_at_type_0 = datetime.datetime.fromisoformat(data)



                return confirmed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        confirmed_at = _parse_confirmed_at(d.pop("confirmed_at"))


        reference = d.pop("reference")

        def _parse_buyer_confirm_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                buyer_confirm_due_at_type_0 = datetime.datetime.fromisoformat(data)



                return buyer_confirm_due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        buyer_confirm_due_at = _parse_buyer_confirm_due_at(d.pop("buyer_confirm_due_at"))


        def _parse_fulfilled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fulfilled_at_type_0 = datetime.datetime.fromisoformat(data)



                return fulfilled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        fulfilled_at = _parse_fulfilled_at(d.pop("fulfilled_at"))


        obligation_read = cls(
            id=id,
            kind=kind,
            amount=amount,
            currency=currency,
            status=status,
            due_at=due_at,
            confirmed_at=confirmed_at,
            reference=reference,
            buyer_confirm_due_at=buyer_confirm_due_at,
            fulfilled_at=fulfilled_at,
        )


        obligation_read.additional_properties = d
        return obligation_read

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
