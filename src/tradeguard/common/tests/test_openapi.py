from __future__ import annotations

import collections

import pytest
from ninja import Schema

from tradeguard.api import api
from tradeguard.common.testing import ApiClient


def _schema_classes() -> dict[str, set[str]]:
    found: dict[str, set[str]] = collections.defaultdict(set)

    def walk(cls: type) -> None:
        for sub in cls.__subclasses__():
            if sub.__module__.startswith("tradeguard."):
                found[sub.__name__].add(sub.__module__)
            walk(sub)

    walk(Schema)
    return found


def test_schema_names_are_unique_so_openapi_documents_each_one() -> None:
    api.get_openapi_schema()  # imports every router and its schemas
    clashes = {name: mods for name, mods in _schema_classes().items() if len(mods) > 1}
    assert clashes == {}


@pytest.mark.django_db
def test_openapi_and_docs_are_served() -> None:
    client = ApiClient().client
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/disputes" in schema["paths"]
    assert "/api/v1/ip/complaints" in schema["paths"]
    assert "/api/v1/images/matches" in schema["paths"]
    assert client.get("/api/v1/docs").status_code == 200
