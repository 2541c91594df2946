from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.dispute_reason import DisputeReason
from ..models.requested_outcome import RequestedOutcome
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.requirement_in import RequirementIn





T = TypeVar("T", bound="DisputeCreate")



@_attrs_define
class DisputeCreate:
    """ 
        Attributes:
            order_id (int): An order you are the buyer of
            reason (DisputeReason):
            requested_outcome (RequestedOutcome):
            description (str):
            claimed_amount (float | None | str | Unset): At most the covered amount; defaults to it
            currency (None | str | Unset): The order's currency (ISO 4217); defaults to it
            requirements (list[RequirementIn] | Unset): The written requirements the goods break (required for quality
                reasons)
     """

    order_id: int
    reason: DisputeReason
    requested_outcome: RequestedOutcome
    description: str
    claimed_amount: float | None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    requirements: list[RequirementIn] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.requirement_in import RequirementIn # noqa: PLC0415
        order_id = self.order_id

        reason = self.reason.value

        requested_outcome = self.requested_outcome.value

        description = self.description

        claimed_amount: float | None | str | Unset
        if isinstance(self.claimed_amount, Unset):
            claimed_amount = UNSET
        else:
            claimed_amount = self.claimed_amount

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        requirements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.requirements, Unset):
            requirements = []
            for requirements_item_data in self.requirements:
                requirements_item = requirements_item_data.to_dict()
                requirements.append(requirements_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "order_id": order_id,
            "reason": reason,
            "requested_outcome": requested_outcome,
            "description": description,
        })
        if claimed_amount is not UNSET:
            field_dict["claimed_amount"] = claimed_amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if requirements is not UNSET:
            field_dict["requirements"] = requirements

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.requirement_in import RequirementIn # noqa: PLC0415
        d = dict(src_dict)
        order_id = d.pop("order_id")

        reason = DisputeReason(d.pop("reason"))




        requested_outcome = RequestedOutcome(d.pop("requested_outcome"))




        description = d.pop("description")

        def _parse_claimed_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        claimed_amount = _parse_claimed_amount(d.pop("claimed_amount", UNSET))


        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))


        _requirements = d.pop("requirements", UNSET)
        requirements: list[RequirementIn] | Unset = UNSET
        if _requirements is not UNSET:
            requirements = []
            for requirements_item_data in _requirements:
                requirements_item = RequirementIn.from_dict(requirements_item_data)



                requirements.append(requirements_item)


        dispute_create = cls(
            order_id=order_id,
            reason=reason,
            requested_outcome=requested_outcome,
            description=description,
            claimed_amount=claimed_amount,
            currency=currency,
            requirements=requirements,
        )


        dispute_create.additional_properties = d
        return dispute_create

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
