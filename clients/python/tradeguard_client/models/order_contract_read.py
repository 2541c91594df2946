from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.contract_party import ContractParty
from typing import cast

if TYPE_CHECKING:
  from ..models.contract_read import ContractRead





T = TypeVar("T", bound="OrderContractRead")



@_attrs_define
class OrderContractRead:
    """ 
        Attributes:
            order_id (int):
            headline (str):
            next_step (str):
            may_draft (bool):
            may_accept (bool):
            waiting_for (list[ContractParty]):
            binding (ContractRead | None):
            proposed (ContractRead | None):
     """

    order_id: int
    headline: str
    next_step: str
    may_draft: bool
    may_accept: bool
    waiting_for: list[ContractParty]
    binding: ContractRead | None
    proposed: ContractRead | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.contract_read import ContractRead # noqa: PLC0415
        order_id = self.order_id

        headline = self.headline

        next_step = self.next_step

        may_draft = self.may_draft

        may_accept = self.may_accept

        waiting_for = []
        for waiting_for_item_data in self.waiting_for:
            waiting_for_item = waiting_for_item_data.value
            waiting_for.append(waiting_for_item)



        binding: dict[str, Any] | None
        if isinstance(self.binding, ContractRead):
            binding = self.binding.to_dict()
        else:
            binding = self.binding

        proposed: dict[str, Any] | None
        if isinstance(self.proposed, ContractRead):
            proposed = self.proposed.to_dict()
        else:
            proposed = self.proposed


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "order_id": order_id,
            "headline": headline,
            "next_step": next_step,
            "may_draft": may_draft,
            "may_accept": may_accept,
            "waiting_for": waiting_for,
            "binding": binding,
            "proposed": proposed,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contract_read import ContractRead # noqa: PLC0415
        d = dict(src_dict)
        order_id = d.pop("order_id")

        headline = d.pop("headline")

        next_step = d.pop("next_step")

        may_draft = d.pop("may_draft")

        may_accept = d.pop("may_accept")

        waiting_for = []
        _waiting_for = d.pop("waiting_for")
        for waiting_for_item_data in (_waiting_for):
            waiting_for_item = ContractParty(waiting_for_item_data)



            waiting_for.append(waiting_for_item)


        def _parse_binding(data: object) -> ContractRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                binding_type_0 = ContractRead.from_dict(data)



                return binding_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractRead | None, data)

        binding = _parse_binding(d.pop("binding"))


        def _parse_proposed(data: object) -> ContractRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                proposed_type_0 = ContractRead.from_dict(data)



                return proposed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractRead | None, data)

        proposed = _parse_proposed(d.pop("proposed"))


        order_contract_read = cls(
            order_id=order_id,
            headline=headline,
            next_step=next_step,
            may_draft=may_draft,
            may_accept=may_accept,
            waiting_for=waiting_for,
            binding=binding,
            proposed=proposed,
        )


        order_contract_read.additional_properties = d
        return order_contract_read

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
