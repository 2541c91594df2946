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






T = TypeVar("T", bound="OrganizationListParams")



@_attrs_define
class OrganizationListParams:
    """ 
        Attributes:
            kind (None | OrgKind | Unset):
            country (None | str | Unset): ISO 3166-1 alpha-2
            verification_status (None | Unset | VerificationStatus):
            q (None | str | Unset):
     """

    kind: None | OrgKind | Unset = UNSET
    country: None | str | Unset = UNSET
    verification_status: None | Unset | VerificationStatus = UNSET
    q: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, OrgKind):
            kind = self.kind.value
        else:
            kind = self.kind

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        verification_status: None | str | Unset
        if isinstance(self.verification_status, Unset):
            verification_status = UNSET
        elif isinstance(self.verification_status, VerificationStatus):
            verification_status = self.verification_status.value
        else:
            verification_status = self.verification_status

        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if kind is not UNSET:
            field_dict["kind"] = kind
        if country is not UNSET:
            field_dict["country"] = country
        if verification_status is not UNSET:
            field_dict["verification_status"] = verification_status
        if q is not UNSET:
            field_dict["q"] = q

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_kind(data: object) -> None | OrgKind | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = OrgKind(data)



                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrgKind | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))


        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))


        def _parse_verification_status(data: object) -> None | Unset | VerificationStatus:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verification_status_type_0 = VerificationStatus(data)



                return verification_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VerificationStatus, data)

        verification_status = _parse_verification_status(d.pop("verification_status", UNSET))


        def _parse_q(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        q = _parse_q(d.pop("q", UNSET))


        organization_list_params = cls(
            kind=kind,
            country=country,
            verification_status=verification_status,
            q=q,
        )


        organization_list_params.additional_properties = d
        return organization_list_params

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
