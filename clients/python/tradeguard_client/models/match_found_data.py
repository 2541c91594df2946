from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="MatchFoundData")



@_attrs_define
class MatchFoundData:
    """ 
        Attributes:
            match_id (int):
            group_id (int):
            rights_holder_id (int):
            monitored_image_id (int):
            listing_id (int):
            listing_url (str):
            listing_image_id (int):
            supplier_id (int):
            score (float):
     """

    match_id: int
    group_id: int
    rights_holder_id: int
    monitored_image_id: int
    listing_id: int
    listing_url: str
    listing_image_id: int
    supplier_id: int
    score: float





    def to_dict(self) -> dict[str, Any]:
        match_id = self.match_id

        group_id = self.group_id

        rights_holder_id = self.rights_holder_id

        monitored_image_id = self.monitored_image_id

        listing_id = self.listing_id

        listing_url = self.listing_url

        listing_image_id = self.listing_image_id

        supplier_id = self.supplier_id

        score = self.score


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "match_id": match_id,
            "group_id": group_id,
            "rights_holder_id": rights_holder_id,
            "monitored_image_id": monitored_image_id,
            "listing_id": listing_id,
            "listing_url": listing_url,
            "listing_image_id": listing_image_id,
            "supplier_id": supplier_id,
            "score": score,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        match_id = d.pop("match_id")

        group_id = d.pop("group_id")

        rights_holder_id = d.pop("rights_holder_id")

        monitored_image_id = d.pop("monitored_image_id")

        listing_id = d.pop("listing_id")

        listing_url = d.pop("listing_url")

        listing_image_id = d.pop("listing_image_id")

        supplier_id = d.pop("supplier_id")

        score = d.pop("score")

        match_found_data = cls(
            match_id=match_id,
            group_id=group_id,
            rights_holder_id=rights_holder_id,
            monitored_image_id=monitored_image_id,
            listing_id=listing_id,
            listing_url=listing_url,
            listing_image_id=listing_image_id,
            supplier_id=supplier_id,
            score=score,
        )

        return match_found_data

