from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.role import Role
from ..types import UNSET, Unset






T = TypeVar("T", bound="UserCreate")



@_attrs_define
class UserCreate:
    """ 
        Attributes:
            email (str):
            password (str):
            role (Role):
            organization_id (int):
            full_name (str | Unset):  Default: ''.
            timezone (str | Unset):  Default: 'UTC'.
     """

    email: str
    password: str
    role: Role
    organization_id: int
    full_name: str | Unset = ''
    timezone: str | Unset = 'UTC'
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        role = self.role.value

        organization_id = self.organization_id

        full_name = self.full_name

        timezone = self.timezone


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "email": email,
            "password": password,
            "role": role,
            "organization_id": organization_id,
        })
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        password = d.pop("password")

        role = Role(d.pop("role"))




        organization_id = d.pop("organization_id")

        full_name = d.pop("full_name", UNSET)

        timezone = d.pop("timezone", UNSET)

        user_create = cls(
            email=email,
            password=password,
            role=role,
            organization_id=organization_id,
            full_name=full_name,
            timezone=timezone,
        )


        user_create.additional_properties = d
        return user_create

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
