from django.urls import URLPattern, URLResolver

app_name = "specs"

urlpatterns: list[URLPattern | URLResolver] = []
