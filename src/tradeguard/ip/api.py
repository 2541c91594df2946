"""The IP protection API. Paths are a contract (issue 5)."""

import datetime as dt
from typing import Any

from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import File, Form, Query, Router, Status
from ninja.files import UploadedFile
from ninja.pagination import paginate

from tradeguard.accounts.enums import Language
from tradeguard.accounts.models import Organization, User
from tradeguard.common import clock
from tradeguard.common.api import ERROR_RESPONSES
from tradeguard.common.errors import ApplicationError, invalid, not_found
from tradeguard.common.i18n.legal import LegalSet, LegalText, reader_language
from tradeguard.common.pagination import KeysetPagination, Rows
from tradeguard.ip import legal, policy, selectors, services
from tradeguard.ip.enums import IpErrorCode
from tradeguard.ip.models import AgentAuthorization, Complaint, ComplaintItem, IpRecord
from tradeguard.ip.schemas import (
    AgentAuthorizationRead,
    ComplaintCreate,
    ComplaintDetailRead,
    ComplaintListParams,
    ComplaintRead,
    CourtActionIn,
    DraftRead,
    IpAppealRead,
    IpDecisionIn,
    ItemDecisionIn,
    ItemDetailRead,
    ItemListParams,
    ItemRead,
    LegalSetRead,
    MaintainIn,
    ReasonIn,
    RecordListParams,
    RecordRead,
    RejectIn,
    ReporterStandingRead,
    StatsParams,
    WithdrawIn,
)

router = Router(tags=["ip"])


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _principal(user: User, owner_id: int | None) -> Organization | None:
    if owner_id is None:
        return None
    org = selectors.principals_of(user).filter(pk=owner_id).first()
    if org is None:
        org = Organization.objects.filter(pk=owner_id, kind="rights_holder").first()
        if org is None:
            raise not_found(_("organization"))
    return org


def _item_detail(user: User, item_id: int) -> ComplaintItem:
    item = selectors.item_get(user, item_id)
    return (
        ComplaintItem.objects.select_related(
            "complaint",
            "complaint__record",
            "complaint__rights_holder",
            "complaint__filed_by",
            "listing",
            "supplier",
            "counter_notice",
            "appeal",
        )
        .prefetch_related("statements")
        .get(pk=item.pk)
    )


# --- records -----------------------------------------------------------------------------


@router.post("/ip/records", response={201: RecordRead, **ERROR_RESPONSES})
def records_create(
    request: HttpRequest,
    kind: Form[str],
    title: Form[str] = "",
    registration_number: Form[str] = "",
    jurisdiction: Form[str] = "",
    classes: Form[str] = "",
    word_mark: Form[str] = "",
    valid_until: Form[dt.date | None] = None,
    document_language: Form[str] = "en",
    claim_statement: Form[str] = "",
    claim_signed_name: Form[str] = "",
    owner_id: Form[int | None] = None,
    certificate: File[UploadedFile | None] = None,
    translation: File[UploadedFile | None] = None,
    images: File[list[UploadedFile] | None] = None,
) -> Status[IpRecord]:
    """File an IP record (multipart). Trademark: registration_number, jurisdiction,
    classes ("9,25"), word_mark and/or images, valid_until, certificate. Patents: number,
    jurisdiction, valid_until, drawings as images, certificate. Copyright: title,
    reference images; a registration number + certificate, or (unregistered) a signed
    claim_statement. Documents not in en/zh need a translation. Agents pass owner_id."""
    user = _user(request)
    record = services.record_submit(
        actor=user,
        kind=kind,
        title=title,
        registration_number=registration_number,
        jurisdiction=jurisdiction,
        classes=classes,
        word_mark=word_mark,
        valid_until=valid_until,
        document_language=document_language,
        certificate=certificate,
        translation=translation,
        images=images or [],
        claim_statement=claim_statement,
        claim_signed_name=claim_signed_name,
        on_behalf_of=_principal(user, owner_id),
    )
    return Status(201, selectors.record_get(user, record.pk))


@router.get("/ip/records", response=list[RecordRead])
@paginate(KeysetPagination, page_size=50)
def records_list(request: HttpRequest, filters: Query[RecordListParams]) -> QuerySet[IpRecord]:
    """IP records you may see (rights holders and their agents: theirs; officers: all)."""
    qs = selectors.records_visible_to(_user(request)).prefetch_related("images__file")
    return filters.filter(qs).order_by("-created_at", "-id")


@router.get("/ip/records/{record_id}", response={200: RecordRead, **ERROR_RESPONSES})
def records_get(request: HttpRequest, record_id: int) -> IpRecord:
    """One IP record with its images."""
    return selectors.record_get(_user(request), record_id)


@router.post("/ip/records/{record_id}/approve", response={200: RecordRead, **ERROR_RESPONSES})
def records_approve(
    request: HttpRequest, record_id: int, payload: ReasonIn | None = None
) -> IpRecord:
    """Officer: approve a pending record, optionally with a note."""
    user = _user(request)
    record = selectors.record_get(user, record_id)
    services.record_approve(actor=user, record=record, reason=payload.reason if payload else "")
    return selectors.record_get(user, record_id)


@router.post("/ip/records/{record_id}/reject", response={200: RecordRead, **ERROR_RESPONSES})
def records_reject(request: HttpRequest, record_id: int, payload: RejectIn) -> IpRecord:
    """Officer: reject a pending record, with the reason the owner reads."""
    user = _user(request)
    record = selectors.record_get(user, record_id)
    services.record_reject(actor=user, record=record, reason=payload.reason)
    return selectors.record_get(user, record_id)


# --- agents --------------------------------------------------------------------------------


def _authorizations(user: User) -> QuerySet[AgentAuthorization]:
    qs = AgentAuthorization.objects.select_related("agent", "principal", "letter")
    if user.is_officer:
        return qs
    if user.organization_id is None:
        return qs.none()
    return qs.filter(Q(agent_id=user.organization_id) | Q(principal_id=user.organization_id))


@router.post("/ip/authorizations", response={201: AgentAuthorizationRead, **ERROR_RESPONSES})
def authorizations_create(
    request: HttpRequest,
    principal_id: Form[int],
    valid_until: Form[dt.date],
    letter: File[UploadedFile],
) -> Status[AgentAuthorization]:
    """An agent uploads a principal's letter of authorization (officer reviews it)."""
    principal = Organization.objects.filter(pk=principal_id, kind="rights_holder").first()
    if principal is None:
        raise not_found(_("rights-holder organization"))
    auth = services.agent_authorization_submit(
        actor=_user(request), principal=principal, letter=letter, valid_until=valid_until
    )
    return Status(201, auth)


@router.get("/ip/authorizations", response=list[AgentAuthorizationRead])
def authorizations_list(request: HttpRequest) -> list[AgentAuthorization]:
    """Letters of authorization you filed or that name your organization (officers: all)."""
    return list(_authorizations(_user(request)))


@router.post(
    "/ip/authorizations/{auth_id}/decision",
    response={200: AgentAuthorizationRead, **ERROR_RESPONSES},
)
def authorizations_decide(
    request: HttpRequest, auth_id: int, payload: IpDecisionIn
) -> AgentAuthorization:
    """Officer: approve or reject a letter of authorization, with a reason."""
    user = _user(request)
    auth = _authorizations(user).filter(pk=auth_id).first()
    if auth is None:
        raise not_found(_("letter of authorization"))
    return services.agent_authorization_decide(
        actor=user, authorization=auth, approve=payload.decision == "approve", reason=payload.reason
    )


# --- complaints ---------------------------------------------------------------------------


@router.get("/ip/statements", response=list[LegalSetRead])
def statements_list(request: HttpRequest) -> list[dict[str, Any]]:
    """The binding statements of a complaint (`ip.complaint`) and of a counter-notice
    (`ip.counter_notice`), each in English and Simplified Chinese with the clause saying
    which text prevails. Show both languages side by side, have the signer tick each, and
    send `statement_language` and `statements_sha256` with the filing: the signature
    records which texts (id, version, hash) were signed in which language."""
    _user(request)
    return [_legal_set(s) for s in (legal.COMPLAINT, legal.COUNTER_NOTICE)]


def _legal_text(text: LegalText) -> dict[str, Any]:
    return {
        "id": text.id,
        "version": text.version,
        "field": text.field,
        "en": text.en,
        "zh_hans": text.zh_hans,
        "sha256": text.sha256,
    }


def _legal_set(legal_set: LegalSet) -> dict[str, Any]:
    return {
        "id": legal_set.id,
        "sha256": legal_set.sha256,
        "prevailing_language": legal_set.prevailing_language,
        "texts": [_legal_text(t) for t in legal_set.texts],
        "prevails": _legal_text(legal_set.prevails),
    }


def _complaint_detail(user: User, complaint_id: int) -> Complaint:
    return selectors.complaint_get(user, complaint_id)


@router.post("/ip/complaints", response={201: ComplaintDetailRead, **ERROR_RESPONSES})
def complaints_create(request: HttpRequest, payload: ComplaintCreate) -> Status[Complaint]:
    """File a notice against up to 300 listings. Listings that cannot be processed come
    back as items with status `rejected` and a `rejection_reason`; the rest are notified."""
    user = _user(request)
    record = selectors.record_get(user, payload.record_id)
    draft = selectors.draft_get(user, payload.draft_id) if payload.draft_id else None
    refs = [
        services.ListingRef(entry)
        if isinstance(entry, str)
        else services.ListingRef(entry.listing, entry.note)
        for entry in payload.listings
    ]
    complaint = services.complaint_file(
        actor=user,
        record=record,
        reason=payload.reason,
        listings=refs,
        explanation=payload.explanation,
        statement_good_faith=payload.statement_good_faith,
        statement_accuracy=payload.statement_accuracy,
        statement_authority=payload.statement_authority,
        signature_name=payload.signature_name,
        draft=draft,
        statement_language=payload.statement_language or reader_language(),
        statements_sha256=payload.statements_sha256,
    )
    return Status(201, _complaint_detail(user, complaint.pk))


@router.post("/ip/complaints/csv", response={201: ComplaintDetailRead, **ERROR_RESPONSES})
def complaints_create_csv(
    request: HttpRequest,
    record_id: Form[int],
    reason: Form[str],
    explanation: Form[str],
    signature_name: Form[str],
    csv: File[UploadedFile],
    statement_good_faith: Form[bool] = False,
    statement_accuracy: Form[bool] = False,
    statement_authority: Form[bool] = False,
    statement_language: Form[Language | None] = None,
    statements_sha256: Form[str | None] = None,
) -> Status[Complaint]:
    """Bulk filing from a CSV file with columns `listing,note` (see the template on the
    IP portal)."""
    user = _user(request)
    record = selectors.record_get(user, record_id)
    refs = services.parse_listing_csv(csv.read())
    complaint = services.complaint_file(
        actor=user,
        record=record,
        reason=reason,
        listings=refs,
        explanation=explanation,
        statement_good_faith=statement_good_faith,
        statement_accuracy=statement_accuracy,
        statement_authority=statement_authority,
        signature_name=signature_name,
        statement_language=statement_language or reader_language(),
        statements_sha256=statements_sha256,
    )
    return Status(201, _complaint_detail(user, complaint.pk))


@router.get("/ip/complaints", response=list[ComplaintRead])
@paginate(KeysetPagination, page_size=50)
def complaints_list(request: HttpRequest, filters: Query[ComplaintListParams]) -> Rows:
    """Complaints you filed or that name you (officers: all), newest first, with their
    open and total items."""
    qs = filters.filter(selectors.complaints_visible_to(_user(request)))
    return Rows(qs.order_by("-created_at", "-id"), prepare=selectors.count_items)


@router.get("/ip/complaints/{complaint_id}", response={200: ComplaintDetailRead, **ERROR_RESPONSES})
def complaints_get(request: HttpRequest, complaint_id: int) -> Complaint:
    """A complaint with every listing item and where it stands."""
    return _complaint_detail(_user(request), complaint_id)


@router.post(
    "/ip/complaints/{complaint_id}/withdraw", response={200: ComplaintDetailRead, **ERROR_RESPONSES}
)
def complaints_withdraw(
    request: HttpRequest, complaint_id: int, payload: WithdrawIn | None = None
) -> Complaint:
    """Withdraw the complaint: every open item is withdrawn."""
    user = _user(request)
    complaint = selectors.complaint_get(user, complaint_id)
    services.complaint_withdraw(
        actor=user, complaint=complaint, reason=payload.reason if payload else ""
    )
    return _complaint_detail(user, complaint_id)


@router.get(
    "/ip/complaints/{complaint_id}/export", response={200: dict[str, Any], **ERROR_RESPONSES}
)
def complaints_export(request: HttpRequest, complaint_id: int) -> dict[str, Any]:
    """The notice as a Lumen-style JSON record (parties by role, works, infringing URLs,
    action taken), for a notice archive."""
    return selectors.notice_export(selectors.complaint_get(_user(request), complaint_id))


@router.get("/ip/drafts/{draft_id}", response={200: DraftRead, **ERROR_RESPONSES})
def drafts_get(request: HttpRequest, draft_id: int) -> Any:
    """A complaint draft (prepared from confirmed image matches)."""
    return selectors.draft_get(_user(request), draft_id)


# --- items -------------------------------------------------------------------------------


@router.get("/ip/items", response=list[ItemRead])
@paginate(KeysetPagination, page_size=100)
def items_list(request: HttpRequest, filters: Query[ItemListParams]) -> QuerySet[ComplaintItem]:
    """Suppliers: notices against their listings. Rights holders: items of their complaints."""
    return filters.filter(selectors.items_visible_to(_user(request))).order_by("-created_at", "-id")


@router.get("/ip/items/{item_id}", response={200: ItemDetailRead, **ERROR_RESPONSES})
def items_get(request: HttpRequest, item_id: int) -> ComplaintItem:
    """One listing of a complaint: whose move it is, every deadline, the statements of reasons."""
    return _item_detail(_user(request), item_id)


@router.post("/ip/items/{item_id}/remove", response={200: ItemDetailRead, **ERROR_RESPONSES})
def items_remove(request: HttpRequest, item_id: int) -> ComplaintItem:
    """Supplier: remove the listing voluntarily (the supplier may still counter-notify within the late window)."""
    user = _user(request)
    services.item_remove(actor=user, item=selectors.item_get(user, item_id))
    return _item_detail(user, item_id)


@router.post(
    "/ip/items/{item_id}/counter-notice", response={200: ItemDetailRead, **ERROR_RESPONSES}
)
def items_counter_notice(
    request: HttpRequest,
    item_id: int,
    explanation: Form[str],
    signature_name: Form[str],
    statement_perjury: Form[bool] = False,
    consent_jurisdiction: Form[bool] = False,
    documents: File[list[UploadedFile] | None] = None,
    statement_language: Form[Language | None] = None,
    statements_sha256: Form[str | None] = None,
) -> ComplaintItem:
    """Supplier counter-notice (multipart): explanation, documents, a statement under
    penalty of perjury, consent to jurisdiction and a signature. Show the statements from
    `GET /ip/statements` (both languages; English prevails); `statement_language` is the
    signer's (default: the request's language), `statements_sha256` the set you showed."""
    user = _user(request)
    services.item_counter_notice(
        actor=user,
        item=selectors.item_get(user, item_id),
        explanation=explanation,
        statement_perjury=statement_perjury,
        consent_jurisdiction=consent_jurisdiction,
        signature_name=signature_name,
        documents=documents or [],
        statement_language=statement_language or reader_language(),
        statements_sha256=statements_sha256,
    )
    return _item_detail(user, item_id)


@router.post(
    "/ip/items/{item_id}/accept-counter", response={200: ItemDetailRead, **ERROR_RESPONSES}
)
def items_accept_counter(request: HttpRequest, item_id: int) -> ComplaintItem:
    """Rights holder: accept the counter-notice; the listing stays or is restored."""
    user = _user(request)
    services.item_accept_counter(actor=user, item=selectors.item_get(user, item_id))
    return _item_detail(user, item_id)


@router.post("/ip/items/{item_id}/maintain", response={200: ItemDetailRead, **ERROR_RESPONSES})
def items_maintain(
    request: HttpRequest, item_id: int, payload: MaintainIn | None = None
) -> ComplaintItem:
    """Rights holder: maintain the complaint after a counter-notice; an officer decides."""
    user = _user(request)
    services.item_maintain(
        actor=user,
        item=selectors.item_get(user, item_id),
        explanation=payload.explanation if payload else "",
    )
    return _item_detail(user, item_id)


@router.post("/ip/items/{item_id}/court-action", response={200: ItemDetailRead, **ERROR_RESPONSES})
def items_court_action(request: HttpRequest, item_id: int, payload: CourtActionIn) -> ComplaintItem:
    """Copyright: record that a court action was filed, so the listing stays removed."""
    user = _user(request)
    services.item_court_action(
        actor=user, item=selectors.item_get(user, item_id), reference=payload.reference
    )
    return _item_detail(user, item_id)


@router.post("/ip/items/{item_id}/withdraw", response={200: ItemDetailRead, **ERROR_RESPONSES})
def items_withdraw(
    request: HttpRequest, item_id: int, payload: WithdrawIn | None = None
) -> ComplaintItem:
    """Rights holder: withdraw the complaint against this listing."""
    user = _user(request)
    services.item_withdraw(
        actor=user, item=selectors.item_get(user, item_id), reason=payload.reason if payload else ""
    )
    return _item_detail(user, item_id)


@router.post("/ip/items/{item_id}/decision", response={200: ItemDetailRead, **ERROR_RESPONSES})
def items_decide(request: HttpRequest, item_id: int, payload: ItemDecisionIn) -> ComplaintItem:
    """Officer: decide a maintained complaint (uphold = remove the listing)."""
    user = _user(request)
    services.item_decide(
        actor=user,
        item=selectors.item_get(user, item_id),
        uphold=payload.uphold,
        reason=payload.reason,
        manifestly_unfounded=payload.manifestly_unfounded,
    )
    return _item_detail(user, item_id)


@router.post("/ip/items/{item_id}/appeal", response={201: IpAppealRead, **ERROR_RESPONSES})
def items_appeal(
    request: HttpRequest,
    item_id: int,
    explanation: Form[str],
    documents: File[list[UploadedFile] | None] = None,
) -> Status[Any]:
    """Supplier: appeal a removal within 6 months; a different officer reviews it."""
    user = _user(request)
    appeal = services.item_appeal(
        actor=user,
        item=selectors.item_get(user, item_id),
        explanation=explanation,
        documents=documents or [],
    )
    return Status(201, appeal)


@router.post(
    "/ip/items/{item_id}/appeal/decision", response={200: ItemDetailRead, **ERROR_RESPONSES}
)
def items_appeal_decide(
    request: HttpRequest, item_id: int, payload: ItemDecisionIn
) -> ComplaintItem:
    """Officer (not the one who decided the removal): uphold the appeal = restore."""
    user = _user(request)
    services.appeal_decide(
        actor=user,
        item=selectors.item_get(user, item_id),
        uphold=payload.uphold,
        reason=payload.reason,
        manifestly_unfounded=payload.manifestly_unfounded,
    )
    return _item_detail(user, item_id)


# --- reporter standing and transparency -----------------------------------------------------


@router.get("/ip/standing", response={200: ReporterStandingRead, **ERROR_RESPONSES})
def standing(request: HttpRequest) -> Any:
    """Your organization's record as a reporter: accuracy, good-faith status, warnings
    and suspensions with their reasons."""
    user = _user(request)
    if user.organization is None or not selectors.is_reporter(user):
        raise ApplicationError(
            IpErrorCode.NOT_A_RIGHTS_HOLDER,
            _(
                "A reporter standing is kept for organizations that report IP infringements "
                "(rights holders and their agents); your account is a %(role)s account."
            )
            % {"role": user.get_role_display().lower()},
            status=403,
        )
    return services.reporter_standing(user.organization)


@router.get("/ip/stats", auth=None, response={200: dict[str, Any], **ERROR_RESPONSES})
def stats(request: HttpRequest, params: Query[StatsParams]) -> dict[str, Any]:
    """Public transparency numbers: complaints, items, outcomes by reason, median hours
    to the first action, counter-notice rates, per week, month or quarter."""
    today = clock.now().date()
    until = params.until or today
    since = params.since or (until - dt.timedelta(days=365))
    if since > until:
        raise invalid("since", _("`since` must be on or before `until`."))
    if (until - since).days > policy.STATS_MAX_DAYS:
        raise invalid(
            "since",
            _("Ask for at most %(days)s days at a time (from `since` to `until`).")
            % {"days": policy.STATS_MAX_DAYS},
        )
    return selectors.ip_stats(
        since=dt.datetime.combine(since, dt.time.min, tzinfo=dt.UTC),
        until=dt.datetime.combine(until + dt.timedelta(days=1), dt.time.min, tzinfo=dt.UTC),
        period=params.period,
    )
