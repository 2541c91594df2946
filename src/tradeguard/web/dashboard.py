"""The dashboard is a registry of panels; each app registers its own.

An app adds a panel from its `AppConfig.ready()`::

    from tradeguard.web.dashboard import register_panel

    def _my_panel(user):
        items = disputes_visible_to(user).filter(...)[:5]
        if not items:
            return {"items": [], "action_count": 0}      # the template shows an empty state
        return {"items": items, "action_count": len(items)}

    register_panel(
        roles={"buyer", "supplier"},
        template="disputes/_panel.html",
        context_fn=_my_panel,
        order=20,
        pages=("dashboard", "officer"),   # optional; default ("dashboard",)
    )

`context_fn(user)` returns the template context, or None to hide the panel for this
user. A context with `action_count > 0` moves the panel up, before panels that need
nothing from the user, and counts in the "needs your action" summary. The template
usually extends "web/_panel.html" (blocks `panel_title`, `panel_actions`, `panel_body`)
and receives the context plus `request`, `user` and `panel`.

Pages: "dashboard" (everyone's start page) and "officer" (the officer's queue page).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

PanelContext = dict[str, Any]
ContextFn = Callable[[Any], PanelContext | None]

ALL_ROLES = frozenset(
    {"buyer", "supplier", "rights_holder", "agent", "inspector", "officer", "admin"}
)
PAGES = frozenset({"dashboard", "officer"})


@dataclass(frozen=True)
class Panel:
    key: str
    roles: frozenset[str]
    template: str
    context_fn: ContextFn
    order: int = 100
    pages: frozenset[str] = field(default_factory=lambda: frozenset({"dashboard"}))


@dataclass(frozen=True)
class RenderedPanel:
    panel: Panel
    html: str  # a SafeString from render_to_string
    action_count: int
    failed: bool = False


_registry: dict[str, Panel] = {}


def register_panel(
    roles: Iterable[str],
    template: str,
    context_fn: ContextFn,
    order: int = 100,
    *,
    key: str | None = None,
    pages: Collection[str] = ("dashboard",),
) -> Panel:
    """Register (or replace, by `key`, default the template name) a dashboard panel."""
    role_set = frozenset(str(r) for r in roles)
    unknown = role_set - ALL_ROLES
    if unknown:
        raise ValueError(f"Unknown roles {sorted(unknown)}; use {sorted(ALL_ROLES)}.")
    page_set = frozenset(pages)
    if page_set - PAGES:
        raise ValueError(f"Unknown pages {sorted(page_set - PAGES)}; use {sorted(PAGES)}.")
    panel = Panel(
        key=key or template,
        roles=role_set,
        template=template,
        context_fn=context_fn,
        order=order,
        pages=page_set,
    )
    _registry[panel.key] = panel
    return panel


def unregister_panel(key: str) -> None:
    _registry.pop(key, None)


def panels_for(role: str, page: str = "dashboard") -> list[Panel]:
    """Registered panels for a role on a page, in their registered order."""
    return sorted(
        (p for p in _registry.values() if role in p.roles and page in p.pages),
        key=lambda p: (p.order, p.key),
    )


def render_panels(request: HttpRequest, page: str = "dashboard") -> list[RenderedPanel]:
    """Render the user's panels; those needing action first, then by order.

    A panel that raises is logged and shown as "could not load" so that one app's bug
    does not take the whole dashboard down (with DEBUG on, the card names the error)."""
    user = request.user
    role = getattr(user, "role", "")
    rendered: list[RenderedPanel] = []
    for panel in panels_for(role, page):
        try:
            context = panel.context_fn(user)
            if context is None:
                continue
            html = render_to_string(
                panel.template, {**context, "panel": panel, "user": user}, request=request
            )
        except Exception as exc:
            logger.exception("Dashboard panel %s failed", panel.key)
            detail = f"{type(exc).__name__}: {exc}" if settings.DEBUG else ""
            html = render_to_string(
                "web/_panel_failed.html",
                {"panel": panel, "user": user, "detail": detail},
                request=request,
            )
            rendered.append(RenderedPanel(panel, html, 0, failed=True))
            continue
        count = int(context.get("action_count") or 0)
        rendered.append(RenderedPanel(panel, html, count))
    rendered.sort(key=lambda r: (r.action_count == 0, r.panel.order, r.panel.key))
    return rendered
