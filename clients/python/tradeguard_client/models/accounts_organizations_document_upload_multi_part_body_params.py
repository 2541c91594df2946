from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import json
from .. import types

from ..types import UNSET, Unset

from ..models.accounts_organizations_document_upload_multi_part_body_params_org_document_kind import AccountsOrganizationsDocumentUploadMultiPartBodyParamsOrgDocumentKind
from ..types import File, FileTypes
from ..types import UNSET, Unset
from io import BytesIO






T = TypeVar("T", bound="AccountsOrganizationsDocumentUploadMultiPartBodyParams")



@_attrs_define
class AccountsOrganizationsDocumentUploadMultiPartBodyParams:
    """ 
        Attributes:
            kind (AccountsOrganizationsDocumentUploadMultiPartBodyParamsOrgDocumentKind):
            file (File):
            description (str | Unset):  Default: ''.
     """

    kind: AccountsOrganizationsDocumentUploadMultiPartBodyParamsOrgDocumentKind
    file: File
    description: str | Unset = ''
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        file = self.file.to_tuple()


        description = self.description


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "file": file,
        })
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict


    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("kind",  (None, str(self.kind.value).encode(), "text/plain")))



        files.append(("file", self.file.to_tuple()))



        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))




        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))



        return files


    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = AccountsOrganizationsDocumentUploadMultiPartBodyParamsOrgDocumentKind(d.pop("kind"))




        file = File(
             payload = BytesIO(d.pop("file"))
        )




        description = d.pop("description", UNSET)

        accounts_organizations_document_upload_multi_part_body_params = cls(
            kind=kind,
            file=file,
            description=description,
        )


        accounts_organizations_document_upload_multi_part_body_params.additional_properties = d
        return accounts_organizations_document_upload_multi_part_body_params

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
