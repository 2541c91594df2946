from django.contrib import admin
from django.urls import include, path

from tradeguard.api import api

urlpatterns = [
    path("api/v1/", api.urls),
    path("admin/", admin.site.urls),
    path("account/", include("tradeguard.accounts.urls")),
    path("listings/", include("tradeguard.catalog.urls")),
    path("orders/", include("tradeguard.orders.urls")),
    path("disputes/", include("tradeguard.disputes.urls")),
    path("sanctions/", include("tradeguard.sanctions.urls")),
    path("specs/", include("tradeguard.specs.urls")),
    path("contracts/", include("tradeguard.contracts.urls")),
    path("ip/", include("tradeguard.ip.urls")),
    path("images/", include("tradeguard.monitoring.urls")),
    path("inbox/", include("tradeguard.notifications.urls")),
    path("files/", include("tradeguard.evidence.urls")),
    path("", include("tradeguard.web.urls")),
]

# The project's own error pages (and JSON under /api/); see tradeguard.web.error_pages.
handler404 = "tradeguard.web.error_pages.page_not_found"
handler500 = "tradeguard.web.error_pages.server_error"
# A body over its endpoint's cap (common/limits.py) answers 413, not 400.
handler400 = "tradeguard.web.views.bad_request"
