from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.spec_version_brief import SpecVersionBrief





T = TypeVar("T", bound="SpecRead")



@_attrs_define
class SpecRead:
    """ 
        Attributes:
            id (int):
            buyer_id (int):
            buyer (str):
            product_name (str):
            reference (str):
            created_at (datetime.datetime):
            latest_version (int | None):
            versions (list[SpecVersionBrief]):
     """

    id: int
    buyer_id: int
    buyer: str
    product_name: str
    reference: str
    created_at: datetime.datetime
    latest_version: int | None
    versions: list[SpecVersionBrief]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.spec_version_brief import SpecVersionBrief # noqa: PLC0415
        id = self.id

        buyer_id = self.buyer_id

        buyer = self.buyer

        product_name = self.product_name

        reference = self.reference

        created_at = self.created_at.isoformat()

        latest_version: int | None
        latest_version = self.latest_version

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "buyer_id": buyer_id,
            "buyer": buyer,
            "product_name": product_name,
            "reference": reference,
            "created_at": created_at,
            "latest_version": latest_version,
            "versions": versions,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.spec_version_brief import SpecVersionBrief # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        buyer_id = d.pop("buyer_id")

        buyer = d.pop("buyer")

        product_name = d.pop("product_name")

        reference = d.pop("reference")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_latest_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        latest_version = _parse_latest_version(d.pop("latest_version"))


        versions = []
        _versions = d.pop("versions")
        for versions_item_data in (_versions):
            versions_item = SpecVersionBrief.from_dict(versions_item_data)



            versions.append(versions_item)


        spec_read = cls(
            id=id,
            buyer_id=buyer_id,
            buyer=buyer,
            product_name=product_name,
            reference=reference,
            created_at=created_at,
            latest_version=latest_version,
            versions=versions,
        )


        spec_read.additional_properties = d
        return spec_read

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
