from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="MatchGroupRead")



@_attrs_define
class MatchGroupRead:
    """ 
        Attributes:
            id (int):
            owner_id (int):
            monitored_image_id (int):
            monitored_label (str):
            supplier_id (int):
            supplier_name (str):
            match_count (int):
            new_count (int):
            best_score (float):
            last_found_at (datetime.datetime | None):
            reference_file_url (str):
     """

    id: int
    owner_id: int
    monitored_image_id: int
    monitored_label: str
    supplier_id: int
    supplier_name: str
    match_count: int
    new_count: int
    best_score: float
    last_found_at: datetime.datetime | None
    reference_file_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        owner_id = self.owner_id

        monitored_image_id = self.monitored_image_id

        monitored_label = self.monitored_label

        supplier_id = self.supplier_id

        supplier_name = self.supplier_name

        match_count = self.match_count

        new_count = self.new_count

        best_score = self.best_score

        last_found_at: None | str
        if isinstance(self.last_found_at, datetime.datetime):
            last_found_at = self.last_found_at.isoformat()
        else:
            last_found_at = self.last_found_at

        reference_file_url = self.reference_file_url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "owner_id": owner_id,
            "monitored_image_id": monitored_image_id,
            "monitored_label": monitored_label,
            "supplier_id": supplier_id,
            "supplier_name": supplier_name,
            "match_count": match_count,
            "new_count": new_count,
            "best_score": best_score,
            "last_found_at": last_found_at,
            "reference_file_url": reference_file_url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        owner_id = d.pop("owner_id")

        monitored_image_id = d.pop("monitored_image_id")

        monitored_label = d.pop("monitored_label")

        supplier_id = d.pop("supplier_id")

        supplier_name = d.pop("supplier_name")

        match_count = d.pop("match_count")

        new_count = d.pop("new_count")

        best_score = d.pop("best_score")

        def _parse_last_found_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_found_at_type_0 = datetime.datetime.fromisoformat(data)



                return last_found_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_found_at = _parse_last_found_at(d.pop("last_found_at"))


        reference_file_url = d.pop("reference_file_url")

        match_group_read = cls(
            id=id,
            owner_id=owner_id,
            monitored_image_id=monitored_image_id,
            monitored_label=monitored_label,
            supplier_id=supplier_id,
            supplier_name=supplier_name,
            match_count=match_count,
            new_count=new_count,
            best_score=best_score,
            last_found_at=last_found_at,
            reference_file_url=reference_file_url,
        )


        match_group_read.additional_properties = d
        return match_group_read

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
