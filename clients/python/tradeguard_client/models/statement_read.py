from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.sor_decision import SorDecision
from typing import cast
import datetime






T = TypeVar("T", bound="StatementRead")



@_attrs_define
class StatementRead:
    """ A statement of reasons (DSA art. 17) the supplier receives for a removal or a
    restoration.

        Attributes:
            id (int):
            decision (SorDecision):
            facts (str):
            ground (str):
            automated (bool):
            redress (str): How to contest it, with absolute links
            appeal_due_at (datetime.datetime | None): Until when the supplier may appeal this removal (null for
                restorations)
            created_at (datetime.datetime):
     """

    id: int
    decision: SorDecision
    facts: str
    ground: str
    automated: bool
    redress: str
    appeal_due_at: datetime.datetime | None
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        decision = self.decision.value

        facts = self.facts

        ground = self.ground

        automated = self.automated

        redress = self.redress

        appeal_due_at: None | str
        if isinstance(self.appeal_due_at, datetime.datetime):
            appeal_due_at = self.appeal_due_at.isoformat()
        else:
            appeal_due_at = self.appeal_due_at

        created_at = self.created_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "decision": decision,
            "facts": facts,
            "ground": ground,
            "automated": automated,
            "redress": redress,
            "appeal_due_at": appeal_due_at,
            "created_at": created_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        decision = SorDecision(d.pop("decision"))




        facts = d.pop("facts")

        ground = d.pop("ground")

        automated = d.pop("automated")

        redress = d.pop("redress")

        def _parse_appeal_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                appeal_due_at_type_0 = datetime.datetime.fromisoformat(data)



                return appeal_due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        appeal_due_at = _parse_appeal_due_at(d.pop("appeal_due_at"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        statement_read = cls(
            id=id,
            decision=decision,
            facts=facts,
            ground=ground,
            automated=automated,
            redress=redress,
            appeal_due_at=appeal_due_at,
            created_at=created_at,
        )


        statement_read.additional_properties = d
        return statement_read

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
