"""The JSON API at /api/v1/: one NinjaAPI, a router per app."""

from __future__ import annotations

import copy
from typing import Any

from ninja import NinjaAPI
from ninja.openapi.schema import OpenAPISchema

from tradeguard import __version__
from tradeguard.common import contract
from tradeguard.common.api import TokenAuth, install_error_handlers


class TradeGuardAPI(NinjaAPI):
    """NinjaAPI whose OpenAPI document also lists what every operation can answer
    (common/contract.py)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._documents: dict[str, OpenAPISchema] = {}

    def get_openapi_operation_id(self, operation: Any) -> str:
        """`disputes_appeal`, `ip_items_appeal`: the view's name, prefixed by its app
        unless it starts with it (the generated client's function names)."""
        app = operation.view_func.__module__.split(".")[1]
        name = str(operation.view_func.__name__)
        return name if name.startswith(app) else f"{app}_{name}"

    def get_openapi_schema(
        self, *, path_prefix: str | None = None, path_params: dict[str, Any] | None = None
    ) -> OpenAPISchema:
        from tradeguard.notifications.events import openapi_webhooks

        if path_prefix is None:
            path_prefix = self.get_root_path(path_params or {})
        cached = self._documents.get(path_prefix)
        if cached is None:  # the document is fixed once the routers are mounted
            cached = super().get_openapi_schema(path_prefix=path_prefix)
            contract.complete_schema(self, cached)
            openapi_webhooks(cached)
            self._documents[path_prefix] = cached
        return copy.deepcopy(cached)


api = TradeGuardAPI(
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
api.add_decorator(contract.guard, mode="view")


def _mount() -> None:
    from tradeguard.accounts.api import router as accounts_router
    from tradeguard.catalog.api import router as catalog_router
    from tradeguard.contracts.api import router as contracts_router
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
        contracts_router,
        ip_router,
        monitoring_router,
        notifications_router,
        files_router,
    ):
        api.add_router("", router)


_mount()
