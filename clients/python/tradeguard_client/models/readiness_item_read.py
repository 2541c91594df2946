from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.readiness_link_read import ReadinessLinkRead





T = TypeVar("T", bound="ReadinessItemRead")



@_attrs_define
class ReadinessItemRead:
    """ 
        Attributes:
            key (str):
            label (str):
            done (bool):
            detail (str):
            dispute_cost (str):
            next_step (str): The caller's next step in this item's state, or whom it waits for.
            fix_url (str): The first of `links` (empty when there is none).
            fix_label (str):
            links (list[ReadinessLinkRead]):
     """

    key: str
    label: str
    done: bool
    detail: str
    dispute_cost: str
    next_step: str
    fix_url: str
    fix_label: str
    links: list[ReadinessLinkRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.readiness_link_read import ReadinessLinkRead # noqa: PLC0415
        key = self.key

        label = self.label

        done = self.done

        detail = self.detail

        dispute_cost = self.dispute_cost

        next_step = self.next_step

        fix_url = self.fix_url

        fix_label = self.fix_label

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "key": key,
            "label": label,
            "done": done,
            "detail": detail,
            "dispute_cost": dispute_cost,
            "next_step": next_step,
            "fix_url": fix_url,
            "fix_label": fix_label,
            "links": links,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.readiness_link_read import ReadinessLinkRead # noqa: PLC0415
        d = dict(src_dict)
        key = d.pop("key")

        label = d.pop("label")

        done = d.pop("done")

        detail = d.pop("detail")

        dispute_cost = d.pop("dispute_cost")

        next_step = d.pop("next_step")

        fix_url = d.pop("fix_url")

        fix_label = d.pop("fix_label")

        links = []
        _links = d.pop("links")
        for links_item_data in (_links):
            links_item = ReadinessLinkRead.from_dict(links_item_data)



            links.append(links_item)


        readiness_item_read = cls(
            key=key,
            label=label,
            done=done,
            detail=detail,
            dispute_cost=dispute_cost,
            next_step=next_step,
            fix_url=fix_url,
            fix_label=fix_label,
            links=links,
        )


        readiness_item_read.additional_properties = d
        return readiness_item_read

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
