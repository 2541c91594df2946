"""The project's URLs plus two that crash, for the error-page tests."""

from django.http import HttpRequest, HttpResponse
from django.urls import path

from tradeguard.urls import handler404, handler500
from tradeguard.urls import urlpatterns as project_urls


def boom(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("the test made this view crash")


urlpatterns = [path("boom/", boom), path("api/v1/boom/", boom), *project_urls]

__all__ = ["handler404", "handler500", "urlpatterns"]
