"""Dashboard panel and timeline labels of image monitoring (from MonitoringConfig.ready)."""

from __future__ import annotations

from typing import Any

from tradeguard.accounts.enums import Role

EVENT_LABELS = {
    "monitoring.image.registered": "Image monitored",
    "monitoring.image.archived": "Image no longer monitored",
    "monitoring.image.restored": "Image monitored again",
    "monitoring.scan.queued": "Scan of existing listings queued",
    "monitoring.scan.running": "Scan of existing listings started",
    "monitoring.scan.done": "Scan of existing listings finished",
    "monitoring.scan.failed": "Scan failed",
    "monitoring.match.found": "Possible copy found",
    "monitoring.match.confirmed": "Copy confirmed",
    "monitoring.match.dismissed": "Match dismissed",
    "monitoring.match.authorized": "Supplier authorized",
    "monitoring.match.new": "Match reopened",
    "monitoring.supplier.authorized": "Supplier authorized to use the images",
    "monitoring.supplier.revoked": "Supplier authorization revoked",
    "monitoring.watch_set.created": "Watch set created",
    "monitoring.digest.sent": "Digest of new matches sent",
    "monitoring.listing_image.hashed": "Listing image hashed",
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
