from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.acceptance_party import AcceptanceParty
from ..models.attachment_status import AttachmentStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.acceptance_read import AcceptanceRead





T = TypeVar("T", bound="AttachmentRead")



@_attrs_define
class AttachmentRead:
    """ 
        Attributes:
            id (int):
            order_id (int):
            specification_id (int):
            product_name (str):
            version_id (int):
            version (int):
            sha256 (str):
            status (AttachmentStatus):
            binding_at (datetime.datetime | None):
            created_at (datetime.datetime):
            acceptances (list[AcceptanceRead]):
            waiting_for (list[AcceptanceParty]):
     """

    id: int
    order_id: int
    specification_id: int
    product_name: str
    version_id: int
    version: int
    sha256: str
    status: AttachmentStatus
    binding_at: datetime.datetime | None
    created_at: datetime.datetime
    acceptances: list[AcceptanceRead]
    waiting_for: list[AcceptanceParty]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.acceptance_read import AcceptanceRead # noqa: PLC0415
        id = self.id

        order_id = self.order_id

        specification_id = self.specification_id

        product_name = self.product_name

        version_id = self.version_id

        version = self.version

        sha256 = self.sha256

        status = self.status.value

        binding_at: None | str
        if isinstance(self.binding_at, datetime.datetime):
            binding_at = self.binding_at.isoformat()
        else:
            binding_at = self.binding_at

        created_at = self.created_at.isoformat()

        acceptances = []
        for acceptances_item_data in self.acceptances:
            acceptances_item = acceptances_item_data.to_dict()
            acceptances.append(acceptances_item)



        waiting_for = []
        for waiting_for_item_data in self.waiting_for:
            waiting_for_item = waiting_for_item_data.value
            waiting_for.append(waiting_for_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "order_id": order_id,
            "specification_id": specification_id,
            "product_name": product_name,
            "version_id": version_id,
            "version": version,
            "sha256": sha256,
            "status": status,
            "binding_at": binding_at,
            "created_at": created_at,
            "acceptances": acceptances,
            "waiting_for": waiting_for,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acceptance_read import AcceptanceRead # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        order_id = d.pop("order_id")

        specification_id = d.pop("specification_id")

        product_name = d.pop("product_name")

        version_id = d.pop("version_id")

        version = d.pop("version")

        sha256 = d.pop("sha256")

        status = AttachmentStatus(d.pop("status"))




        def _parse_binding_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                binding_at_type_0 = datetime.datetime.fromisoformat(data)



                return binding_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        binding_at = _parse_binding_at(d.pop("binding_at"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        acceptances = []
        _acceptances = d.pop("acceptances")
        for acceptances_item_data in (_acceptances):
            acceptances_item = AcceptanceRead.from_dict(acceptances_item_data)



            acceptances.append(acceptances_item)


        waiting_for = []
        _waiting_for = d.pop("waiting_for")
        for waiting_for_item_data in (_waiting_for):
            waiting_for_item = AcceptanceParty(waiting_for_item_data)



            waiting_for.append(waiting_for_item)


        attachment_read = cls(
            id=id,
            order_id=order_id,
            specification_id=specification_id,
            product_name=product_name,
            version_id=version_id,
            version=version,
            sha256=sha256,
            status=status,
            binding_at=binding_at,
            created_at=created_at,
            acceptances=acceptances,
            waiting_for=waiting_for,
        )


        attachment_read.additional_properties = d
        return attachment_read

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
