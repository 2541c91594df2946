from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.record_kind import RecordKind
from ..models.record_status import RecordStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.org_ref import OrgRef
  from ..models.record_image_read import RecordImageRead





T = TypeVar("T", bound="RecordRead")



@_attrs_define
class RecordRead:
    """ 
        Attributes:
            id (int):
            kind (RecordKind):
            title (str):
            registration_number (str):
            jurisdiction (str):
            valid_until (datetime.date | None):
            owner (OrgRef):
            filed_by_org (OrgRef):
            status (RecordStatus):
            classes (list[int]):
            word_mark (str):
            registered (bool):
            document_language (str):
            has_translation (bool):
            claim_statement (str):
            claim_signed_name (str):
            claim_signed_at (datetime.datetime | None):
            review_due_at (datetime.datetime): An officer reviews the record by then
            reviewed_at (datetime.datetime | None):
            rejection_reason (str):
            usable (bool):
            images (list[RecordImageRead]):
            created_at (datetime.datetime):
     """

    id: int
    kind: RecordKind
    title: str
    registration_number: str
    jurisdiction: str
    valid_until: datetime.date | None
    owner: OrgRef
    filed_by_org: OrgRef
    status: RecordStatus
    classes: list[int]
    word_mark: str
    registered: bool
    document_language: str
    has_translation: bool
    claim_statement: str
    claim_signed_name: str
    claim_signed_at: datetime.datetime | None
    review_due_at: datetime.datetime
    reviewed_at: datetime.datetime | None
    rejection_reason: str
    usable: bool
    images: list[RecordImageRead]
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.org_ref import OrgRef # noqa: PLC0415
        from ..models.record_image_read import RecordImageRead # noqa: PLC0415
        id = self.id

        kind = self.kind.value

        title = self.title

        registration_number = self.registration_number

        jurisdiction = self.jurisdiction

        valid_until: None | str
        if isinstance(self.valid_until, datetime.date):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        owner = self.owner.to_dict()

        filed_by_org = self.filed_by_org.to_dict()

        status = self.status.value

        classes = self.classes



        word_mark = self.word_mark

        registered = self.registered

        document_language = self.document_language

        has_translation = self.has_translation

        claim_statement = self.claim_statement

        claim_signed_name = self.claim_signed_name

        claim_signed_at: None | str
        if isinstance(self.claim_signed_at, datetime.datetime):
            claim_signed_at = self.claim_signed_at.isoformat()
        else:
            claim_signed_at = self.claim_signed_at

        review_due_at = self.review_due_at.isoformat()

        reviewed_at: None | str
        if isinstance(self.reviewed_at, datetime.datetime):
            reviewed_at = self.reviewed_at.isoformat()
        else:
            reviewed_at = self.reviewed_at

        rejection_reason = self.rejection_reason

        usable = self.usable

        images = []
        for images_item_data in self.images:
            images_item = images_item_data.to_dict()
            images.append(images_item)



        created_at = self.created_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "kind": kind,
            "title": title,
            "registration_number": registration_number,
            "jurisdiction": jurisdiction,
            "valid_until": valid_until,
            "owner": owner,
            "filed_by_org": filed_by_org,
            "status": status,
            "classes": classes,
            "word_mark": word_mark,
            "registered": registered,
            "document_language": document_language,
            "has_translation": has_translation,
            "claim_statement": claim_statement,
            "claim_signed_name": claim_signed_name,
            "claim_signed_at": claim_signed_at,
            "review_due_at": review_due_at,
            "reviewed_at": reviewed_at,
            "rejection_reason": rejection_reason,
            "usable": usable,
            "images": images,
            "created_at": created_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.org_ref import OrgRef # noqa: PLC0415
        from ..models.record_image_read import RecordImageRead # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        kind = RecordKind(d.pop("kind"))




        title = d.pop("title")

        registration_number = d.pop("registration_number")

        jurisdiction = d.pop("jurisdiction")

        def _parse_valid_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = datetime.date.fromisoformat(data)



                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        valid_until = _parse_valid_until(d.pop("valid_until"))


        owner = OrgRef.from_dict(d.pop("owner"))




        filed_by_org = OrgRef.from_dict(d.pop("filed_by_org"))




        status = RecordStatus(d.pop("status"))




        classes = cast(list[int], d.pop("classes"))


        word_mark = d.pop("word_mark")

        registered = d.pop("registered")

        document_language = d.pop("document_language")

        has_translation = d.pop("has_translation")

        claim_statement = d.pop("claim_statement")

        claim_signed_name = d.pop("claim_signed_name")

        def _parse_claim_signed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                claim_signed_at_type_0 = datetime.datetime.fromisoformat(data)



                return claim_signed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        claim_signed_at = _parse_claim_signed_at(d.pop("claim_signed_at"))


        review_due_at = datetime.datetime.fromisoformat(d.pop("review_due_at"))




        def _parse_reviewed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_at_type_0 = datetime.datetime.fromisoformat(data)



                return reviewed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        reviewed_at = _parse_reviewed_at(d.pop("reviewed_at"))


        rejection_reason = d.pop("rejection_reason")

        usable = d.pop("usable")

        images = []
        _images = d.pop("images")
        for images_item_data in (_images):
            images_item = RecordImageRead.from_dict(images_item_data)



            images.append(images_item)


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        record_read = cls(
            id=id,
            kind=kind,
            title=title,
            registration_number=registration_number,
            jurisdiction=jurisdiction,
            valid_until=valid_until,
            owner=owner,
            filed_by_org=filed_by_org,
            status=status,
            classes=classes,
            word_mark=word_mark,
            registered=registered,
            document_language=document_language,
            has_translation=has_translation,
            claim_statement=claim_statement,
            claim_signed_name=claim_signed_name,
            claim_signed_at=claim_signed_at,
            review_due_at=review_due_at,
            reviewed_at=reviewed_at,
            rejection_reason=rejection_reason,
            usable=usable,
            images=images,
            created_at=created_at,
        )


        record_read.additional_properties = d
        return record_read

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
