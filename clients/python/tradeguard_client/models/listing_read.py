from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.listing_status import ListingStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.organization_brief import OrganizationBrief





T = TypeVar("T", bound="ListingRead")



@_attrs_define
class ListingRead:
    """ 
        Attributes:
            id (int):
            supplier (OrganizationBrief):
            marketplace_url (str):
            title (str):
            status (ListingStatus):
            status_reason (str):
            status_changed_at (datetime.datetime | None):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
     """

    id: int
    supplier: OrganizationBrief
    marketplace_url: str
    title: str
    status: ListingStatus
    status_reason: str
    status_changed_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.organization_brief import OrganizationBrief # noqa: PLC0415
        id = self.id

        supplier = self.supplier.to_dict()

        marketplace_url = self.marketplace_url

        title = self.title

        status = self.status.value

        status_reason = self.status_reason

        status_changed_at: None | str
        if isinstance(self.status_changed_at, datetime.datetime):
            status_changed_at = self.status_changed_at.isoformat()
        else:
            status_changed_at = self.status_changed_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "supplier": supplier,
            "marketplace_url": marketplace_url,
            "title": title,
            "status": status,
            "status_reason": status_reason,
            "status_changed_at": status_changed_at,
            "created_at": created_at,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_brief import OrganizationBrief # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        supplier = OrganizationBrief.from_dict(d.pop("supplier"))




        marketplace_url = d.pop("marketplace_url")

        title = d.pop("title")

        status = ListingStatus(d.pop("status"))




        status_reason = d.pop("status_reason")

        def _parse_status_changed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_changed_at_type_0 = datetime.datetime.fromisoformat(data)



                return status_changed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        status_changed_at = _parse_status_changed_at(d.pop("status_changed_at"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        listing_read = cls(
            id=id,
            supplier=supplier,
            marketplace_url=marketplace_url,
            title=title,
            status=status,
            status_reason=status_reason,
            status_changed_at=status_changed_at,
            created_at=created_at,
            updated_at=updated_at,
        )


        listing_read.additional_properties = d
        return listing_read

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
