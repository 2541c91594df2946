from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.org_kind import OrgKind
from ..types import UNSET, Unset






T = TypeVar("T", bound="OrganizationCreate")



@_attrs_define
class OrganizationCreate:
    """ 
        Attributes:
            name (str):
            kind (OrgKind):
            country (str): ISO 3166-1 alpha-2
            registration_number (str | Unset):  Default: ''.
            contact_email (str | Unset):  Default: ''.
            website (str | Unset):  Default: ''.
     """

    name: str
    kind: OrgKind
    country: str
    registration_number: str | Unset = ''
    contact_email: str | Unset = ''
    website: str | Unset = ''
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind = self.kind.value

        country = self.country

        registration_number = self.registration_number

        contact_email = self.contact_email

        website = self.website


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "name": name,
            "kind": kind,
            "country": country,
        })
        if registration_number is not UNSET:
            field_dict["registration_number"] = registration_number
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        kind = OrgKind(d.pop("kind"))




        country = d.pop("country")

        registration_number = d.pop("registration_number", UNSET)

        contact_email = d.pop("contact_email", UNSET)

        website = d.pop("website", UNSET)

        organization_create = cls(
            name=name,
            kind=kind,
            country=country,
            registration_number=registration_number,
            contact_email=contact_email,
            website=website,
        )


        organization_create.additional_properties = d
        return organization_create

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
