from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.role import Role
from typing import cast






T = TypeVar("T", bound="UserRead")



@_attrs_define
class UserRead:
    """ 
        Attributes:
            id (int):
            email (str):
            full_name (str):
            role (Role):
            timezone (str):
            organization_id (int | None):
     """

    id: int
    email: str
    full_name: str
    role: Role
    timezone: str
    organization_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        full_name = self.full_name

        role = self.role.value

        timezone = self.timezone

        organization_id: int | None
        organization_id = self.organization_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "email": email,
            "full_name": full_name,
            "role": role,
            "timezone": timezone,
            "organization_id": organization_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        full_name = d.pop("full_name")

        role = Role(d.pop("role"))




        timezone = d.pop("timezone")

        def _parse_organization_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        organization_id = _parse_organization_id(d.pop("organization_id"))


        user_read = cls(
            id=id,
            email=email,
            full_name=full_name,
            role=role,
            timezone=timezone,
            organization_id=organization_id,
        )


        user_read.additional_properties = d
        return user_read

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
