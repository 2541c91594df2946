from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.role import Role
from typing import cast

if TYPE_CHECKING:
  from ..models.organization_brief import OrganizationBrief





T = TypeVar("T", bound="MeRead")



@_attrs_define
class MeRead:
    """ 
        Attributes:
            id (int):
            email (str):
            full_name (str):
            role (Role):
            timezone (str):
            language (str): The language chosen: en, zh-hans, or empty to follow the organization's country.
            effective_language (str): The language TradeGuard speaks to this person (pages, notifications, e-mails).
            organization (None | OrganizationBrief):
     """

    id: int
    email: str
    full_name: str
    role: Role
    timezone: str
    language: str
    effective_language: str
    organization: None | OrganizationBrief
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.organization_brief import OrganizationBrief # noqa: PLC0415
        id = self.id

        email = self.email

        full_name = self.full_name

        role = self.role.value

        timezone = self.timezone

        language = self.language

        effective_language = self.effective_language

        organization: dict[str, Any] | None
        if isinstance(self.organization, OrganizationBrief):
            organization = self.organization.to_dict()
        else:
            organization = self.organization


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "email": email,
            "full_name": full_name,
            "role": role,
            "timezone": timezone,
            "language": language,
            "effective_language": effective_language,
            "organization": organization,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_brief import OrganizationBrief # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        full_name = d.pop("full_name")

        role = Role(d.pop("role"))




        timezone = d.pop("timezone")

        language = d.pop("language")

        effective_language = d.pop("effective_language")

        def _parse_organization(data: object) -> None | OrganizationBrief:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organization_type_0 = OrganizationBrief.from_dict(data)



                return organization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrganizationBrief, data)

        organization = _parse_organization(d.pop("organization"))


        me_read = cls(
            id=id,
            email=email,
            full_name=full_name,
            role=role,
            timezone=timezone,
            language=language,
            effective_language=effective_language,
            organization=organization,
        )


        me_read.additional_properties = d
        return me_read

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
