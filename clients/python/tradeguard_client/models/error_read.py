from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.error_code import ErrorCode
from typing import cast

if TYPE_CHECKING:
  from ..models.error_read_fields import ErrorReadFields





T = TypeVar("T", bound="ErrorRead")



@_attrs_define
class ErrorRead:
    """ Every 4xx answer: a stable `code`, a `message` for people, and `fields` mapping each request field at fault (a body
    field, a query or path parameter, a form part; `body` for the body as a whole; nested fields dotted, e.g.
    `items.0.quantity`) to what is wrong and what to do.

        Attributes:
            code (ErrorCode): Every `code` an error answer can carry. A code names the rule that was broken; the message
                says it for people, with what to do.
            message (str):
            fields (ErrorReadFields):
     """

    code: ErrorCode
    message: str
    fields: ErrorReadFields
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.error_read_fields import ErrorReadFields # noqa: PLC0415
        code = self.code.value

        message = self.message

        fields = self.fields.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "message": message,
            "fields": fields,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_read_fields import ErrorReadFields # noqa: PLC0415
        d = dict(src_dict)
        code = ErrorCode(d.pop("code"))




        message = d.pop("message")

        fields = ErrorReadFields.from_dict(d.pop("fields"))




        error_read = cls(
            code=code,
            message=message,
            fields=fields,
        )


        error_read.additional_properties = d
        return error_read

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
