from django.urls import URLPattern, URLResolver, path

from tradeguard.monitoring import views

app_name = "monitoring"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.queue, name="queue"),
    path("groups/<int:group_id>/", views.group_detail, name="group"),
    path("groups/<int:group_id>/review/", views.group_review, name="group_review"),
    path(
        "suppliers/<int:supplier_id>/templates/<str:template>/",
        views.template_group,
        name="template_group",
    ),
    path("monitored/", views.monitored, name="monitored"),
    path("monitored/sync/", views.monitored_sync, name="sync"),
    path("monitored/<int:monitored_id>/", views.monitored_detail, name="monitored_detail"),
    path("monitored/<int:monitored_id>/action/", views.monitored_action, name="monitored_action"),
    path("monitored/<int:monitored_id>/image/", views.monitored_file, name="monitored_file"),
    path("matches/<int:match_id>/image/", views.match_listing_file, name="match_file"),
    path("scans/<int:scan_id>/", views.scan_progress, name="scan"),
    path("authorizations/", views.authorizations, name="authorizations"),
    path(
        "authorizations/<int:authorization_id>/revoke/",
        views.authorization_revoke,
        name="authorization_revoke",
    ),
]
