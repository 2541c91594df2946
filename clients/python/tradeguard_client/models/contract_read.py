from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.contract_party import ContractParty
from ..models.contract_status import ContractStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.contract_acceptance_read import ContractAcceptanceRead
  from ..models.contract_clause_read import ContractClauseRead
  from ..models.contract_read_parties import ContractReadParties
  from ..models.contract_read_terms import ContractReadTerms





T = TypeVar("T", bound="ContractRead")



@_attrs_define
class ContractRead:
    """ 
        Attributes:
            id (int):
            order_id (int):
            number (int):
            status (ContractStatus):
            sha256 (str):
            spec_version_id (int):
            spec_sha256 (str):
            terms (ContractReadTerms):
            parties (ContractReadParties):
            clauses (list[ContractClauseRead]):
            acceptances (list[ContractAcceptanceRead]):
            waiting_for (list[ContractParty]):
            binding_at (datetime.datetime | None):
            created_at (datetime.datetime):
            document_id (int | None):
            pdf_url (str):
            docx_url (str):
     """

    id: int
    order_id: int
    number: int
    status: ContractStatus
    sha256: str
    spec_version_id: int
    spec_sha256: str
    terms: ContractReadTerms
    parties: ContractReadParties
    clauses: list[ContractClauseRead]
    acceptances: list[ContractAcceptanceRead]
    waiting_for: list[ContractParty]
    binding_at: datetime.datetime | None
    created_at: datetime.datetime
    document_id: int | None
    pdf_url: str
    docx_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.contract_acceptance_read import ContractAcceptanceRead # noqa: PLC0415
        from ..models.contract_clause_read import ContractClauseRead # noqa: PLC0415
        from ..models.contract_read_parties import ContractReadParties # noqa: PLC0415
        from ..models.contract_read_terms import ContractReadTerms # noqa: PLC0415
        id = self.id

        order_id = self.order_id

        number = self.number

        status = self.status.value

        sha256 = self.sha256

        spec_version_id = self.spec_version_id

        spec_sha256 = self.spec_sha256

        terms = self.terms.to_dict()

        parties = self.parties.to_dict()

        clauses = []
        for clauses_item_data in self.clauses:
            clauses_item = clauses_item_data.to_dict()
            clauses.append(clauses_item)



        acceptances = []
        for acceptances_item_data in self.acceptances:
            acceptances_item = acceptances_item_data.to_dict()
            acceptances.append(acceptances_item)



        waiting_for = []
        for waiting_for_item_data in self.waiting_for:
            waiting_for_item = waiting_for_item_data.value
            waiting_for.append(waiting_for_item)



        binding_at: None | str
        if isinstance(self.binding_at, datetime.datetime):
            binding_at = self.binding_at.isoformat()
        else:
            binding_at = self.binding_at

        created_at = self.created_at.isoformat()

        document_id: int | None
        document_id = self.document_id

        pdf_url = self.pdf_url

        docx_url = self.docx_url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "order_id": order_id,
            "number": number,
            "status": status,
            "sha256": sha256,
            "spec_version_id": spec_version_id,
            "spec_sha256": spec_sha256,
            "terms": terms,
            "parties": parties,
            "clauses": clauses,
            "acceptances": acceptances,
            "waiting_for": waiting_for,
            "binding_at": binding_at,
            "created_at": created_at,
            "document_id": document_id,
            "pdf_url": pdf_url,
            "docx_url": docx_url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contract_acceptance_read import ContractAcceptanceRead # noqa: PLC0415
        from ..models.contract_clause_read import ContractClauseRead # noqa: PLC0415
        from ..models.contract_read_parties import ContractReadParties # noqa: PLC0415
        from ..models.contract_read_terms import ContractReadTerms # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        order_id = d.pop("order_id")

        number = d.pop("number")

        status = ContractStatus(d.pop("status"))




        sha256 = d.pop("sha256")

        spec_version_id = d.pop("spec_version_id")

        spec_sha256 = d.pop("spec_sha256")

        terms = ContractReadTerms.from_dict(d.pop("terms"))




        parties = ContractReadParties.from_dict(d.pop("parties"))




        clauses = []
        _clauses = d.pop("clauses")
        for clauses_item_data in (_clauses):
            clauses_item = ContractClauseRead.from_dict(clauses_item_data)



            clauses.append(clauses_item)


        acceptances = []
        _acceptances = d.pop("acceptances")
        for acceptances_item_data in (_acceptances):
            acceptances_item = ContractAcceptanceRead.from_dict(acceptances_item_data)



            acceptances.append(acceptances_item)


        waiting_for = []
        _waiting_for = d.pop("waiting_for")
        for waiting_for_item_data in (_waiting_for):
            waiting_for_item = ContractParty(waiting_for_item_data)



            waiting_for.append(waiting_for_item)


        def _parse_binding_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                binding_at_type_0 = datetime.datetime.fromisoformat(data)



                return binding_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        binding_at = _parse_binding_at(d.pop("binding_at"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_document_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        document_id = _parse_document_id(d.pop("document_id"))


        pdf_url = d.pop("pdf_url")

        docx_url = d.pop("docx_url")

        contract_read = cls(
            id=id,
            order_id=order_id,
            number=number,
            status=status,
            sha256=sha256,
            spec_version_id=spec_version_id,
            spec_sha256=spec_sha256,
            terms=terms,
            parties=parties,
            clauses=clauses,
            acceptances=acceptances,
            waiting_for=waiting_for,
            binding_at=binding_at,
            created_at=created_at,
            document_id=document_id,
            pdf_url=pdf_url,
            docx_url=docx_url,
        )


        contract_read.additional_properties = d
        return contract_read

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
