"""Dashboard panel and timeline labels of image monitoring (from MonitoringConfig.ready)."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _lazy

from tradeguard.accounts.enums import Role

EVENT_LABELS: dict[str, Any] = {
    "monitoring.image.registered": _lazy("Image monitored"),
    "monitoring.image.archived": _lazy("Image no longer monitored"),
    "monitoring.image.restored": _lazy("Image monitored again"),
    "monitoring.scan.queued": _lazy("Scan of existing listings queued"),
    "monitoring.scan.running": _lazy("Scan of existing listings started"),
    "monitoring.scan.done": _lazy("Scan of existing listings finished"),
    "monitoring.scan.failed": _lazy("Scan failed"),
    "monitoring.match.found": _lazy("Possible copy found"),
    "monitoring.match.confirmed": _lazy("Copy confirmed"),
    "monitoring.match.dismissed": _lazy("Match dismissed"),
    "monitoring.match.authorized": _lazy("Supplier authorized"),
    "monitoring.match.new": _lazy("Match reopened"),
    "monitoring.supplier.authorized": _lazy("Supplier authorized to use the images"),
    "monitoring.supplier.revoked": _lazy("Supplier authorization revoked"),
    "monitoring.watch_set.created": _lazy("Watch set created"),
    "monitoring.digest.sent": _lazy("Digest of new matches sent"),
    "monitoring.listing_image.hashed": _lazy("Listing image hashed"),
}


def _reporter_panel(user: Any) -> dict[str, Any] | None:
    from tradeguard.monitoring import selectors

    groups = list(selectors.groups_visible_to(user).filter(new_count__gt=0)[:5])
    waiting = sum(g.new_count for g in groups)
    return {
        "groups": groups,
        "action_count": waiting,
        "scans": list(selectors.scans_running(user)[:3]),
        "monitored": selectors.monitored_visible_to(user).filter(status="active").count(),
    }


def register() -> None:
    from tradeguard.web.dashboard import register_panel
    from tradeguard.web.timeline import register_event_labels

    register_event_labels(EVENT_LABELS)
    register_panel(
        roles={Role.RIGHTS_HOLDER, Role.AGENT},
        template="monitoring/_panel.html",
        context_fn=_reporter_panel,
        order=35,
        key="monitoring.reporter",
    )
