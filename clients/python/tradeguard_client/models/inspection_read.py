from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.inspection_kind import InspectionKind
from ..models.inspection_read_overall_type_0 import InspectionReadOverallType0
from ..models.inspection_status import InspectionStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.inspection_read_plan import InspectionReadPlan





T = TypeVar("T", bound="InspectionRead")



@_attrs_define
class InspectionRead:
    """ 
        Attributes:
            id (int):
            order_id (int):
            order_reference (str):
            kind (InspectionKind):
            status (InspectionStatus):
            inspector_org_id (int):
            inspector_org (str):
            spec_version_id (int | None):
            scheduled_for (datetime.date | None):
            plan (InspectionReadPlan):
            overall (InspectionReadOverallType0 | None):
            created_at (datetime.datetime):
            signed_at (datetime.datetime | None):
     """

    id: int
    order_id: int
    order_reference: str
    kind: InspectionKind
    status: InspectionStatus
    inspector_org_id: int
    inspector_org: str
    spec_version_id: int | None
    scheduled_for: datetime.date | None
    plan: InspectionReadPlan
    overall: InspectionReadOverallType0 | None
    created_at: datetime.datetime
    signed_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.inspection_read_plan import InspectionReadPlan # noqa: PLC0415
        id = self.id

        order_id = self.order_id

        order_reference = self.order_reference

        kind = self.kind.value

        status = self.status.value

        inspector_org_id = self.inspector_org_id

        inspector_org = self.inspector_org

        spec_version_id: int | None
        spec_version_id = self.spec_version_id

        scheduled_for: None | str
        if isinstance(self.scheduled_for, datetime.date):
            scheduled_for = self.scheduled_for.isoformat()
        else:
            scheduled_for = self.scheduled_for

        plan = self.plan.to_dict()

        overall: None | str
        if isinstance(self.overall, InspectionReadOverallType0):
            overall = self.overall.value
        else:
            overall = self.overall

        created_at = self.created_at.isoformat()

        signed_at: None | str
        if isinstance(self.signed_at, datetime.datetime):
            signed_at = self.signed_at.isoformat()
        else:
            signed_at = self.signed_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "order_id": order_id,
            "order_reference": order_reference,
            "kind": kind,
            "status": status,
            "inspector_org_id": inspector_org_id,
            "inspector_org": inspector_org,
            "spec_version_id": spec_version_id,
            "scheduled_for": scheduled_for,
            "plan": plan,
            "overall": overall,
            "created_at": created_at,
            "signed_at": signed_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inspection_read_plan import InspectionReadPlan # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        order_id = d.pop("order_id")

        order_reference = d.pop("order_reference")

        kind = InspectionKind(d.pop("kind"))




        status = InspectionStatus(d.pop("status"))




        inspector_org_id = d.pop("inspector_org_id")

        inspector_org = d.pop("inspector_org")

        def _parse_spec_version_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        spec_version_id = _parse_spec_version_id(d.pop("spec_version_id"))


        def _parse_scheduled_for(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_for_type_0 = datetime.date.fromisoformat(data)



                return scheduled_for_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        scheduled_for = _parse_scheduled_for(d.pop("scheduled_for"))


        plan = InspectionReadPlan.from_dict(d.pop("plan"))




        def _parse_overall(data: object) -> InspectionReadOverallType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                overall_type_0 = InspectionReadOverallType0(data)



                return overall_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InspectionReadOverallType0 | None, data)

        overall = _parse_overall(d.pop("overall"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_signed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_at_type_0 = datetime.datetime.fromisoformat(data)



                return signed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        signed_at = _parse_signed_at(d.pop("signed_at"))


        inspection_read = cls(
            id=id,
            order_id=order_id,
            order_reference=order_reference,
            kind=kind,
            status=status,
            inspector_org_id=inspector_org_id,
            inspector_org=inspector_org,
            spec_version_id=spec_version_id,
            scheduled_for=scheduled_for,
            plan=plan,
            overall=overall,
            created_at=created_at,
            signed_at=signed_at,
        )


        inspection_read.additional_properties = d
        return inspection_read

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
