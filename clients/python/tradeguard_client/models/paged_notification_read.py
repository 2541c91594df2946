from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.notification_read import NotificationRead





T = TypeVar("T", bound="PagedNotificationRead")



@_attrs_define
class PagedNotificationRead:
    """ 
        Attributes:
            items (list[NotificationRead]):
            count (int): Items matching the filters: exact up to 10,000, an estimate beyond (then `count_is_estimate` is
                true).
            count_is_estimate (bool | Unset):  Default: False.
            next_cursor (None | str | Unset): Send as `cursor` for the next page.
            previous_cursor (None | str | Unset): Send as `cursor` for the page before.
     """

    items: list[NotificationRead]
    count: int
    count_is_estimate: bool | Unset = False
    next_cursor: None | str | Unset = UNSET
    previous_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.notification_read import NotificationRead # noqa: PLC0415
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        count = self.count

        count_is_estimate = self.count_is_estimate

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        previous_cursor: None | str | Unset
        if isinstance(self.previous_cursor, Unset):
            previous_cursor = UNSET
        else:
            previous_cursor = self.previous_cursor


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "items": items,
            "count": count,
        })
        if count_is_estimate is not UNSET:
            field_dict["count_is_estimate"] = count_is_estimate
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        if previous_cursor is not UNSET:
            field_dict["previous_cursor"] = previous_cursor

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_read import NotificationRead # noqa: PLC0415
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = NotificationRead.from_dict(items_item_data)



            items.append(items_item)


        count = d.pop("count")

        count_is_estimate = d.pop("count_is_estimate", UNSET)

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))


        def _parse_previous_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_cursor = _parse_previous_cursor(d.pop("previous_cursor", UNSET))


        paged_notification_read = cls(
            items=items,
            count=count,
            count_is_estimate=count_is_estimate,
            next_cursor=next_cursor,
            previous_cursor=previous_cursor,
        )


        paged_notification_read.additional_properties = d
        return paged_notification_read

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
