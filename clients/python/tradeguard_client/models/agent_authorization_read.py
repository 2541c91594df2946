from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.authorization_status import AuthorizationStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.file_read import FileRead
  from ..models.org_ref import OrgRef





T = TypeVar("T", bound="AgentAuthorizationRead")



@_attrs_define
class AgentAuthorizationRead:
    """ 
        Attributes:
            id (int):
            agent (OrgRef):
            principal (OrgRef):
            valid_until (datetime.date):
            status (AuthorizationStatus):
            review_reason (str):
            reviewed_at (datetime.datetime | None):
            letter_sha256 (str):
            letter (FileRead): A stored file: its fingerprint and where to fetch it (`GET /api/v1/files/{id}`,
                allowed to whoever may see a row that refers to it).
            created_at (datetime.datetime):
     """

    id: int
    agent: OrgRef
    principal: OrgRef
    valid_until: datetime.date
    status: AuthorizationStatus
    review_reason: str
    reviewed_at: datetime.datetime | None
    letter_sha256: str
    letter: FileRead
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.file_read import FileRead # noqa: PLC0415
        from ..models.org_ref import OrgRef # noqa: PLC0415
        id = self.id

        agent = self.agent.to_dict()

        principal = self.principal.to_dict()

        valid_until = self.valid_until.isoformat()

        status = self.status.value

        review_reason = self.review_reason

        reviewed_at: None | str
        if isinstance(self.reviewed_at, datetime.datetime):
            reviewed_at = self.reviewed_at.isoformat()
        else:
            reviewed_at = self.reviewed_at

        letter_sha256 = self.letter_sha256

        letter = self.letter.to_dict()

        created_at = self.created_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "agent": agent,
            "principal": principal,
            "valid_until": valid_until,
            "status": status,
            "review_reason": review_reason,
            "reviewed_at": reviewed_at,
            "letter_sha256": letter_sha256,
            "letter": letter,
            "created_at": created_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_read import FileRead # noqa: PLC0415
        from ..models.org_ref import OrgRef # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        agent = OrgRef.from_dict(d.pop("agent"))




        principal = OrgRef.from_dict(d.pop("principal"))




        valid_until = datetime.date.fromisoformat(d.pop("valid_until"))




        status = AuthorizationStatus(d.pop("status"))




        review_reason = d.pop("review_reason")

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


        letter_sha256 = d.pop("letter_sha256")

        letter = FileRead.from_dict(d.pop("letter"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        agent_authorization_read = cls(
            id=id,
            agent=agent,
            principal=principal,
            valid_until=valid_until,
            status=status,
            review_reason=review_reason,
            reviewed_at=reviewed_at,
            letter_sha256=letter_sha256,
            letter=letter,
            created_at=created_at,
        )


        agent_authorization_read.additional_properties = d
        return agent_authorization_read

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
