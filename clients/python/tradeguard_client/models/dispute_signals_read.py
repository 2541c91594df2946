from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.scam_signal_read import ScamSignalRead





T = TypeVar("T", bound="DisputeSignalsRead")



@_attrs_define
class DisputeSignalsRead:
    """ 
        Attributes:
            dispute_id (int):
            signals (list[ScamSignalRead]):
            warning (None | str): What the buyer is told, in the request's language (null: no signals)
            steps (list[str]): What to do, in the request's language
     """

    dispute_id: int
    signals: list[ScamSignalRead]
    warning: None | str
    steps: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.scam_signal_read import ScamSignalRead # noqa: PLC0415
        dispute_id = self.dispute_id

        signals = []
        for signals_item_data in self.signals:
            signals_item = signals_item_data.to_dict()
            signals.append(signals_item)



        warning: None | str
        warning = self.warning

        steps = self.steps




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "dispute_id": dispute_id,
            "signals": signals,
            "warning": warning,
            "steps": steps,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scam_signal_read import ScamSignalRead # noqa: PLC0415
        d = dict(src_dict)
        dispute_id = d.pop("dispute_id")

        signals = []
        _signals = d.pop("signals")
        for signals_item_data in (_signals):
            signals_item = ScamSignalRead.from_dict(signals_item_data)



            signals.append(signals_item)


        def _parse_warning(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        warning = _parse_warning(d.pop("warning"))


        steps = cast(list[str], d.pop("steps"))


        dispute_signals_read = cls(
            dispute_id=dispute_id,
            signals=signals,
            warning=warning,
            steps=steps,
        )


        dispute_signals_read.additional_properties = d
        return dispute_signals_read

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
