from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.listing_create_attributes import ListingCreateAttributes





T = TypeVar("T", bound="ListingCreate")



@_attrs_define
class ListingCreate:
    """ 
        Attributes:
            marketplace_url (str):
            title (str):
            supplier_id (int | None | Unset): Officers name the supplier; suppliers publish for their own.
            description (str | Unset):  Default: ''.
            attributes (ListingCreateAttributes | Unset):
            disclosed_defects (str | Unset):  Default: ''.
     """

    marketplace_url: str
    title: str
    supplier_id: int | None | Unset = UNSET
    description: str | Unset = ''
    attributes: ListingCreateAttributes | Unset = UNSET
    disclosed_defects: str | Unset = ''
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.listing_create_attributes import ListingCreateAttributes # noqa: PLC0415
        marketplace_url = self.marketplace_url

        title = self.title

        supplier_id: int | None | Unset
        if isinstance(self.supplier_id, Unset):
            supplier_id = UNSET
        else:
            supplier_id = self.supplier_id

        description = self.description

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        disclosed_defects = self.disclosed_defects


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "marketplace_url": marketplace_url,
            "title": title,
        })
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if description is not UNSET:
            field_dict["description"] = description
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if disclosed_defects is not UNSET:
            field_dict["disclosed_defects"] = disclosed_defects

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.listing_create_attributes import ListingCreateAttributes # noqa: PLC0415
        d = dict(src_dict)
        marketplace_url = d.pop("marketplace_url")

        title = d.pop("title")

        def _parse_supplier_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        supplier_id = _parse_supplier_id(d.pop("supplier_id", UNSET))


        description = d.pop("description", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: ListingCreateAttributes | Unset
        if isinstance(_attributes,  Unset):
            attributes = UNSET
        else:
            attributes = ListingCreateAttributes.from_dict(_attributes)




        disclosed_defects = d.pop("disclosed_defects", UNSET)

        listing_create = cls(
            marketplace_url=marketplace_url,
            title=title,
            supplier_id=supplier_id,
            description=description,
            attributes=attributes,
            disclosed_defects=disclosed_defects,
        )


        listing_create.additional_properties = d
        return listing_create

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
