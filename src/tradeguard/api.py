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

    api.add_router("", accounts_router)


_mount()
