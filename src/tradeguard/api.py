"""The JSON API at /api/v1/: one NinjaAPI, a router per app."""

from __future__ import annotations

from ninja import NinjaAPI

from tradeguard import __version__
from tradeguard.common.api import TokenAuth, install_error_handlers

api = NinjaAPI(
    title="TradeGuard API",
    version=__version__,
    description=(
        "Trade disputes, specifications and inspections, IP protection and image "
        "monitoring for B2B marketplaces. Authenticate with `Authorization: Bearer <token>`; "
        "get a token from `POST /auth/token`. Every 4xx answers "
        '`{"code", "message", "fields"}`.'
    ),
    auth=TokenAuth(),
    urls_namespace="api",
)
install_error_handlers(api)


def _mount() -> None:
    from tradeguard.accounts.api import router as accounts_router
    from tradeguard.catalog.api import router as catalog_router
    from tradeguard.disputes.api import router as disputes_router
    from tradeguard.evidence.api import router as files_router
    from tradeguard.ip.api import router as ip_router
    from tradeguard.monitoring.api import router as monitoring_router
    from tradeguard.notifications.api import router as notifications_router
    from tradeguard.orders.api import router as orders_router
    from tradeguard.sanctions.api import router as sanctions_router
    from tradeguard.specs.api import router as specs_router

    # Each router's paths are relative to /api/v1/ (e.g. catalog declares "/listings").
    for router in (
        accounts_router,
        catalog_router,
        orders_router,
        disputes_router,
        sanctions_router,
        specs_router,
        ip_router,
        monitoring_router,
        notifications_router,
        files_router,
    ):
        api.add_router("", router)


_mount()
