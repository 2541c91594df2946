"""Reads of image monitoring that carry permission rules.

A rights holder (and an agent with a valid letter, through the IP app's
`principals_of`) sees its own monitored images and matches; officers see all;
suppliers, buyers and inspectors see none. Foreign objects answer 404.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _

from tradeguard.accounts.enums import Role
from tradeguard.accounts.models import Organization, User
from tradeguard.common.aggregates import cached_aggregate
from tradeguard.common.errors import not_found
from tradeguard.ip.selectors import principals_of
from tradeguard.monitoring.enums import MatchBasis, MatchStatus, MonitoredStatus, ScanStatus
from tradeguard.monitoring.models import (
    Match,
    MatchGroup,
    MonitoredImage,
    ScanJob,
    SupplierAuthorization,
    WatchSet,
)

REPORTER_ROLES = frozenset({Role.RIGHTS_HOLDER, Role.AGENT})


def is_reporter(user: Any) -> bool:
    return getattr(user, "role", "") in REPORTER_ROLES and user.organization_id is not None


def sees_all(user: Any) -> bool:
    return bool(getattr(user, "is_officer", False) or getattr(user, "is_platform", False))


def owners_for(user: User) -> QuerySet[Organization]:
    """The organizations whose images `user` manages (own org, or principals)."""
    if not is_reporter(user):
        return Organization.objects.none()
    return principals_of(user)


def may_act_for(user: User, owner_id: int) -> bool:
    """Whether `user` reviews matches and registers images for `owner_id`."""
    return is_reporter(user) and owners_for(user).filter(pk=owner_id).exists()


def _scoped(user: User, qs: QuerySet[Any], field: str = "owner") -> QuerySet[Any]:
    if sees_all(user):
        return qs
    if not is_reporter(user):
        return qs.none()
    return qs.filter(**{f"{field}__in": owners_for(user)})


# --- monitored images ------------------------------------------------------------------


def monitored_visible_to(user: User) -> QuerySet[MonitoredImage]:
    qs = MonitoredImage.objects.select_related("owner", "file", "watch_set", "ip_record")
    return _scoped(user, qs)


def monitored_get(user: User, monitored_id: int) -> MonitoredImage:
    found = monitored_visible_to(user).filter(pk=monitored_id).first()
    if found is None:
        raise not_found(_("monitored image"))
    return found


def _match_count(**filters: Any) -> Coalesce:
    counted = (
        Match.objects.filter(monitored_image=OuterRef("pk"), **filters)
        .order_by()
        .values("monitored_image")
        .annotate(n=Count("id"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def monitored_list(user: User) -> QuerySet[MonitoredImage]:
    """Monitored images, newest first, with match counts (correlated subqueries: the
    database counts for the rows of the page only)."""
    return (
        monitored_visible_to(user)
        .annotate(new_matches=_match_count(status=MatchStatus.NEW), all_matches=_match_count())
        .order_by("-created_at", "-id")
    )


def watch_sets_visible_to(user: User) -> QuerySet[WatchSet]:
    return _scoped(user, WatchSet.objects.select_related("owner"))


def watch_set_get(user: User, watch_set_id: int) -> WatchSet:
    found = watch_sets_visible_to(user).filter(pk=watch_set_id).first()
    if found is None:
        raise not_found(_("watch set"))
    return found


# --- matches and groups ----------------------------------------------------------------


def matches_visible_to(user: User) -> QuerySet[Match]:
    qs = Match.objects.select_related(
        "monitored_image",
        "monitored_image__file",
        "listing_image",
        "listing_image__file",
        "listing",
        "supplier",
        "owner",
    )
    return _scoped(user, qs)


def match_get(user: User, match_id: int) -> Match:
    found = matches_visible_to(user).filter(pk=match_id).first()
    if found is None:
        raise not_found(_("match"))
    return found


def groups_visible_to(user: User) -> QuerySet[MatchGroup]:
    qs = MatchGroup.objects.select_related(
        "owner", "supplier", "monitored_image", "monitored_image__file"
    ).filter(match_count__gt=0)
    return _scoped(user, qs)


def group_get(user: User, group_id: int) -> MatchGroup:
    found = groups_visible_to(user).filter(pk=group_id).first()
    if found is None:
        raise not_found(_("match group"))
    return found


def group_matches(group: MatchGroup) -> QuerySet[Match]:
    return (
        Match.objects.filter(group=group)
        .select_related("listing", "listing_image", "listing_image__file", "supplier")
        .order_by("status", "-score", "id")
    )


def with_template_counts(groups: QuerySet[MatchGroup]) -> QuerySet[MatchGroup]:
    """Groups annotated with how many of their matches to review rest on a template (a
    correlated count per row, so a page of groups reads only its own matches)."""
    on_template = (
        Match.objects.filter(
            group_id=OuterRef("pk"), status=MatchStatus.NEW, basis=MatchBasis.TEMPLATE
        )
        .order_by()
        .values("group_id")
        .annotate(n=Count("id"))
        .values("n")
    )
    return groups.annotate(
        template_new=Coalesce(Subquery(on_template, output_field=IntegerField()), 0)
    ).order_by("-new_count", "-last_found_at", "-id")  # MatchGroup.Meta.ordering


def template_groups(user: User) -> QuerySet[Any]:
    """Per supplier and template: the matches to review that rest on that template,
    across the owner's images sharing it (rows of supplier id and name, template,
    owner, matches, images), most matches first."""
    return (
        matches_visible_to(user)
        .filter(status=MatchStatus.NEW, basis=MatchBasis.TEMPLATE)
        .exclude(template_key="")
        .order_by()
        .values("supplier_id", "supplier__name", "template_key", "owner__name")
        .annotate(matches=Count("id"), images=Count("monitored_image", distinct=True))
        .order_by("-matches", "supplier__name", "template_key")
    )


def template_groups_top(user: User, supplier_id: int | None = None) -> list[Any]:
    """The first 20 rows of `template_groups` for the queue page. They group the whole
    backlog of matches on a template, so for officers (every owner's backlog) they are
    cached for a minute like the tab counts; a reporter's own backlog is read fresh."""

    def compute() -> list[Any]:
        rows = template_groups(user)
        if supplier_id is not None:
            rows = rows.filter(supplier_id=supplier_id)
        return list(rows[:20])

    if sees_all(user):
        return cached_aggregate(f"monitoring.template_groups:platform:{supplier_id}", compute)
    return compute()


def template_matches(user: User, supplier_id: int, template: str) -> QuerySet[Match]:
    """One supplier's matches on one template (see :func:`template_groups`)."""
    return (
        matches_visible_to(user)
        .filter(supplier_id=supplier_id, template_key=template, basis=MatchBasis.TEMPLATE)
        .order_by("status", "-score", "id")
    )


def review_counts(user: User) -> dict[str, int]:
    """Matches per status for the queue's tabs (one query; officers' counts cover the
    whole table and are cached for a minute)."""

    def compute() -> dict[str, int]:
        counts = dict.fromkeys(MatchStatus.values, 0)
        rows = Match.objects.all() if sees_all(user) else _scoped(user, Match.objects.all())
        for row in rows.order_by().values("status").annotate(n=Count("id")):
            counts[row["status"]] = row["n"]
        return counts

    if sees_all(user):
        return cached_aggregate("monitoring.matches.status:platform", compute)
    return compute()


# --- scans and authorizations ----------------------------------------------------------


def scans_visible_to(user: User) -> QuerySet[ScanJob]:
    return _scoped(user, ScanJob.objects.select_related("monitored_image", "owner"))


def scan_get(user: User, scan_id: int) -> ScanJob:
    found = scans_visible_to(user).filter(pk=scan_id).first()
    if found is None:
        raise not_found(_("scan"))
    return found


def scans_running(user: User) -> QuerySet[ScanJob]:
    return scans_visible_to(user).filter(status__in=[ScanStatus.QUEUED, ScanStatus.RUNNING])


def authorizations_visible_to(user: User) -> QuerySet[SupplierAuthorization]:
    qs = SupplierAuthorization.objects.select_related("owner", "supplier", "created_by")
    return _scoped(user, qs)


def authorization_get(user: User, authorization_id: int) -> SupplierAuthorization:
    found = authorizations_visible_to(user).filter(pk=authorization_id).first()
    if found is None:
        raise not_found(_("authorization"))
    return found


def authorized_suppliers(owner_id: int) -> set[int]:
    return set(
        SupplierAuthorization.objects.filter(
            owner_id=owner_id, revoked_at__isnull=True
        ).values_list("supplier_id", flat=True)
    )


def active_monitored_for_files(file_ids: list[int]) -> QuerySet[MonitoredImage]:
    """Active monitored images (of any owner) of these stored files: an index hit is
    keyed by file, and one file may be protected by several rights holders."""
    return MonitoredImage.objects.filter(
        file_id__in=file_ids, status=MonitoredStatus.ACTIVE
    ).select_related("owner")
