from django.urls import URLPattern, URLResolver, path

from tradeguard.sanctions import views

app_name = "sanctions"

urlpatterns: list[URLPattern | URLResolver] = [
    path("suppliers/<int:org_id>/", views.supplier_profile, name="supplier"),
]
