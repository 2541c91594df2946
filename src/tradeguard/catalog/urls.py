from django.urls import URLPattern, URLResolver, path

from tradeguard.catalog import views

app_name = "catalog"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.listing_list, name="list"),
    path("new/", views.listing_new, name="new"),
    path("<int:listing_id>/", views.listing_detail, name="detail"),
    path("<int:listing_id>/edit/", views.listing_edit, name="edit"),
    path("<int:listing_id>/status/", views.listing_status, name="status"),
    path("<int:listing_id>/images/", views.listing_image_add, name="image_add"),
    path("<int:listing_id>/images/<int:image_id>/", views.listing_image, name="image"),
    path(
        "<int:listing_id>/images/<int:image_id>/remove/",
        views.listing_image_remove,
        name="image_remove",
    ),
]
