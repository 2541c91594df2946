"""API shapes of the IP app."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from ninja import FilterLookup, FilterSchema, Schema
from pydantic import Field

from tradeguard.accounts.enums import Language
from tradeguard.common.i18n.schema import WrittenLanguage
from tradeguard.evidence.schemas import FileRead
from tradeguard.ip import policy
from tradeguard.ip.enums import (
    AuthorizationStatus,
    ComplaintReason,
    ComplaintStatus,
    IpAppealStatus,
    ItemStatus,
    RecordImageKind,
    RecordKind,
    RecordStatus,
    RejectionReason,
    RemovalKind,
    SorDecision,
)
from tradeguard.ip.models import Complaint, ComplaintItem, IpRecord, IpRecordImage

ReasonLiteral = ComplaintReason
KindLiteral = RecordKind
# Whose move it is on an item: "" when nobody has to act.
WaitingOn = Literal["supplier", "rights_holder", "officer", ""]


class OrgRef(Schema):
    id: int
    name: str
    country: str


class OrgContact(OrgRef):
    contact_email: str = Field(
        description="Where the supplier writes to the rights holder: the organization's "
        "contact email, or the email of the person who signed the notice"
    )


class RecordImageRead(Schema):
    id: int
    kind: RecordImageKind
    position: int
    sha256: str = Field(validation_alias="file.sha256")
    mime_type: str = Field(validation_alias="file.mime_type")
    width: int | None = Field(validation_alias="file.width")
    height: int | None = Field(validation_alias="file.height")
    file: FileRead


class RecordBrief(Schema):
    id: int
    kind: RecordKind
    title: str
    registration_number: str
    jurisdiction: str
    valid_until: dt.date | None


class RecordRead(RecordBrief):
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
    claim_signed_at: dt.datetime | None
    review_due_at: dt.datetime = Field(description="An officer reviews the record by then")
    reviewed_at: dt.datetime | None
    rejection_reason: str
    usable: bool
    images: list[RecordImageRead]
    created_at: dt.datetime

    @staticmethod
    def resolve_has_translation(obj: IpRecord) -> bool:
        return obj.translation_id is not None

    @staticmethod
    def resolve_usable(obj: IpRecord) -> bool:
        from tradeguard.ip.services import record_usable

        return record_usable(obj) is None

    @staticmethod
    def resolve_images(obj: IpRecord) -> list[IpRecordImage]:
        return list(obj.images.all())


class RecordListParams(FilterSchema):
    status: RecordStatus | None = None
    kind: KindLiteral | None = None
    owner: Annotated[int | None, FilterLookup("owner_id")] = None


class ReasonIn(Schema):
    reason: str = Field(default="", max_length=5000)


class RejectIn(Schema):
    reason: str = Field(max_length=5000)


class AgentAuthorizationRead(Schema):
    id: int
    agent: OrgRef
    principal: OrgRef
    valid_until: dt.date
    status: AuthorizationStatus
    review_reason: str
    reviewed_at: dt.datetime | None
    letter_sha256: str = Field(validation_alias="letter.sha256")
    letter: FileRead
    created_at: dt.datetime


class IpDecisionIn(Schema):
    decision: Literal["approve", "reject"]
    reason: str = Field(max_length=5000)


class ListingRefIn(Schema):
    listing: str = Field(max_length=500, description="Marketplace URL or listing id.")
    note: str = Field(default="", max_length=1000)


class ComplaintCreate(Schema):
    record_id: int
    reason: ReasonLiteral
    listings: list[str | ListingRefIn] = Field(
        description="Up to 300 marketplace URLs or listing ids (or {listing, note} objects)."
    )
    explanation: str = Field(max_length=10_000)
    statement_good_faith: bool = Field(
        description="I have a good-faith belief that the use is not authorized by the rights "
        "holder, its agent or the law."
    )
    statement_accuracy: bool = Field(
        description="The information in this notice is accurate, under penalty of perjury."
    )
    statement_authority: bool = Field(
        description="I am the rights holder or authorized to act on its behalf."
    )
    signature_name: str = Field(max_length=200, description="Electronic signature: full name.")
    draft_id: int | None = None
    statement_language: Language | None = Field(
        default=None,
        description="The language you showed the statements in (both are shown side by "
        "side; this is the signer's). Default: the request's language (`Accept-Language`, "
        "else the token owner's language). Get the texts from `GET /ip/statements`.",
    )
    statements_sha256: str | None = Field(
        default=None,
        max_length=64,
        description="The `sha256` of the statement set you showed (`GET /ip/statements`): "
        "if the statements changed since, nothing is filed (409).",
    )


class LegalTextRead(Schema):
    """One binding statement in both languages."""

    id: str
    version: int
    field: str = Field(description="The request field that gives this statement")
    en: str
    zh_hans: str
    sha256: str = Field(description="SHA-256 of the id, version and both texts")


class LegalSetRead(Schema):
    """The statements signed together, with the clause saying which text prevails."""

    id: str = Field(description="`ip.complaint` or `ip.counter_notice`")
    sha256: str = Field(description="Send it back as `statements_sha256` when signing")
    prevailing_language: Language
    texts: list[LegalTextRead]
    prevails: LegalTextRead = Field(description="Which text prevails, in both languages")


class SignedStatementsRead(Schema):
    language: Language | None = Field(
        description="The language the signer read the statements in (null: signed before "
        "languages were recorded)"
    )
    texts: list[dict[str, Any]] = Field(description="Each text signed: id, version, sha256")
    sha256: str


def _signed(obj: Any) -> dict[str, Any] | None:
    if not getattr(obj, "statement_texts", None):
        return None
    return {
        "language": obj.statement_language or None,
        "texts": obj.statement_texts,
        "sha256": obj.statement_sha256,
    }


class StatementRead(Schema):
    """A statement of reasons (DSA art. 17) the supplier receives for a removal or a
    restoration."""

    id: int
    decision: SorDecision
    facts: str
    ground: str
    automated: bool
    redress: str = Field(description="How to contest it, with absolute links")
    appeal_due_at: dt.datetime | None = Field(
        validation_alias="appeal_until",
        description="Until when the supplier may appeal this removal (null for restorations)",
    )
    created_at: dt.datetime


class CounterNoticeRead(Schema):
    explanation: str
    language: WrittenLanguage
    signature_name: str
    signed_at: dt.datetime
    statements: SignedStatementsRead | None = Field(
        description="What was signed (null: signed before statements were recorded)"
    )
    listing_was_removed: bool
    documents: int = Field(description="How many documents (see `document_files`)")
    document_files: list[FileRead]

    @staticmethod
    def resolve_documents(obj: Any) -> int:
        return len(obj.documents.all())

    @staticmethod
    def resolve_statements(obj: Any) -> dict[str, Any] | None:
        return _signed(obj)

    @staticmethod
    def resolve_document_files(obj: Any) -> list[Any]:
        return list(obj.documents.all())


class IpAppealRead(Schema):
    id: int
    status: IpAppealStatus
    explanation: str
    language: WrittenLanguage
    document_files: list[FileRead]
    decision_reason: str
    decision_language: WrittenLanguage
    decided_at: dt.datetime | None
    created_at: dt.datetime

    @staticmethod
    def resolve_document_files(obj: Any) -> list[Any]:
        return list(obj.documents.all())


class ItemRead(Schema):
    id: int
    complaint_id: int
    position: int
    reference: str
    note: str
    listing_id: int | None
    listing_title: str | None
    listing_status: str | None
    supplier: OrgRef | None
    status: ItemStatus
    rejection_reason: RejectionReason | Literal[""] = Field(
        description="Why the listing could not be processed (status `rejected`), else empty"
    )
    holds_removal: bool
    removal_kind: RemovalKind | Literal[""] = Field(description="How it was removed, if it was")
    notified_at: dt.datetime | None
    respond_due_at: dt.datetime | None = Field(
        description="The supplier removes the listing or counter-notifies by then"
    )
    counter_noticed_at: dt.datetime | None
    counter_due_at: dt.datetime | None = Field(
        description="The rights holder answers the counter-notice by then"
    )
    counter_notice_due_at: dt.datetime | None = Field(
        description="Until when the supplier may counter-notify: the notice's deadline, or "
        "after a removal no officer decided (automatic or voluntary) the late window"
    )
    appeal_due_at: dt.datetime | None = Field(
        description="Until when the supplier may appeal the removal (null when it cannot)"
    )
    removed_at: dt.datetime | None
    closed_at: dt.datetime | None
    waiting_on: WaitingOn = Field(description="Whose move it is")
    due_at: dt.datetime | None = Field(
        description="When that move is due; null when nobody has to act (the supplier's "
        "optional moves have their own deadlines above)"
    )
    next_step: str

    @staticmethod
    def resolve_counter_notice_due_at(obj: ComplaintItem) -> dt.datetime | None:
        from tradeguard.ip.selectors import item_counter_notice_due_at

        return item_counter_notice_due_at(obj)

    @staticmethod
    def resolve_appeal_due_at(obj: ComplaintItem) -> dt.datetime | None:
        from tradeguard.ip.selectors import item_appeal_due_at

        return item_appeal_due_at(obj)

    @staticmethod
    def resolve_listing_title(obj: ComplaintItem) -> str | None:
        return obj.listing.title if obj.listing else None

    @staticmethod
    def resolve_listing_status(obj: ComplaintItem) -> str | None:
        return obj.listing.status if obj.listing else None

    @staticmethod
    def resolve_waiting_on(obj: ComplaintItem) -> str:
        from tradeguard.ip.selectors import item_turn

        return item_turn(obj).waiting_on

    @staticmethod
    def resolve_due_at(obj: ComplaintItem) -> dt.datetime | None:
        from tradeguard.ip.selectors import item_turn

        return item_turn(obj).due_at

    @staticmethod
    def resolve_next_step(obj: ComplaintItem) -> str:
        from tradeguard.ip.selectors import item_turn

        return item_turn(obj).next_step


class ComplaintBrief(Schema):
    id: int
    reason: ComplaintReason
    explanation: str
    rights_holder: OrgContact
    record: RecordBrief
    signed_at: dt.datetime

    @staticmethod
    def resolve_rights_holder(obj: Complaint) -> dict[str, Any]:
        holder = obj.rights_holder
        return {
            "id": holder.pk,
            "name": holder.name,
            "country": holder.country,
            "contact_email": holder.contact_email or obj.filed_by.email,
        }


class ItemDetailRead(ItemRead):
    complaint: ComplaintBrief
    statements: list[StatementRead]
    counter_notice: CounterNoticeRead | None
    appeal: IpAppealRead | None
    decision_reason: str
    decision_language: WrittenLanguage

    @staticmethod
    def resolve_statements(obj: ComplaintItem) -> list[Any]:
        return list(obj.statements.all())

    @staticmethod
    def resolve_counter_notice(obj: ComplaintItem) -> Any:
        return getattr(obj, "counter_notice", None)

    @staticmethod
    def resolve_appeal(obj: ComplaintItem) -> Any:
        return getattr(obj, "appeal", None)


class ComplaintRead(Schema):
    id: int
    status: ComplaintStatus
    reason: ComplaintReason
    record: RecordBrief
    rights_holder: OrgRef
    filed_by_org: OrgRef
    explanation: str
    language: WrittenLanguage
    signature_name: str
    signed_at: dt.datetime
    statements: SignedStatementsRead | None = Field(
        description="What was signed (null: signed before statements were recorded)"
    )
    priority: bool
    created_at: dt.datetime
    withdrawn_at: dt.datetime | None
    items_total: int
    items_open: int

    @staticmethod
    def resolve_items_total(obj: Complaint) -> int:
        return int(getattr(obj, "items_total", 0))

    @staticmethod
    def resolve_statements(obj: Complaint) -> dict[str, Any] | None:
        return _signed(obj)

    @staticmethod
    def resolve_items_open(obj: Complaint) -> int:
        return int(getattr(obj, "items_open", 0))


class ComplaintDetailRead(ComplaintRead):
    items: list[ItemRead]

    @staticmethod
    def resolve_items(obj: Complaint) -> list[ComplaintItem]:
        items = list(obj.items.all())
        for item in items:
            item.complaint = obj  # the turn reads complaint.record without a query
        return items

    @staticmethod
    def resolve_items_total(obj: Complaint) -> int:
        return len(obj.items.all())

    @staticmethod
    def resolve_items_open(obj: Complaint) -> int:
        from tradeguard.ip.policy import OPEN_STATUSES

        return sum(1 for i in obj.items.all() if i.status in OPEN_STATUSES)


class ComplaintListParams(FilterSchema):
    status: ComplaintStatus | None = None
    reason: ReasonLiteral | None = None


class ItemListParams(FilterSchema):
    status: ItemStatus | None = None
    complaint: Annotated[int | None, FilterLookup("complaint_id")] = None


class WithdrawIn(Schema):
    reason: str = Field(default="", max_length=5000)


class MaintainIn(Schema):
    explanation: str = Field(default="", max_length=5000)


class CourtActionIn(Schema):
    reference: str = Field(max_length=300, description="Court and case number.")


class ItemDecisionIn(Schema):
    uphold: bool
    reason: str = Field(max_length=5000)
    manifestly_unfounded: bool = False


class ReporterStandingRead(Schema):
    organization_id: int
    outcomes: int
    success_rate: float | None
    counter_rate: float | None
    checked_at: dt.datetime | None
    good_faith: bool
    good_faith_since: dt.datetime | None
    good_faith_blocked_until: dt.datetime | None
    warned_at: dt.datetime | None
    warning_reason: str
    suspended_until: dt.datetime | None
    suspension_reason: str


class DraftRead(Schema):
    id: int
    rights_holder_id: int
    record_id: int | None
    reason: ComplaintReason
    listings: list[str]
    explanation: str
    source: str
    complaint_id: int | None
    created_at: dt.datetime


class StatsParams(Schema):
    period: Literal["week", "month", "quarter"] = "month"
    since: dt.date | None = Field(
        default=None,
        ge=policy.STATS_EARLIEST,
        le=policy.STATS_LATEST,
        description="First day (default: a year before `until`)",
    )
    until: dt.date | None = Field(
        default=None,
        ge=policy.STATS_EARLIEST,
        le=policy.STATS_LATEST,
        description="Last day (default: today); at most five years after `since`",
    )
