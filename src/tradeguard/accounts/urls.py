from django.urls import path

from tradeguard.accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.me, name="me"),
    path("password/", views.password_change, name="password_change"),
    path("password/reset/", views.password_reset, name="password_reset"),
    path(
        "password/reset/<str:uidb64>/<str:token>/",
        views.password_reset_confirm,
        name="password_reset_confirm",
    ),
    path("tokens/", views.tokens, name="tokens"),
    path("tokens/<int:token_id>/revoke/", views.token_revoke, name="token_revoke"),
    path("organization/", views.organization, name="organization"),
    path("organizations/<int:org_id>/", views.org_profile, name="org_profile"),
    path("documents/<int:doc_id>/download/", views.document_download, name="document_download"),
    path("verification/", views.verification_queue, name="verification_queue"),
    path(
        "verification/<int:org_id>/decide/",
        views.verification_decide,
        name="verification_decide",
    ),
]
