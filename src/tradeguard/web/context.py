"""Template context for every page: the role-aware navigation and the viewer's zone.

A link shows only when its URL name exists (`reverse` succeeds), so apps that are
still being built simply have no link yet. Add `"tradeguard.web.context.nav"` to
TEMPLATES' context processors.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

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


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    roles: frozenset[str]
    # A queue officers work through: also listed on the officer page.
    queue: bool = False
    description: str = ""


NAV_ITEMS: tuple[NavItem, ...] = (
    NavItem("Dashboard", "web:dashboard", TRADERS | PLATFORM | {RIGHTS, AGENT, INSPECTOR}),
    NavItem("Orders", "orders:list", TRADERS | PLATFORM),
    NavItem("Listings", "catalog:list", TRADERS | PLATFORM | {RIGHTS, AGENT}),
    NavItem(
        "Disputes",
        "disputes:list",
        TRADERS | PLATFORM,
        queue=True,
        description="Trade disputes waiting for a decision, escalated ones first.",
    ),
    NavItem("Specifications", "specs:list", TRADERS | PLATFORM | {INSPECTOR}),
    NavItem(
        "Inspections",
        "specs:inspections",
        TRADERS | PLATFORM | {INSPECTOR},
        queue=True,
        description="Booked and reported product inspections.",
    ),
    NavItem(
        "IP protection",
        "ip:portal",
        PLATFORM | {RIGHTS, AGENT, SUPPLIER},
        queue=True,
        description="Rights holders' complaints, notices and counter-notices to review.",
    ),
    NavItem(
        "Image matches",
        "monitoring:queue",
        PLATFORM | {RIGHTS, AGENT},
        queue=True,
        description="Listing images that look like protected designs, to confirm or dismiss.",
    ),
    NavItem("Officer queues", "web:officer", PLATFORM),
    NavItem("Inbox", "notifications:inbox", TRADERS | PLATFORM | {RIGHTS, AGENT, INSPECTOR}),
    NavItem(
        "Verification queue",
        "accounts:verification_queue",
        PLATFORM,
        queue=True,
        description="Organizations that uploaded business documents and wait for review.",
    ),
)


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
                "label": item.label,
                "count": _unread(user) if item.url_name == "notifications:inbox" else 0,
                "url": url,
                "url_name": item.url_name,
                "queue": item.queue,
                "description": item.description,
                "active": path == url if url == "/" else path.startswith(url),
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
                "label": "Admin",
                "url": reverse("admin:index"),
                "url_name": "admin:index",
                "queue": False,
                "description": "",
                "active": path.startswith(reverse("admin:index")),
            }
        )
    return links


def nav(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    return {
        "nav_links": nav_links(user, request.path),
        "viewer_timezone": timezone.get_current_timezone_name(),
        "marketplace_name": getattr(settings, "TRADEGUARD_MARKETPLACE_NAME", "TradeGuard"),
        "account_links": _account_links(user),
    }


def _unread(user: Any) -> int:
    from tradeguard.notifications.selectors import unread_count

    return unread_count(user)


def _account_links(user: Any) -> list[dict[str, str]]:
    if not getattr(user, "is_authenticated", False):
        return []
    out = []
    for label, name in (
        ("My account", "accounts:me"),
        ("My organization", "accounts:organization"),
        ("API tokens", "accounts:tokens"),
    ):
        url = _reverse(name)
        if url:
            out.append({"label": label, "url": url})
    return out
