from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.match_read import MatchRead





T = TypeVar("T", bound="ConfirmRead")



@_attrs_define
class ConfirmRead:
    """ 
        Attributes:
            draft_id (int):
            complaint_form_url (str):
            matches (list[MatchRead]):
     """

    draft_id: int
    complaint_form_url: str
    matches: list[MatchRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.match_read import MatchRead # noqa: PLC0415
        draft_id = self.draft_id

        complaint_form_url = self.complaint_form_url

        matches = []
        for matches_item_data in self.matches:
            matches_item = matches_item_data.to_dict()
            matches.append(matches_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "draft_id": draft_id,
            "complaint_form_url": complaint_form_url,
            "matches": matches,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.match_read import MatchRead # noqa: PLC0415
        d = dict(src_dict)
        draft_id = d.pop("draft_id")

        complaint_form_url = d.pop("complaint_form_url")

        matches = []
        _matches = d.pop("matches")
        for matches_item_data in (_matches):
            matches_item = MatchRead.from_dict(matches_item_data)



            matches.append(matches_item)


        confirm_read = cls(
            draft_id=draft_id,
            complaint_form_url=complaint_form_url,
            matches=matches,
        )


        confirm_read.additional_properties = d
        return confirm_read

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
