from django.urls import path

from tradeguard.ip import views

app_name = "ip"

urlpatterns = [
    path("", views.portal, name="portal"),
    path("verification/", views.verification_upload, name="verification_upload"),
    path("authorizations/new/", views.authorization_new, name="authorization_new"),
    path(
        "authorizations/<int:pk>/decide/", views.authorization_decide, name="authorization_decide"
    ),
    path("records/new/", views.record_new, name="record_new"),
    path("records/<int:pk>/", views.record_detail, name="record"),
    path("records/<int:pk>/pictures/<int:image_id>/", views.record_picture, name="record_picture"),
    path("complaints/new/", views.complaint_new, name="complaint_new"),
    path("complaints/template.csv", views.csv_template, name="csv_template"),
    path("complaints/listings/", views.listing_search, name="listing_search"),
    path("complaints/listings/pick/", views.listing_pick, name="listing_pick"),
    path("complaints/<int:pk>/", views.complaint_detail, name="complaint"),
    path("complaints/<int:pk>/export.json", views.complaint_export, name="complaint_export"),
    path("items/<int:pk>/", views.item_detail, name="item"),
    path(
        "items/<int:pk>/pictures/<str:kind>/<int:image_id>/",
        views.item_picture,
        name="item_picture",
    ),
    path("queue/", views.queue, name="queue"),
    path("queue/verification/<int:pk>/", views.verification_decide, name="verification_decide"),
    path("transparency/", views.transparency, name="transparency"),
]
