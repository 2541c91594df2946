from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.dispute_reason import DisputeReason
from typing import cast

if TYPE_CHECKING:
  from ..models.checklist_item_read import ChecklistItemRead
  from ..models.eligibility_read_fields import EligibilityReadFields
  from ..models.window_read import WindowRead





T = TypeVar("T", bound="EligibilityRead")



@_attrs_define
class EligibilityRead:
    """ 
        Attributes:
            order_id (int):
            reason (DisputeReason):
            eligible (bool):
            code (str): `ok`, or the error code filing would answer now
            message (str):
            fields (EligibilityReadFields): The `POST /disputes` fields at fault if filing would be refused
            window (None | WindowRead):
            covered_amount (str):
            currency (str): The order's currency (ISO 4217)
            offline (bool):
            requires_requirement (bool):
            requirement_guidance (str):
            notes (list[str]):
            not_covered (list[str]):
            checklist (list[ChecklistItemRead]):
     """

    order_id: int
    reason: DisputeReason
    eligible: bool
    code: str
    message: str
    fields: EligibilityReadFields
    window: None | WindowRead
    covered_amount: str
    currency: str
    offline: bool
    requires_requirement: bool
    requirement_guidance: str
    notes: list[str]
    not_covered: list[str]
    checklist: list[ChecklistItemRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.checklist_item_read import ChecklistItemRead # noqa: PLC0415
        from ..models.eligibility_read_fields import EligibilityReadFields # noqa: PLC0415
        from ..models.window_read import WindowRead # noqa: PLC0415
        order_id = self.order_id

        reason = self.reason.value

        eligible = self.eligible

        code = self.code

        message = self.message

        fields = self.fields.to_dict()

        window: dict[str, Any] | None
        if isinstance(self.window, WindowRead):
            window = self.window.to_dict()
        else:
            window = self.window

        covered_amount = self.covered_amount

        currency = self.currency

        offline = self.offline

        requires_requirement = self.requires_requirement

        requirement_guidance = self.requirement_guidance

        notes = self.notes



        not_covered = self.not_covered



        checklist = []
        for checklist_item_data in self.checklist:
            checklist_item = checklist_item_data.to_dict()
            checklist.append(checklist_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "order_id": order_id,
            "reason": reason,
            "eligible": eligible,
            "code": code,
            "message": message,
            "fields": fields,
            "window": window,
            "covered_amount": covered_amount,
            "currency": currency,
            "offline": offline,
            "requires_requirement": requires_requirement,
            "requirement_guidance": requirement_guidance,
            "notes": notes,
            "not_covered": not_covered,
            "checklist": checklist,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checklist_item_read import ChecklistItemRead # noqa: PLC0415
        from ..models.eligibility_read_fields import EligibilityReadFields # noqa: PLC0415
        from ..models.window_read import WindowRead # noqa: PLC0415
        d = dict(src_dict)
        order_id = d.pop("order_id")

        reason = DisputeReason(d.pop("reason"))




        eligible = d.pop("eligible")

        code = d.pop("code")

        message = d.pop("message")

        fields = EligibilityReadFields.from_dict(d.pop("fields"))




        def _parse_window(data: object) -> None | WindowRead:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                window_type_0 = WindowRead.from_dict(data)



                return window_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WindowRead, data)

        window = _parse_window(d.pop("window"))


        covered_amount = d.pop("covered_amount")

        currency = d.pop("currency")

        offline = d.pop("offline")

        requires_requirement = d.pop("requires_requirement")

        requirement_guidance = d.pop("requirement_guidance")

        notes = cast(list[str], d.pop("notes"))


        not_covered = cast(list[str], d.pop("not_covered"))


        checklist = []
        _checklist = d.pop("checklist")
        for checklist_item_data in (_checklist):
            checklist_item = ChecklistItemRead.from_dict(checklist_item_data)



            checklist.append(checklist_item)


        eligibility_read = cls(
            order_id=order_id,
            reason=reason,
            eligible=eligible,
            code=code,
            message=message,
            fields=fields,
            window=window,
            covered_amount=covered_amount,
            currency=currency,
            offline=offline,
            requires_requirement=requires_requirement,
            requirement_guidance=requirement_guidance,
            notes=notes,
            not_covered=not_covered,
            checklist=checklist,
        )


        eligibility_read.additional_properties = d
        return eligibility_read

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
