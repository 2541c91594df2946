from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.contract_party import ContractParty
from typing import cast
import datetime






T = TypeVar("T", bound="ContractAcceptanceRead")



@_attrs_define
class ContractAcceptanceRead:
    """ 
        Attributes:
            id (int):
            contract_id (int):
            party (ContractParty):
            organization_id (int):
            accepted_by (str):
            accepted_at (datetime.datetime):
            sha256 (str):
     """

    id: int
    contract_id: int
    party: ContractParty
    organization_id: int
    accepted_by: str
    accepted_at: datetime.datetime
    sha256: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contract_id = self.contract_id

        party = self.party.value

        organization_id = self.organization_id

        accepted_by = self.accepted_by

        accepted_at = self.accepted_at.isoformat()

        sha256 = self.sha256


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "contract_id": contract_id,
            "party": party,
            "organization_id": organization_id,
            "accepted_by": accepted_by,
            "accepted_at": accepted_at,
            "sha256": sha256,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        contract_id = d.pop("contract_id")

        party = ContractParty(d.pop("party"))




        organization_id = d.pop("organization_id")

        accepted_by = d.pop("accepted_by")

        accepted_at = datetime.datetime.fromisoformat(d.pop("accepted_at"))




        sha256 = d.pop("sha256")

        contract_acceptance_read = cls(
            id=id,
            contract_id=contract_id,
            party=party,
            organization_id=organization_id,
            accepted_by=accepted_by,
            accepted_at=accepted_at,
            sha256=sha256,
        )


        contract_acceptance_read.additional_properties = d
        return contract_acceptance_read

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
