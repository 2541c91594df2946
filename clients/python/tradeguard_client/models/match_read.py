from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.listing_status import ListingStatus
from ..models.match_status import MatchStatus
from typing import cast
import datetime






T = TypeVar("T", bound="MatchRead")



@_attrs_define
class MatchRead:
    """ 
        Attributes:
            id (int):
            status (MatchStatus):
            score (float):
            hash_distance (int | None):
            registered_distance (int | None): Bits in which the perceptual hashes differ once the matching features have
                overlaid the listing on the protected image; null without that fit
            lost_ink (int | None): Flat graphics: pixels (of a 96-pixel thumbnail) of the largest shape of the protected
                image that the overlaid listing lacks; null for other images
            extra_ink (int | None): Flat graphics: pixels (of a 96-pixel thumbnail) of the largest solid shape the overlaid
                listing has where the protected image has background; null for other images
            text_band (list[float]): Flat graphics: [x0, y0, x1, y1] as fractions of the protected image, the band that a
                line of text across the listing covers, left out of the comparison (what the text hides was not compared); empty
                otherwise
            inliers (int):
            group_id (int):
            monitored_image_id (int):
            monitored_label (str):
            listing_id (int):
            listing_title (str):
            listing_url (str):
            listing_status (ListingStatus):
            listing_image_id (int):
            supplier_id (int):
            supplier_name (str):
            listing_region (list[float]):
            reference_region (list[float]):
            basis (str): What the score rests on: object, template, overlay or hash
            basis_label (str):
            own_inliers (int): Matching features inside the protected image's own content (outside a template it shares with
                the owner's other images)
            template_key (str): The shared template's name; empty if none
            turned (bool): Local features matched the listing turned a quarter or more, or mirrored, against the protected
                image (false for a match on hashes alone)
            graphics (bool): The protected image is flat graphics (an icon, a logo, line art): a match on it needs the
                higher complaint threshold
            reasons (list[str]): Why the match was raised, in the reader's language
            complaint_ready (bool): Whether the score is high enough to prepare a complaint from the match (the threshold
                for flat graphics is higher)
            found_at (datetime.datetime):
            decided_at (datetime.datetime | None):
            decision_note (str):
            complaint_draft_id (int | None):
            reference_file_url (str):
            listing_file_url (str):
     """

    id: int
    status: MatchStatus
    score: float
    hash_distance: int | None
    registered_distance: int | None
    lost_ink: int | None
    extra_ink: int | None
    text_band: list[float]
    inliers: int
    group_id: int
    monitored_image_id: int
    monitored_label: str
    listing_id: int
    listing_title: str
    listing_url: str
    listing_status: ListingStatus
    listing_image_id: int
    supplier_id: int
    supplier_name: str
    listing_region: list[float]
    reference_region: list[float]
    basis: str
    basis_label: str
    own_inliers: int
    template_key: str
    turned: bool
    graphics: bool
    reasons: list[str]
    complaint_ready: bool
    found_at: datetime.datetime
    decided_at: datetime.datetime | None
    decision_note: str
    complaint_draft_id: int | None
    reference_file_url: str
    listing_file_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        score = self.score

        hash_distance: int | None
        hash_distance = self.hash_distance

        registered_distance: int | None
        registered_distance = self.registered_distance

        lost_ink: int | None
        lost_ink = self.lost_ink

        extra_ink: int | None
        extra_ink = self.extra_ink

        text_band = self.text_band



        inliers = self.inliers

        group_id = self.group_id

        monitored_image_id = self.monitored_image_id

        monitored_label = self.monitored_label

        listing_id = self.listing_id

        listing_title = self.listing_title

        listing_url = self.listing_url

        listing_status = self.listing_status.value

        listing_image_id = self.listing_image_id

        supplier_id = self.supplier_id

        supplier_name = self.supplier_name

        listing_region = self.listing_region



        reference_region = self.reference_region



        basis = self.basis

        basis_label = self.basis_label

        own_inliers = self.own_inliers

        template_key = self.template_key

        turned = self.turned

        graphics = self.graphics

        reasons = self.reasons



        complaint_ready = self.complaint_ready

        found_at = self.found_at.isoformat()

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decision_note = self.decision_note

        complaint_draft_id: int | None
        complaint_draft_id = self.complaint_draft_id

        reference_file_url = self.reference_file_url

        listing_file_url = self.listing_file_url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "status": status,
            "score": score,
            "hash_distance": hash_distance,
            "registered_distance": registered_distance,
            "lost_ink": lost_ink,
            "extra_ink": extra_ink,
            "text_band": text_band,
            "inliers": inliers,
            "group_id": group_id,
            "monitored_image_id": monitored_image_id,
            "monitored_label": monitored_label,
            "listing_id": listing_id,
            "listing_title": listing_title,
            "listing_url": listing_url,
            "listing_status": listing_status,
            "listing_image_id": listing_image_id,
            "supplier_id": supplier_id,
            "supplier_name": supplier_name,
            "listing_region": listing_region,
            "reference_region": reference_region,
            "basis": basis,
            "basis_label": basis_label,
            "own_inliers": own_inliers,
            "template_key": template_key,
            "turned": turned,
            "graphics": graphics,
            "reasons": reasons,
            "complaint_ready": complaint_ready,
            "found_at": found_at,
            "decided_at": decided_at,
            "decision_note": decision_note,
            "complaint_draft_id": complaint_draft_id,
            "reference_file_url": reference_file_url,
            "listing_file_url": listing_file_url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = MatchStatus(d.pop("status"))




        score = d.pop("score")

        def _parse_hash_distance(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        hash_distance = _parse_hash_distance(d.pop("hash_distance"))


        def _parse_registered_distance(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        registered_distance = _parse_registered_distance(d.pop("registered_distance"))


        def _parse_lost_ink(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        lost_ink = _parse_lost_ink(d.pop("lost_ink"))


        def _parse_extra_ink(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        extra_ink = _parse_extra_ink(d.pop("extra_ink"))


        text_band = cast(list[float], d.pop("text_band"))


        inliers = d.pop("inliers")

        group_id = d.pop("group_id")

        monitored_image_id = d.pop("monitored_image_id")

        monitored_label = d.pop("monitored_label")

        listing_id = d.pop("listing_id")

        listing_title = d.pop("listing_title")

        listing_url = d.pop("listing_url")

        listing_status = ListingStatus(d.pop("listing_status"))




        listing_image_id = d.pop("listing_image_id")

        supplier_id = d.pop("supplier_id")

        supplier_name = d.pop("supplier_name")

        listing_region = cast(list[float], d.pop("listing_region"))


        reference_region = cast(list[float], d.pop("reference_region"))


        basis = d.pop("basis")

        basis_label = d.pop("basis_label")

        own_inliers = d.pop("own_inliers")

        template_key = d.pop("template_key")

        turned = d.pop("turned")

        graphics = d.pop("graphics")

        reasons = cast(list[str], d.pop("reasons"))


        complaint_ready = d.pop("complaint_ready")

        found_at = datetime.datetime.fromisoformat(d.pop("found_at"))




        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)



                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))


        decision_note = d.pop("decision_note")

        def _parse_complaint_draft_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        complaint_draft_id = _parse_complaint_draft_id(d.pop("complaint_draft_id"))


        reference_file_url = d.pop("reference_file_url")

        listing_file_url = d.pop("listing_file_url")

        match_read = cls(
            id=id,
            status=status,
            score=score,
            hash_distance=hash_distance,
            registered_distance=registered_distance,
            lost_ink=lost_ink,
            extra_ink=extra_ink,
            text_band=text_band,
            inliers=inliers,
            group_id=group_id,
            monitored_image_id=monitored_image_id,
            monitored_label=monitored_label,
            listing_id=listing_id,
            listing_title=listing_title,
            listing_url=listing_url,
            listing_status=listing_status,
            listing_image_id=listing_image_id,
            supplier_id=supplier_id,
            supplier_name=supplier_name,
            listing_region=listing_region,
            reference_region=reference_region,
            basis=basis,
            basis_label=basis_label,
            own_inliers=own_inliers,
            template_key=template_key,
            turned=turned,
            graphics=graphics,
            reasons=reasons,
            complaint_ready=complaint_ready,
            found_at=found_at,
            decided_at=decided_at,
            decision_note=decision_note,
            complaint_draft_id=complaint_draft_id,
            reference_file_url=reference_file_url,
            listing_file_url=listing_file_url,
        )


        match_read.additional_properties = d
        return match_read

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
