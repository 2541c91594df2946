from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.clause_kind import ClauseKind
from ..models.severity import Severity
from typing import cast

if TYPE_CHECKING:
  from ..models.clause_read_target_type_0 import ClauseReadTargetType0





T = TypeVar("T", bound="ClauseRead")



@_attrs_define
class ClauseRead:
    """ 
        Attributes:
            clause_id (str):
            text (str):
            kind (ClauseKind):
            severity (Severity):
            target (ClauseReadTargetType0 | None):
            target_text (str):
     """

    clause_id: str
    text: str
    kind: ClauseKind
    severity: Severity
    target: ClauseReadTargetType0 | None
    target_text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.clause_read_target_type_0 import ClauseReadTargetType0 # noqa: PLC0415
        clause_id = self.clause_id

        text = self.text

        kind = self.kind.value

        severity = self.severity.value

        target: dict[str, Any] | None
        if isinstance(self.target, ClauseReadTargetType0):
            target = self.target.to_dict()
        else:
            target = self.target

        target_text = self.target_text


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "clause_id": clause_id,
            "text": text,
            "kind": kind,
            "severity": severity,
            "target": target,
            "target_text": target_text,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clause_read_target_type_0 import ClauseReadTargetType0 # noqa: PLC0415
        d = dict(src_dict)
        clause_id = d.pop("clause_id")

        text = d.pop("text")

        kind = ClauseKind(d.pop("kind"))




        severity = Severity(d.pop("severity"))




        def _parse_target(data: object) -> ClauseReadTargetType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                target_type_0 = ClauseReadTargetType0.from_dict(data)



                return target_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClauseReadTargetType0 | None, data)

        target = _parse_target(d.pop("target"))


        target_text = d.pop("target_text")

        clause_read = cls(
            clause_id=clause_id,
            text=text,
            kind=kind,
            severity=severity,
            target=target,
            target_text=target_text,
        )


        clause_read.additional_properties = d
        return clause_read

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
