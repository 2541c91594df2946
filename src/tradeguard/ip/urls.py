from django.urls import URLPattern, URLResolver

app_name = "ip"

urlpatterns: list[URLPattern | URLResolver] = []
