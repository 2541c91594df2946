from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.listing_update_attributes_type_0 import ListingUpdateAttributesType0





T = TypeVar("T", bound="ListingUpdate")



@_attrs_define
class ListingUpdate:
    """ 
        Attributes:
            marketplace_url (None | str | Unset):
            title (None | str | Unset):
            description (None | str | Unset):
            attributes (ListingUpdateAttributesType0 | None | Unset):
            disclosed_defects (None | str | Unset):
     """

    marketplace_url: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    attributes: ListingUpdateAttributesType0 | None | Unset = UNSET
    disclosed_defects: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.listing_update_attributes_type_0 import ListingUpdateAttributesType0 # noqa: PLC0415
        marketplace_url: None | str | Unset
        if isinstance(self.marketplace_url, Unset):
            marketplace_url = UNSET
        else:
            marketplace_url = self.marketplace_url

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, ListingUpdateAttributesType0):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        disclosed_defects: None | str | Unset
        if isinstance(self.disclosed_defects, Unset):
            disclosed_defects = UNSET
        else:
            disclosed_defects = self.disclosed_defects


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if marketplace_url is not UNSET:
            field_dict["marketplace_url"] = marketplace_url
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if disclosed_defects is not UNSET:
            field_dict["disclosed_defects"] = disclosed_defects

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.listing_update_attributes_type_0 import ListingUpdateAttributesType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_marketplace_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        marketplace_url = _parse_marketplace_url(d.pop("marketplace_url", UNSET))


        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        def _parse_attributes(data: object) -> ListingUpdateAttributesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_0 = ListingUpdateAttributesType0.from_dict(data)



                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListingUpdateAttributesType0 | None | Unset, data)

        attributes = _parse_attributes(d.pop("attributes", UNSET))


        def _parse_disclosed_defects(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        disclosed_defects = _parse_disclosed_defects(d.pop("disclosed_defects", UNSET))


        listing_update = cls(
            marketplace_url=marketplace_url,
            title=title,
            description=description,
            attributes=attributes,
            disclosed_defects=disclosed_defects,
        )


        listing_update.additional_properties = d
        return listing_update

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
