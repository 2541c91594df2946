from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import json
from .. import types

from ..types import UNSET, Unset

from ..types import File, FileTypes
from ..types import UNSET, Unset
from io import BytesIO
from typing import cast






T = TypeVar("T", bound="IpItemsAppealMultiPartBodyParams")



@_attrs_define
class IpItemsAppealMultiPartBodyParams:
    """ 
        Attributes:
            explanation (str):
            documents (list[File] | None | Unset):
     """

    explanation: str
    documents: list[File] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        explanation = self.explanation

        documents: list[FileTypes] | None | Unset
        if isinstance(self.documents, Unset):
            documents = UNSET
        elif isinstance(self.documents, list):
            documents = []
            for documents_type_0_item_data in self.documents:
                documents_type_0_item = documents_type_0_item_data.to_tuple()

                documents.append(documents_type_0_item)


        else:
            documents = self.documents


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "explanation": explanation,
        })
        if documents is not UNSET:
            field_dict["documents"] = documents

        return field_dict


    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("explanation", (None, str(self.explanation).encode(), "text/plain")))



        if not isinstance(self.documents, Unset):
            if isinstance(self.documents, list):

                for documents_type_0_item_element in self.documents:
                    files.append(("documents", documents_type_0_item_element.to_tuple()))
            else:
                files.append(("documents", (None, str(self.documents).encode(), "text/plain")))



        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))



        return files


    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        explanation = d.pop("explanation")

        def _parse_documents(data: object) -> list[File] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                documents_type_0 = []
                _documents_type_0 = data
                for documents_type_0_item_data in (_documents_type_0):
                    documents_type_0_item = File(
                         payload = BytesIO(documents_type_0_item_data)
                    )



                    documents_type_0.append(documents_type_0_item)

                return documents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[File] | None | Unset, data)

        documents = _parse_documents(d.pop("documents", UNSET))


        ip_items_appeal_multi_part_body_params = cls(
            explanation=explanation,
            documents=documents,
        )


        ip_items_appeal_multi_part_body_params.additional_properties = d
        return ip_items_appeal_multi_part_body_params

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
