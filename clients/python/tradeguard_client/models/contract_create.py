from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.forum import Forum
from ..models.governing_law import GoverningLaw
from ..models.incoterm import Incoterm
from ..models.prevailing_language import PrevailingLanguage
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ContractCreate")



@_attrs_define
class ContractCreate:
    """ The drafting options; the rest comes from the order and its accepted spec.

        Attributes:
            incoterm (Incoterm): The 11 rules of Incoterms® 2020 (ICC); the first seven for any mode of transport,
                the last four for sea and inland waterway transport.
            place (str): The rule's named place, e.g. 'Ningbo port, China'
            delivery_by (datetime.date):
            buyer_address (str): The buyer's registered address
            supplier_address (str): The supplier's registered address
            forum (Forum | Unset):  Default: Forum.CIETAC.
            city (str | Unset): The supplier's city, required when forum is supplier_courts Default: ''.
            governing_law (GoverningLaw | Unset):  Default: GoverningLaw.PRC.
            prevailing_language (PrevailingLanguage | Unset):  Default: PrevailingLanguage.EN.
            quantity_tolerance (float | str | Unset): Percent either way, 0 to 20, one decimal at most Default: 3.0.
            notice_days (int | Unset): Days to notify a non-conformity Default: 30.
            remedy_days (int | Unset): Days to repair, replace or pay Default: 15.
            ship_by (datetime.date | None | Unset): Defaults to the order's ship-by
            destination (None | str | Unset): ISO 3166-1 alpha-2; defaults to the buyer's country
            compliance (list[str] | Unset): Destination labelling and compliance requirements
     """

    incoterm: Incoterm
    place: str
    delivery_by: datetime.date
    buyer_address: str
    supplier_address: str
    forum: Forum | Unset = Forum.CIETAC
    city: str | Unset = ''
    governing_law: GoverningLaw | Unset = GoverningLaw.PRC
    prevailing_language: PrevailingLanguage | Unset = PrevailingLanguage.EN
    quantity_tolerance: float | str | Unset = 3.0
    notice_days: int | Unset = 30
    remedy_days: int | Unset = 15
    ship_by: datetime.date | None | Unset = UNSET
    destination: None | str | Unset = UNSET
    compliance: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        incoterm = self.incoterm.value

        place = self.place

        delivery_by = self.delivery_by.isoformat()

        buyer_address = self.buyer_address

        supplier_address = self.supplier_address

        forum: str | Unset = UNSET
        if not isinstance(self.forum, Unset):
            forum = self.forum.value


        city = self.city

        governing_law: str | Unset = UNSET
        if not isinstance(self.governing_law, Unset):
            governing_law = self.governing_law.value


        prevailing_language: str | Unset = UNSET
        if not isinstance(self.prevailing_language, Unset):
            prevailing_language = self.prevailing_language.value


        quantity_tolerance: float | str | Unset
        if isinstance(self.quantity_tolerance, Unset):
            quantity_tolerance = UNSET
        else:
            quantity_tolerance = self.quantity_tolerance

        notice_days = self.notice_days

        remedy_days = self.remedy_days

        ship_by: None | str | Unset
        if isinstance(self.ship_by, Unset):
            ship_by = UNSET
        elif isinstance(self.ship_by, datetime.date):
            ship_by = self.ship_by.isoformat()
        else:
            ship_by = self.ship_by

        destination: None | str | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        else:
            destination = self.destination

        compliance: list[str] | Unset = UNSET
        if not isinstance(self.compliance, Unset):
            compliance = self.compliance




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "incoterm": incoterm,
            "place": place,
            "delivery_by": delivery_by,
            "buyer_address": buyer_address,
            "supplier_address": supplier_address,
        })
        if forum is not UNSET:
            field_dict["forum"] = forum
        if city is not UNSET:
            field_dict["city"] = city
        if governing_law is not UNSET:
            field_dict["governing_law"] = governing_law
        if prevailing_language is not UNSET:
            field_dict["prevailing_language"] = prevailing_language
        if quantity_tolerance is not UNSET:
            field_dict["quantity_tolerance"] = quantity_tolerance
        if notice_days is not UNSET:
            field_dict["notice_days"] = notice_days
        if remedy_days is not UNSET:
            field_dict["remedy_days"] = remedy_days
        if ship_by is not UNSET:
            field_dict["ship_by"] = ship_by
        if destination is not UNSET:
            field_dict["destination"] = destination
        if compliance is not UNSET:
            field_dict["compliance"] = compliance

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        incoterm = Incoterm(d.pop("incoterm"))




        place = d.pop("place")

        delivery_by = datetime.date.fromisoformat(d.pop("delivery_by"))




        buyer_address = d.pop("buyer_address")

        supplier_address = d.pop("supplier_address")

        _forum = d.pop("forum", UNSET)
        forum: Forum | Unset
        if isinstance(_forum,  Unset):
            forum = UNSET
        else:
            forum = Forum(_forum)




        city = d.pop("city", UNSET)

        _governing_law = d.pop("governing_law", UNSET)
        governing_law: GoverningLaw | Unset
        if isinstance(_governing_law,  Unset):
            governing_law = UNSET
        else:
            governing_law = GoverningLaw(_governing_law)




        _prevailing_language = d.pop("prevailing_language", UNSET)
        prevailing_language: PrevailingLanguage | Unset
        if isinstance(_prevailing_language,  Unset):
            prevailing_language = UNSET
        else:
            prevailing_language = PrevailingLanguage(_prevailing_language)




        def _parse_quantity_tolerance(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        quantity_tolerance = _parse_quantity_tolerance(d.pop("quantity_tolerance", UNSET))


        notice_days = d.pop("notice_days", UNSET)

        remedy_days = d.pop("remedy_days", UNSET)

        def _parse_ship_by(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ship_by_type_0 = datetime.date.fromisoformat(data)



                return ship_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ship_by = _parse_ship_by(d.pop("ship_by", UNSET))


        def _parse_destination(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        destination = _parse_destination(d.pop("destination", UNSET))


        compliance = cast(list[str], d.pop("compliance", UNSET))


        contract_create = cls(
            incoterm=incoterm,
            place=place,
            delivery_by=delivery_by,
            buyer_address=buyer_address,
            supplier_address=supplier_address,
            forum=forum,
            city=city,
            governing_law=governing_law,
            prevailing_language=prevailing_language,
            quantity_tolerance=quantity_tolerance,
            notice_days=notice_days,
            remedy_days=remedy_days,
            ship_by=ship_by,
            destination=destination,
            compliance=compliance,
        )


        contract_create.additional_properties = d
        return contract_create

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
