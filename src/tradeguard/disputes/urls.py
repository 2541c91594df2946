from django.urls import URLPattern, URLResolver

app_name = "disputes"

urlpatterns: list[URLPattern | URLResolver] = []
