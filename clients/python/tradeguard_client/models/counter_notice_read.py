from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.file_read import FileRead





T = TypeVar("T", bound="CounterNoticeRead")



@_attrs_define
class CounterNoticeRead:
    """ 
        Attributes:
            explanation (str):
            signature_name (str):
            signed_at (datetime.datetime):
            listing_was_removed (bool):
            documents (int): How many documents (see `document_files`)
            document_files (list[FileRead]):
     """

    explanation: str
    signature_name: str
    signed_at: datetime.datetime
    listing_was_removed: bool
    documents: int
    document_files: list[FileRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.file_read import FileRead # noqa: PLC0415
        explanation = self.explanation

        signature_name = self.signature_name

        signed_at = self.signed_at.isoformat()

        listing_was_removed = self.listing_was_removed

        documents = self.documents

        document_files = []
        for document_files_item_data in self.document_files:
            document_files_item = document_files_item_data.to_dict()
            document_files.append(document_files_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "explanation": explanation,
            "signature_name": signature_name,
            "signed_at": signed_at,
            "listing_was_removed": listing_was_removed,
            "documents": documents,
            "document_files": document_files,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_read import FileRead # noqa: PLC0415
        d = dict(src_dict)
        explanation = d.pop("explanation")

        signature_name = d.pop("signature_name")

        signed_at = datetime.datetime.fromisoformat(d.pop("signed_at"))




        listing_was_removed = d.pop("listing_was_removed")

        documents = d.pop("documents")

        document_files = []
        _document_files = d.pop("document_files")
        for document_files_item_data in (_document_files):
            document_files_item = FileRead.from_dict(document_files_item_data)



            document_files.append(document_files_item)


        counter_notice_read = cls(
            explanation=explanation,
            signature_name=signature_name,
            signed_at=signed_at,
            listing_was_removed=listing_was_removed,
            documents=documents,
            document_files=document_files,
        )


        counter_notice_read.additional_properties = d
        return counter_notice_read

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
