from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.org_kind import OrgKind
from ..models.verification_status import VerificationStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="OrganizationRead")



@_attrs_define
class OrganizationRead:
    """ 
        Attributes:
            id (int):
            name (str):
            kind (OrgKind):
            country (str): ISO 3166-1 alpha-2
            verification_status (VerificationStatus):
            registration_number (str):
            website (str):
            verification_decided_at (datetime.datetime | None):
            created_at (datetime.datetime):
            contact_email (None | str | Unset):
            verification_reason (None | str | Unset):
            verification_requested_at (datetime.datetime | None | Unset):
     """

    id: int
    name: str
    kind: OrgKind
    country: str
    verification_status: VerificationStatus
    registration_number: str
    website: str
    verification_decided_at: datetime.datetime | None
    created_at: datetime.datetime
    contact_email: None | str | Unset = UNSET
    verification_reason: None | str | Unset = UNSET
    verification_requested_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        kind = self.kind.value

        country = self.country

        verification_status = self.verification_status.value

        registration_number = self.registration_number

        website = self.website

        verification_decided_at: None | str
        if isinstance(self.verification_decided_at, datetime.datetime):
            verification_decided_at = self.verification_decided_at.isoformat()
        else:
            verification_decided_at = self.verification_decided_at

        created_at = self.created_at.isoformat()

        contact_email: None | str | Unset
        if isinstance(self.contact_email, Unset):
            contact_email = UNSET
        else:
            contact_email = self.contact_email

        verification_reason: None | str | Unset
        if isinstance(self.verification_reason, Unset):
            verification_reason = UNSET
        else:
            verification_reason = self.verification_reason

        verification_requested_at: None | str | Unset
        if isinstance(self.verification_requested_at, Unset):
            verification_requested_at = UNSET
        elif isinstance(self.verification_requested_at, datetime.datetime):
            verification_requested_at = self.verification_requested_at.isoformat()
        else:
            verification_requested_at = self.verification_requested_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "name": name,
            "kind": kind,
            "country": country,
            "verification_status": verification_status,
            "registration_number": registration_number,
            "website": website,
            "verification_decided_at": verification_decided_at,
            "created_at": created_at,
        })
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email
        if verification_reason is not UNSET:
            field_dict["verification_reason"] = verification_reason
        if verification_requested_at is not UNSET:
            field_dict["verification_requested_at"] = verification_requested_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        kind = OrgKind(d.pop("kind"))




        country = d.pop("country")

        verification_status = VerificationStatus(d.pop("verification_status"))




        registration_number = d.pop("registration_number")

        website = d.pop("website")

        def _parse_verification_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verification_decided_at_type_0 = datetime.datetime.fromisoformat(data)



                return verification_decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        verification_decided_at = _parse_verification_decided_at(d.pop("verification_decided_at"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_contact_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_email = _parse_contact_email(d.pop("contact_email", UNSET))


        def _parse_verification_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verification_reason = _parse_verification_reason(d.pop("verification_reason", UNSET))


        def _parse_verification_requested_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verification_requested_at_type_0 = datetime.datetime.fromisoformat(data)



                return verification_requested_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        verification_requested_at = _parse_verification_requested_at(d.pop("verification_requested_at", UNSET))


        organization_read = cls(
            id=id,
            name=name,
            kind=kind,
            country=country,
            verification_status=verification_status,
            registration_number=registration_number,
            website=website,
            verification_decided_at=verification_decided_at,
            created_at=created_at,
            contact_email=contact_email,
            verification_reason=verification_reason,
            verification_requested_at=verification_requested_at,
        )


        organization_read.additional_properties = d
        return organization_read

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
