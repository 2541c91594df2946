from django.urls import URLPattern, URLResolver, path

from tradeguard.disputes import views

app_name = "disputes"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.dispute_list, name="list"),
    path("new/", views.dispute_new, name="new"),
    path("<int:dispute_id>/", views.dispute_detail, name="detail"),
    path("<int:dispute_id>/respond/", views.dispute_respond, name="respond"),
    path("<int:dispute_id>/decide/", views.dispute_decide, name="decide"),
    path("<int:dispute_id>/act/<slug:action>/", views.dispute_act, name="act"),
    path("<int:dispute_id>/casefile/", views.dispute_casefile, name="casefile"),
]
