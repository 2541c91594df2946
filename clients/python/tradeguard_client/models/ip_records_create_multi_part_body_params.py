from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import json
from .. import types

from ..types import UNSET, Unset

from ..types import File, FileTypes
from ..types import UNSET, Unset
from io import BytesIO
from typing import cast
import datetime






T = TypeVar("T", bound="IpRecordsCreateMultiPartBodyParams")



@_attrs_define
class IpRecordsCreateMultiPartBodyParams:
    """ 
        Attributes:
            kind (str):
            title (str | Unset):  Default: ''.
            registration_number (str | Unset):  Default: ''.
            jurisdiction (str | Unset):  Default: ''.
            classes (str | Unset):  Default: ''.
            word_mark (str | Unset):  Default: ''.
            valid_until (datetime.date | None | Unset):
            document_language (str | Unset):  Default: 'en'.
            claim_statement (str | Unset):  Default: ''.
            claim_signed_name (str | Unset):  Default: ''.
            owner_id (int | None | Unset):
            certificate (File | None | Unset):
            translation (File | None | Unset):
            images (list[File] | None | Unset):
     """

    kind: str
    title: str | Unset = ''
    registration_number: str | Unset = ''
    jurisdiction: str | Unset = ''
    classes: str | Unset = ''
    word_mark: str | Unset = ''
    valid_until: datetime.date | None | Unset = UNSET
    document_language: str | Unset = 'en'
    claim_statement: str | Unset = ''
    claim_signed_name: str | Unset = ''
    owner_id: int | None | Unset = UNSET
    certificate: File | None | Unset = UNSET
    translation: File | None | Unset = UNSET
    images: list[File] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        title = self.title

        registration_number = self.registration_number

        jurisdiction = self.jurisdiction

        classes = self.classes

        word_mark = self.word_mark

        valid_until: None | str | Unset
        if isinstance(self.valid_until, Unset):
            valid_until = UNSET
        elif isinstance(self.valid_until, datetime.date):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        document_language = self.document_language

        claim_statement = self.claim_statement

        claim_signed_name = self.claim_signed_name

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        certificate: FileTypes | None | Unset
        if isinstance(self.certificate, Unset):
            certificate = UNSET
        elif isinstance(self.certificate, File):
            certificate = self.certificate.to_tuple()

        else:
            certificate = self.certificate

        translation: FileTypes | None | Unset
        if isinstance(self.translation, Unset):
            translation = UNSET
        elif isinstance(self.translation, File):
            translation = self.translation.to_tuple()

        else:
            translation = self.translation

        images: list[FileTypes] | None | Unset
        if isinstance(self.images, Unset):
            images = UNSET
        elif isinstance(self.images, list):
            images = []
            for images_type_0_item_data in self.images:
                images_type_0_item = images_type_0_item_data.to_tuple()

                images.append(images_type_0_item)


        else:
            images = self.images


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
        })
        if title is not UNSET:
            field_dict["title"] = title
        if registration_number is not UNSET:
            field_dict["registration_number"] = registration_number
        if jurisdiction is not UNSET:
            field_dict["jurisdiction"] = jurisdiction
        if classes is not UNSET:
            field_dict["classes"] = classes
        if word_mark is not UNSET:
            field_dict["word_mark"] = word_mark
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until
        if document_language is not UNSET:
            field_dict["document_language"] = document_language
        if claim_statement is not UNSET:
            field_dict["claim_statement"] = claim_statement
        if claim_signed_name is not UNSET:
            field_dict["claim_signed_name"] = claim_signed_name
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if certificate is not UNSET:
            field_dict["certificate"] = certificate
        if translation is not UNSET:
            field_dict["translation"] = translation
        if images is not UNSET:
            field_dict["images"] = images

        return field_dict


    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("kind", (None, str(self.kind).encode(), "text/plain")))



        if not isinstance(self.title, Unset):
            files.append(("title", (None, str(self.title).encode(), "text/plain")))



        if not isinstance(self.registration_number, Unset):
            files.append(("registration_number", (None, str(self.registration_number).encode(), "text/plain")))



        if not isinstance(self.jurisdiction, Unset):
            files.append(("jurisdiction", (None, str(self.jurisdiction).encode(), "text/plain")))



        if not isinstance(self.classes, Unset):
            files.append(("classes", (None, str(self.classes).encode(), "text/plain")))



        if not isinstance(self.word_mark, Unset):
            files.append(("word_mark", (None, str(self.word_mark).encode(), "text/plain")))



        if not isinstance(self.valid_until, Unset):
            if isinstance(self.valid_until, datetime.date):

                files.append(("valid_until", (None, self.valid_until.isoformat().encode(), "text/plain")))
            else:
                files.append(("valid_until", (None, str(self.valid_until).encode(), "text/plain")))


        if not isinstance(self.document_language, Unset):
            files.append(("document_language", (None, str(self.document_language).encode(), "text/plain")))



        if not isinstance(self.claim_statement, Unset):
            files.append(("claim_statement", (None, str(self.claim_statement).encode(), "text/plain")))



        if not isinstance(self.claim_signed_name, Unset):
            files.append(("claim_signed_name", (None, str(self.claim_signed_name).encode(), "text/plain")))



        if not isinstance(self.owner_id, Unset):
            if isinstance(self.owner_id, int):

                files.append(("owner_id", (None, str(self.owner_id).encode(), "text/plain")))
            else:
                files.append(("owner_id", (None, str(self.owner_id).encode(), "text/plain")))


        if not isinstance(self.certificate, Unset):
            if isinstance(self.certificate, File):

                files.append(("certificate", self.certificate.to_tuple()))
            else:
                files.append(("certificate", (None, str(self.certificate).encode(), "text/plain")))


        if not isinstance(self.translation, Unset):
            if isinstance(self.translation, File):

                files.append(("translation", self.translation.to_tuple()))
            else:
                files.append(("translation", (None, str(self.translation).encode(), "text/plain")))


        if not isinstance(self.images, Unset):
            if isinstance(self.images, list):

                for images_type_0_item_element in self.images:
                    files.append(("images", images_type_0_item_element.to_tuple()))
            else:
                files.append(("images", (None, str(self.images).encode(), "text/plain")))



        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))



        return files


    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")

        title = d.pop("title", UNSET)

        registration_number = d.pop("registration_number", UNSET)

        jurisdiction = d.pop("jurisdiction", UNSET)

        classes = d.pop("classes", UNSET)

        word_mark = d.pop("word_mark", UNSET)

        def _parse_valid_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = datetime.date.fromisoformat(data)



                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        valid_until = _parse_valid_until(d.pop("valid_until", UNSET))


        document_language = d.pop("document_language", UNSET)

        claim_statement = d.pop("claim_statement", UNSET)

        claim_signed_name = d.pop("claim_signed_name", UNSET)

        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))


        def _parse_certificate(data: object) -> File | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, bytes):
                    raise TypeError()
                certificate_type_0 = File(
                     payload = BytesIO(data)
                )



                return certificate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(File | None | Unset, data)

        certificate = _parse_certificate(d.pop("certificate", UNSET))


        def _parse_translation(data: object) -> File | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, bytes):
                    raise TypeError()
                translation_type_0 = File(
                     payload = BytesIO(data)
                )



                return translation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(File | None | Unset, data)

        translation = _parse_translation(d.pop("translation", UNSET))


        def _parse_images(data: object) -> list[File] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                images_type_0 = []
                _images_type_0 = data
                for images_type_0_item_data in (_images_type_0):
                    images_type_0_item = File(
                         payload = BytesIO(images_type_0_item_data)
                    )



                    images_type_0.append(images_type_0_item)

                return images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[File] | None | Unset, data)

        images = _parse_images(d.pop("images", UNSET))


        ip_records_create_multi_part_body_params = cls(
            kind=kind,
            title=title,
            registration_number=registration_number,
            jurisdiction=jurisdiction,
            classes=classes,
            word_mark=word_mark,
            valid_until=valid_until,
            document_language=document_language,
            claim_statement=claim_statement,
            claim_signed_name=claim_signed_name,
            owner_id=owner_id,
            certificate=certificate,
            translation=translation,
            images=images,
        )


        ip_records_create_multi_part_body_params.additional_properties = d
        return ip_records_create_multi_part_body_params

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
