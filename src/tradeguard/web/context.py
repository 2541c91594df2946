"""Template context for every page: the role-aware navigation and the viewer's zone.

A link shows only when its URL name exists (`reverse` succeeds), so apps that are
still being built simply have no link yet. Add `"tradeguard.web.context.nav"` to
TEMPLATES' context processors.

The top bar holds at most `PRIMARY_LIMIT` links for any role so that it fits on one row
at 1,366 px; the rest of a role's links sit under "More" (`NavItem.more_for`). The
inbox has its own place beside the account menu. Below 1,100 px the whole navigation
folds into one "Menu" (a `<details>`; no script needed).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

BUYER, SUPPLIER, RIGHTS, AGENT, INSPECTOR, OFFICER, ADMIN = (
    "buyer",
    "supplier",
    "rights_holder",
    "agent",
    "inspector",
    "officer",
    "admin",
)
PLATFORM = frozenset({OFFICER, ADMIN})
TRADERS = frozenset({BUYER, SUPPLIER})


PRIMARY_LIMIT = 7


@dataclass(frozen=True)
class NavItem:
    label: str | Promise
    url_name: str
    roles: frozenset[str]
    # A queue officers work through: also listed on the officer page.
    queue: bool = False
    description: str | Promise = ""
    # Roles that find this link under "More" rather than in the top bar.
    more_for: frozenset[str] = frozenset()


NAV_ITEMS: tuple[NavItem, ...] = (
    NavItem(_("Dashboard"), "web:dashboard", TRADERS | PLATFORM | {RIGHTS, AGENT, INSPECTOR}),
    NavItem(_("Officer queues"), "web:officer", PLATFORM),
    NavItem(_("Orders"), "orders:list", TRADERS | PLATFORM),
    NavItem(_("Listings"), "catalog:list", TRADERS | PLATFORM | {RIGHTS, AGENT}, more_for=PLATFORM),
    NavItem(
        _("Disputes"),
        "disputes:list",
        TRADERS | PLATFORM,
        queue=True,
        description=_("Trade disputes waiting for a decision, escalated ones first."),
    ),
    NavItem(
        _("Specifications"),
        "specs:list",
        TRADERS | PLATFORM | {INSPECTOR},
        more_for=PLATFORM,
    ),
    NavItem(
        _("Inspections"),
        "specs:inspections",
        TRADERS | PLATFORM | {INSPECTOR},
        queue=True,
        description=_("Booked and reported product inspections."),
        more_for=PLATFORM,
    ),
    NavItem(
        _("IP protection"),
        "ip:portal",
        PLATFORM | {RIGHTS, AGENT, SUPPLIER},
        queue=True,
        description=_("Rights holders' complaints, notices and counter-notices to review."),
    ),
    NavItem(
        _("Image matches"),
        "monitoring:queue",
        PLATFORM | {RIGHTS, AGENT},
        queue=True,
        description=_("Listing images that look like protected designs, to confirm or dismiss."),
    ),
    NavItem(
        _("Verification queue"),
        "accounts:verification_queue",
        PLATFORM,
        queue=True,
        description=_("Organizations that uploaded business documents and wait for review."),
        more_for=PLATFORM,
    ),
    NavItem(
        _("Contract clauses"),
        "contracts:library",
        PLATFORM,
        description=_("The clause library every generated sales contract prints."),
        more_for=PLATFORM,
    ),
)
INBOX = NavItem(_("Inbox"), "notifications:inbox", TRADERS | PLATFORM | {RIGHTS, AGENT, INSPECTOR})


def _reverse(name: str) -> str | None:
    try:
        return reverse(name)
    except NoReverseMatch:
        return None


def nav_links(user: Any, path: str = "") -> list[dict[str, Any]]:
    """The nav entries this user may use, as {label, url, active, queue, description}."""
    if not getattr(user, "is_authenticated", False):
        return []
    role = getattr(user, "role", "")
    links: list[dict[str, Any]] = []
    for item in NAV_ITEMS:
        if role not in item.roles:
            continue
        url = _reverse(item.url_name)
        if url is None:
            continue
        links.append(
            {
                "label": str(item.label),
                "url": url,
                "url_name": item.url_name,
                "queue": item.queue,
                "description": str(item.description),
                "active": path == url if url == "/" else path.startswith(url),
                "more": role in item.more_for,
            }
        )
    # Only the most specific matching link is marked active.
    active = [link for link in links if link["active"]]
    if len(active) > 1:
        best = max(active, key=lambda link: len(link["url"]))
        for link in active:
            link["active"] = link is best
    if role == ADMIN and getattr(user, "is_staff", False):
        links.append(
            {
                "label": str(_("Admin")),
                "url": reverse("admin:index"),
                "url_name": "admin:index",
                "queue": False,
                "description": "",
                "active": path.startswith(reverse("admin:index")),
                "more": True,
            }
        )
    return links


def inbox_link(user: Any, path: str = "") -> dict[str, Any] | None:
    """The inbox, beside the account menu, with the unread count."""
    if not getattr(user, "is_authenticated", False) or getattr(user, "role", "") not in INBOX.roles:
        return None
    url = _reverse(INBOX.url_name)
    if url is None:
        return None
    return {
        "label": str(INBOX.label),
        "url": url,
        "url_name": INBOX.url_name,
        "count": _unread(user),
        "active": path.startswith(url),
    }


def nav(request: HttpRequest) -> dict[str, Any]:
    """Computed once per request: a page renders panels and includes with the request
    too, and each would otherwise count the unread notifications again."""
    memo: dict[str, Any] | None = getattr(request, "_tradeguard_nav", None)
    if memo is None:
        user = getattr(request, "user", None)
        links = nav_links(user, request.path)
        more = [link for link in links if link["more"]]
        memo = {
            "nav_links": links,
            "nav_primary": [link for link in links if not link["more"]],
            "nav_more": more,
            "nav_more_active": any(link["active"] for link in more),
            "nav_inbox": inbox_link(user, request.path),
            "viewer_timezone": timezone.get_current_timezone_name(),
            "marketplace_name": getattr(settings, "TRADEGUARD_MARKETPLACE_NAME", "TradeGuard"),
            "account_links": _account_links(user),
        }
        request._tradeguard_nav = memo  # type: ignore[attr-defined]
    return memo


def _unread(user: Any) -> int:
    from tradeguard.notifications.selectors import unread_count

    return unread_count(user)


def _account_links(user: Any) -> list[dict[str, str]]:
    if not getattr(user, "is_authenticated", False):
        return []
    out = []
    for label, name in (
        (_("My account"), "accounts:me"),
        (_("My organization"), "accounts:organization"),
        (_("API tokens"), "accounts:tokens"),
        (_("Password"), "accounts:password_change"),
    ):
        url = _reverse(name)
        if url:
            out.append({"label": str(label), "url": url})
    return out
