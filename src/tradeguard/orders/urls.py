from django.urls import URLPattern, URLResolver, path

from tradeguard.orders import views

app_name = "orders"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.order_list, name="list"),
    path("new/", views.order_new, name="new"),
    path("<int:order_id>/", views.order_detail, name="detail"),
    path("<int:order_id>/ship/", views.order_ship, name="ship"),
    path("<int:order_id>/confirm-receipt/", views.order_confirm_receipt, name="confirm_receipt"),
    path("<int:order_id>/cancel/", views.order_cancel, name="cancel"),
    path("<int:order_id>/transition/", views.order_transition, name="transition"),
    path("<int:order_id>/payments/", views.order_payment_add, name="payment_add"),
    path("<int:order_id>/documents/", views.order_document_add, name="document_add"),
    path(
        "<int:order_id>/shipment-events/",
        views.order_shipment_event_add,
        name="shipment_event_add",
    ),
    path(
        "<int:order_id>/documents/<int:document_id>/download/",
        views.order_document_download,
        name="document_download",
    ),
]
