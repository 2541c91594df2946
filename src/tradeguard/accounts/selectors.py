"""Reads of organizations and users that carry permission rules."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from tradeguard.accounts.enums import OrgKind, VerificationStatus
from tradeguard.accounts.models import ApiToken, Organization, OrganizationDocument, User
from tradeguard.common.errors import not_found

# Organizations anyone signed in may look up: those that sell or assert rights publicly.
PUBLIC_ORG_KINDS = (OrgKind.SUPPLIER, OrgKind.RIGHTS_HOLDER, OrgKind.INSPECTOR)


def organizations_visible_to(user: User) -> QuerySet[Organization]:
    qs = Organization.objects.all()
    if user.is_platform:
        return qs
    return qs.filter(Q(pk=user.organization_id) | Q(kind__in=PUBLIC_ORG_KINDS))


def organization_get(user: User, org_id: int) -> Organization:
    org = organizations_visible_to(user).filter(pk=org_id).first()
    if org is None:
        raise not_found(_("organization"))
    return org


def organization_documents_visible_to(user: User) -> QuerySet[OrganizationDocument]:
    """Business (verification) documents: the organization's members and officers."""
    qs = OrganizationDocument.objects.all()
    if user.is_platform:
        return qs
    if user.organization_id is None:
        return qs.none()
    return qs.filter(organization_id=user.organization_id)


def sees_private_details(user: User, org: Organization) -> bool:
    """Contact email and verification details: the organization's members and platform
    officers only."""
    return user.is_platform or user.organization_id == org.pk


def verification_queue() -> QuerySet[Organization]:
    return (
        Organization.objects.filter(verification_status=VerificationStatus.PENDING)
        .prefetch_related("documents__file")
        .order_by("verification_requested_at", "id")
    )


def tokens_of(user: User) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(user=user)
