from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.complaint_reason import ComplaintReason
from ..models.language import Language
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.listing_ref_in import ListingRefIn





T = TypeVar("T", bound="ComplaintCreate")



@_attrs_define
class ComplaintCreate:
    """ 
        Attributes:
            record_id (int):
            reason (ComplaintReason):
            listings (list[ListingRefIn | str]): Up to 300 marketplace URLs or listing ids (or {listing, note} objects).
            explanation (str):
            statement_good_faith (bool): I have a good-faith belief that the use is not authorized by the rights holder, its
                agent or the law.
            statement_accuracy (bool): The information in this notice is accurate, under penalty of perjury.
            statement_authority (bool): I am the rights holder or authorized to act on its behalf.
            signature_name (str): Electronic signature: full name.
            draft_id (int | None | Unset):
            statement_language (Language | None | Unset): The language you showed the statements in (both are shown side by
                side; this is the signer's). Default: the request's language (`Accept-Language`, else the token owner's
                language). Get the texts from `GET /ip/statements`.
            statements_sha256 (None | str | Unset): The `sha256` of the statement set you showed (`GET /ip/statements`): if
                the statements changed since, nothing is filed (409).
     """

    record_id: int
    reason: ComplaintReason
    listings: list[ListingRefIn | str]
    explanation: str
    statement_good_faith: bool
    statement_accuracy: bool
    statement_authority: bool
    signature_name: str
    draft_id: int | None | Unset = UNSET
    statement_language: Language | None | Unset = UNSET
    statements_sha256: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.listing_ref_in import ListingRefIn # noqa: PLC0415
        record_id = self.record_id

        reason = self.reason.value

        listings = []
        for listings_item_data in self.listings:
            listings_item: dict[str, Any] | str
            if isinstance(listings_item_data, ListingRefIn):
                listings_item = listings_item_data.to_dict()
            else:
                listings_item = listings_item_data
            listings.append(listings_item)



        explanation = self.explanation

        statement_good_faith = self.statement_good_faith

        statement_accuracy = self.statement_accuracy

        statement_authority = self.statement_authority

        signature_name = self.signature_name

        draft_id: int | None | Unset
        if isinstance(self.draft_id, Unset):
            draft_id = UNSET
        else:
            draft_id = self.draft_id

        statement_language: None | str | Unset
        if isinstance(self.statement_language, Unset):
            statement_language = UNSET
        elif isinstance(self.statement_language, Language):
            statement_language = self.statement_language.value
        else:
            statement_language = self.statement_language

        statements_sha256: None | str | Unset
        if isinstance(self.statements_sha256, Unset):
            statements_sha256 = UNSET
        else:
            statements_sha256 = self.statements_sha256


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "record_id": record_id,
            "reason": reason,
            "listings": listings,
            "explanation": explanation,
            "statement_good_faith": statement_good_faith,
            "statement_accuracy": statement_accuracy,
            "statement_authority": statement_authority,
            "signature_name": signature_name,
        })
        if draft_id is not UNSET:
            field_dict["draft_id"] = draft_id
        if statement_language is not UNSET:
            field_dict["statement_language"] = statement_language
        if statements_sha256 is not UNSET:
            field_dict["statements_sha256"] = statements_sha256

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.listing_ref_in import ListingRefIn # noqa: PLC0415
        d = dict(src_dict)
        record_id = d.pop("record_id")

        reason = ComplaintReason(d.pop("reason"))




        listings = []
        _listings = d.pop("listings")
        for listings_item_data in (_listings):
            def _parse_listings_item(data: object) -> ListingRefIn | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    listings_item_type_1 = ListingRefIn.from_dict(data)



                    return listings_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ListingRefIn | str, data)

            listings_item = _parse_listings_item(listings_item_data)

            listings.append(listings_item)


        explanation = d.pop("explanation")

        statement_good_faith = d.pop("statement_good_faith")

        statement_accuracy = d.pop("statement_accuracy")

        statement_authority = d.pop("statement_authority")

        signature_name = d.pop("signature_name")

        def _parse_draft_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        draft_id = _parse_draft_id(d.pop("draft_id", UNSET))


        def _parse_statement_language(data: object) -> Language | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                statement_language_type_0 = Language(data)



                return statement_language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Language | None | Unset, data)

        statement_language = _parse_statement_language(d.pop("statement_language", UNSET))


        def _parse_statements_sha256(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        statements_sha256 = _parse_statements_sha256(d.pop("statements_sha256", UNSET))


        complaint_create = cls(
            record_id=record_id,
            reason=reason,
            listings=listings,
            explanation=explanation,
            statement_good_faith=statement_good_faith,
            statement_accuracy=statement_accuracy,
            statement_authority=statement_authority,
            signature_name=signature_name,
            draft_id=draft_id,
            statement_language=statement_language,
            statements_sha256=statements_sha256,
        )


        complaint_create.additional_properties = d
        return complaint_create

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
