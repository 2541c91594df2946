from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import File, Form, Query, Router, Status
from ninja.files import UploadedFile
from ninja.pagination import paginate

from tradeguard.accounts import security, selectors, services
from tradeguard.accounts.enums import OrgDocumentKind
from tradeguard.accounts.models import ApiToken, Organization, OrganizationDocument, User
from tradeguard.accounts.schemas import (
    ApiTokenCreate,
    ApiTokenRead,
    MeRead,
    Message,
    MeUpdate,
    OrganizationCreate,
    OrganizationDocumentRead,
    OrganizationListParams,
    OrganizationRead,
    PasswordChange,
    PasswordResetConfirm,
    PasswordResetRequest,
    TokenCreate,
    TokenIssued,
    UserCreate,
    UserRead,
    VerificationDecision,
)
from tradeguard.common.api import ERROR_RESPONSES, THROTTLED_RESPONSES
from tradeguard.common.errors import not_found, permission_denied
from tradeguard.common.pagination import KeysetPagination

router = Router(tags=["accounts"])

RESET_SENT = gettext_lazy(
    "If an account has this email, we sent it a link to set a new password. It works "
    "once, for 2 hours."
)


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _issued(token: ApiToken, secret: str) -> dict[str, object]:
    return {
        "token": secret,
        "token_id": token.pk,
        "name": token.name,
        "prefix": token.prefix,
        "expires_at": token.expires_at,
    }


@router.post("/auth/token", auth=None, response={201: TokenIssued, **THROTTLED_RESPONSES})
def token_issue(request: HttpRequest, payload: TokenCreate) -> Status[dict[str, object]]:
    """Exchange email and password for a personal API token (shown only once). It
    expires after `expires_in_days` (default 30). After 5 wrong passwords for an account,
    or 20 from one address, in 15 minutes, answers 429 (with Retry-After) for 15 minutes."""
    user = security.password_authenticate(
        request=request, email=payload.email, password=payload.password
    )
    token, secret = services.api_token_create(
        actor=user, name=payload.name, expires_in_days=payload.expires_in_days
    )
    return Status(201, _issued(token, secret))


@router.post("/auth/password-reset", auth=None, response={202: Message, **THROTTLED_RESPONSES})
def password_reset(request: HttpRequest, payload: PasswordResetRequest) -> Status[dict[str, str]]:
    """Email a link to set a new password. Answers the same whether or not the email
    has an account."""
    security.password_reset_request(email=payload.email, address=security.client_address(request))
    return Status(202, {"message": str(RESET_SENT)})


@router.post("/auth/password-reset/confirm", auth=None, response={200: Message, **ERROR_RESPONSES})
def password_reset_confirm(request: HttpRequest, payload: PasswordResetConfirm) -> dict[str, str]:
    """Set a new password with the `uid` and `token` of an emailed link (works once)."""
    security.password_reset_confirm(
        uid=payload.uid, token=payload.token, new_password=payload.new_password
    )
    return {"message": _("Your password is set. Sign in with it.")}


@router.post("/me/password", response={200: Message, **THROTTLED_RESPONSES})
def me_password(request: HttpRequest, payload: PasswordChange) -> dict[str, str]:
    """Change your password (your current one is checked). Your API tokens keep working."""
    security.password_change(
        actor=_user(request),
        current_password=payload.current_password,
        new_password=payload.new_password,
        address=security.client_address(request),
    )
    return {"message": _("Your password is changed.")}


@router.get("/me", response=MeRead)
def me(request: HttpRequest) -> User:
    """The caller: role, organization and display time zone."""
    return _user(request)


@router.patch("/me", response={200: MeRead, **ERROR_RESPONSES})
def me_update(request: HttpRequest, payload: MeUpdate) -> User:
    """Change your display time zone (IANA name, e.g. Asia/Shanghai) or your name."""
    user = _user(request)
    if payload.timezone is not None:
        services.user_set_timezone(actor=user, timezone=payload.timezone)
    if payload.language is not None:
        services.user_set_language(actor=user, language=payload.language)
    if payload.full_name is not None:
        user.full_name = payload.full_name
        user.save(update_fields=["full_name"])
    return user


@router.get("/tokens", response=list[ApiTokenRead])
def tokens_list(request: HttpRequest) -> list[ApiToken]:
    """Your API tokens (never their secrets)."""
    return list(selectors.tokens_of(_user(request)))


@router.post("/tokens", response={201: TokenIssued, **ERROR_RESPONSES})
def tokens_create(request: HttpRequest, payload: ApiTokenCreate) -> Status[dict[str, object]]:
    """Create a personal API token (at most 20 active; optional expiry); its secret is
    shown only in this answer."""
    token, secret = services.api_token_create(
        actor=_user(request), name=payload.name, expires_in_days=payload.expires_in_days
    )
    return Status(201, _issued(token, secret))


@router.post("/tokens/{token_id}/revoke", response={200: ApiTokenRead, **ERROR_RESPONSES})
def tokens_revoke(request: HttpRequest, token_id: int) -> ApiToken:
    """Revoke one of your tokens: it stops working at once."""
    user = _user(request)
    token = selectors.tokens_of(user).filter(pk=token_id).first()
    if token is None:
        raise not_found(_("token"))
    return services.api_token_revoke(actor=user, token=token)


@router.post("/users", response={201: UserRead, **ERROR_RESPONSES})
def users_create(request: HttpRequest, payload: UserCreate) -> Status[User]:
    """Platform admins create users in any organization."""
    actor = _user(request)
    if actor.role != "admin":
        raise permission_denied(_("Only platform admins create users."))
    org = Organization.objects.filter(pk=payload.organization_id).first()
    if org is None:
        raise not_found(_("organization"))
    user = services.user_create(
        actor=actor,
        email=payload.email,
        password=payload.password,
        role=payload.role,
        organization=org,
        full_name=payload.full_name,
        timezone=payload.timezone,
    )
    return Status(201, user)


@router.get("/organizations", response=list[OrganizationRead])
@paginate(KeysetPagination, page_size=50)
def organizations_list(request: HttpRequest, filters: Query[OrganizationListParams]):
    """Organizations you may see, filtered by kind, country, verification status or name,
    by name."""
    return filters.filter(selectors.organizations_visible_to(_user(request))).order_by("name", "id")


@router.post("/organizations", response={201: OrganizationRead, **ERROR_RESPONSES})
def organizations_create(request: HttpRequest, payload: OrganizationCreate) -> Status[Organization]:
    """Officers and admins: create an organization."""
    actor = _user(request)
    if not actor.is_platform:
        raise permission_denied(_("Only platform officers and admins create organizations."))
    org = services.organization_create(actor=actor, **payload.dict())
    return Status(201, org)


@router.get("/organizations/{org_id}", response={200: OrganizationRead, **ERROR_RESPONSES})
def organizations_get(request: HttpRequest, org_id: int) -> Organization:
    """One organization you may see."""
    return selectors.organization_get(_user(request), org_id)


@router.get(
    "/organizations/{org_id}/documents",
    response={200: list[OrganizationDocumentRead], **ERROR_RESPONSES},
)
def organizations_documents(request: HttpRequest, org_id: int) -> list[OrganizationDocument]:
    """The verification documents of your organization (officers: any)."""
    user = _user(request)
    org = selectors.organization_get(user, org_id)
    if not (user.is_platform or user.organization_id == org.pk):
        raise not_found(_("organization"))
    return list(org.documents.select_related("file"))


@router.post(
    "/organizations/{org_id}/documents",
    response={201: OrganizationDocumentRead, **ERROR_RESPONSES},
)
def organizations_document_upload(
    request: HttpRequest,
    org_id: int,
    kind: Form[OrgDocumentKind],
    file: File[UploadedFile],
    description: Form[str] = "",
) -> Status[OrganizationDocument]:
    """Upload a business licence or identity document; asks for verification."""
    user = _user(request)
    org = selectors.organization_get(user, org_id)
    if user.organization_id != org.pk:
        raise not_found(_("organization"))
    doc = services.organization_document_add(
        actor=user,
        organization=org,
        kind=kind,
        upload=file,
        name=file.name or "document",
        description=description,
    )
    return Status(201, doc)


@router.post(
    "/organizations/{org_id}/verification",
    response={200: OrganizationRead, **ERROR_RESPONSES},
)
def organizations_verification_decide(
    request: HttpRequest, org_id: int, payload: VerificationDecision
) -> Organization:
    """Officer: verify or reject an organization, with a written reason."""
    user = _user(request)
    org = selectors.organization_get(user, org_id)
    return services.organization_verification_decide(
        actor=user, organization=org, approve=payload.decision == "approve", reason=payload.reason
    )
