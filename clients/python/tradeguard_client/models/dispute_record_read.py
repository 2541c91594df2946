from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.dispute_case_read import DisputeCaseRead





T = TypeVar("T", bound="DisputeRecordRead")



@_attrs_define
class DisputeRecordRead:
    """ 
        Attributes:
            total (int):
            open_ (int):
            won_by_buyer (int):
            won_by_supplier (int):
            settled (int):
            withdrawn (int):
            open_awards (int):
            ignored_awards (int):
            public_cases (list[DisputeCaseRead]):
     """

    total: int
    open_: int
    won_by_buyer: int
    won_by_supplier: int
    settled: int
    withdrawn: int
    open_awards: int
    ignored_awards: int
    public_cases: list[DisputeCaseRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dispute_case_read import DisputeCaseRead # noqa: PLC0415
        total = self.total

        open_ = self.open_

        won_by_buyer = self.won_by_buyer

        won_by_supplier = self.won_by_supplier

        settled = self.settled

        withdrawn = self.withdrawn

        open_awards = self.open_awards

        ignored_awards = self.ignored_awards

        public_cases = []
        for public_cases_item_data in self.public_cases:
            public_cases_item = public_cases_item_data.to_dict()
            public_cases.append(public_cases_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "total": total,
            "open": open_,
            "won_by_buyer": won_by_buyer,
            "won_by_supplier": won_by_supplier,
            "settled": settled,
            "withdrawn": withdrawn,
            "open_awards": open_awards,
            "ignored_awards": ignored_awards,
            "public_cases": public_cases,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dispute_case_read import DisputeCaseRead # noqa: PLC0415
        d = dict(src_dict)
        total = d.pop("total")

        open_ = d.pop("open")

        won_by_buyer = d.pop("won_by_buyer")

        won_by_supplier = d.pop("won_by_supplier")

        settled = d.pop("settled")

        withdrawn = d.pop("withdrawn")

        open_awards = d.pop("open_awards")

        ignored_awards = d.pop("ignored_awards")

        public_cases = []
        _public_cases = d.pop("public_cases")
        for public_cases_item_data in (_public_cases):
            public_cases_item = DisputeCaseRead.from_dict(public_cases_item_data)



            public_cases.append(public_cases_item)


        dispute_record_read = cls(
            total=total,
            open_=open_,
            won_by_buyer=won_by_buyer,
            won_by_supplier=won_by_supplier,
            settled=settled,
            withdrawn=withdrawn,
            open_awards=open_awards,
            ignored_awards=ignored_awards,
            public_cases=public_cases,
        )


        dispute_record_read.additional_properties = d
        return dispute_record_read

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
