"""Body limits hold while the body streams: over-long requests are refused before
their bytes are read (the WSGI layer), single files stop at their limit before they
reach a temp file (Django's upload handler). The first tests drive a real gunicorn."""

from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import get_resolver
from django.urls.resolvers import URLPattern, URLResolver

from tradeguard.common.limits import BODY_MAX_BYTES, BODY_ROUTES, UPLOADS, limit_for
from tradeguard.common.testing import PDF_BYTES, ApiClient

GB = 1024**3


def _send_head(port: int, head: str, body_start: bytes = b"") -> tuple[int, bytes, float]:
    """Send request headers (and a few body bytes), return the status, the response
    and how long the server took to answer."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(head.encode() + b"\r\n" + body_start)
        data = b""
        while b"\r\n\r\n" not in data or len(data) < data.find(b"\r\n\r\n") + 4 + _length(data):
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    status = int(data.split(b" ", 2)[1])
    return status, data.split(b"\r\n\r\n", 1)[1], time.monotonic() - started


def _length(data: bytes) -> int:
    for line in data.split(b"\r\n\r\n", 1)[0].split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return int(line.split(b":")[1])
    return 0


def _temp_bytes(data_dir: Path) -> int:
    return sum(f.stat().st_size for f in (data_dir / "tmp").rglob("*") if f.is_file())


def test_oversized_bodies_are_refused_before_they_are_read(served):
    server = served("gunicorn")
    token = server.token("buyer@demo.tradeguard.test")
    status, body = server.json("GET", "/api/v1/disputes", token=token)
    dispute_id = body["items"][0]["id"]

    # A signed-in buyer announces 1 GB of evidence: 413 at once, nothing stored.
    status, body, took = _send_head(
        server.port,
        f"POST /api/v1/disputes/{dispute_id}/evidence HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: Bearer {token}\r\n"
        "Content-Type: multipart/form-data; boundary=xyz\r\n"
        f"Content-Length: {GB}\r\n",
        b"--xyz\r\n" + b"x" * 60000,
    )
    assert status == 413
    error = json.loads(body)
    assert error["code"] == "file_too_large"
    assert "100 MB" in error["message"]
    assert took < 10

    # Anonymous 0.5 GB multipart POST to the login form: 413 before anything lands.
    status, body, _ = _send_head(
        server.port,
        "POST /login/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        "Content-Type: multipart/form-data; boundary=xyz\r\n"
        f"Content-Length: {GB // 2}\r\n",
        b"--xyz\r\n" + b"x" * 60000,
    )
    assert status == 413
    assert b"too large" in body.lower()

    # A JSON body over the small cap.
    status, body, _ = _send_head(
        server.port,
        "POST /api/v1/auth/token HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Content-Type: application/json\r\nContent-Length: {BODY_MAX_BYTES + 1}\r\n",
    )
    assert status == 413
    assert json.loads(body)["code"] == "request_too_large"

    # A body without a length.
    status, body, _ = _send_head(
        server.port,
        "POST /api/v1/auth/token HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
        b"5\r\nhello\r\n",
    )
    assert status == 411
    assert json.loads(body)["code"] == "length_required"

    assert _temp_bytes(server.db.data_dir) == 0
    # The server is fine and uploads within the limit still work.
    boundary = "tgboundary"
    payload = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\nphoto\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n'
            "Content-Type: application/pdf\r\n\r\n"
        ).encode()
        + PDF_BYTES
        + f"\r\n--{boundary}--\r\n".encode()
    )
    status, body, _ = server.request(
        "POST",
        f"/api/v1/disputes/{dispute_id}/evidence",
        token=token,
        body=payload,
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert status in (201, 409, 422), body  # accepted, or refused by the case's rules
    assert status != 413


# --- Django's layer (in-process) -------------------------------------------------------


@pytest.mark.django_db
def test_a_file_over_its_limit_stops_streaming_at_the_limit(settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tradeguard.common import clock
    from tradeguard.disputes.tests.factories import cast, delivered_order, file_dispute

    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 1000  # stream to a temp file from 1 KB
    settings.TRADEGUARD_POLICY = {"disputes": {"evidence_max_file_bytes": 50_000}}
    c = cast()
    dispute = file_dispute(c, delivered_order(c, clock.now()))
    api = ApiClient(c.buyer)
    big = SimpleUploadedFile("big.pdf", PDF_BYTES + b"%" * 200_000, "application/pdf")
    response = api.upload(f"disputes/{dispute.pk}/evidence", {"file": big, "type": "photo"})
    assert response.status_code == 413
    assert response.json()["code"] == "file_too_large"
    assert "49 KB" in response.json()["message"] or "48.8 KB" in response.json()["message"]
    assert list(tmp_path.iterdir()) == []
    assert dispute.evidence.count() == 0


@pytest.mark.django_db
def test_files_sent_to_a_form_that_takes_none_are_refused() -> None:
    response = Client().post(
        "/login/",
        {"username": "a@b.c", "password": "x", "file": SimpleUploadedFile("x.bin", b"x" * 10)},
    )
    assert response.status_code == 413
    assert b"too large" in response.content.lower()


def _routes() -> set[str]:
    found: set[str] = set()

    def walk(patterns: list[URLPattern | URLResolver], prefix: str) -> None:
        for p in patterns:
            if isinstance(p, URLResolver):
                walk(p.url_patterns, prefix + str(p.pattern))
            else:
                found.add(prefix + str(p.pattern))

    walk(get_resolver().url_patterns, "")
    return found


def test_every_listed_route_exists() -> None:
    routes = _routes()
    assert set(UPLOADS) - routes == set()
    assert set(BODY_ROUTES) - routes == set()


def test_every_api_operation_that_takes_files_has_an_upload_limit() -> None:
    from tradeguard.api import api

    schema = api.get_openapi_schema()
    takes_files = set()
    for path, operations in schema["paths"].items():
        for operation in operations.values():
            content = operation.get("requestBody", {}).get("content", {})
            if "multipart/form-data" in content and "binary" in json.dumps(content):
                takes_files.add(path)
    listed = {"/" + route.replace("<", "{").replace(">", "}") for route in UPLOADS}
    assert takes_files
    assert takes_files - listed == set()


def test_limits_are_the_documented_ones() -> None:
    mb = 1024 * 1024
    assert limit_for("/api/v1/disputes/1/evidence").file_bytes == 100 * mb
    assert limit_for("/account/organization/").file_bytes == 20 * mb
    assert limit_for("/listings/3/images/").file_bytes == 15 * mb
    assert limit_for("/login/").request_bytes == BODY_MAX_BYTES
    assert limit_for("/login/").file_bytes is None
    assert limit_for("/no/such/page/").request_bytes == BODY_MAX_BYTES
    assert limit_for("/api/v1/specs/import").request_bytes == 2 * mb


def test_the_wsgi_application_is_wrapped() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tradeguard.settings_test")
    from tradeguard.common.limits import BodyLimitMiddleware
    from tradeguard.wsgi import WarmOnFirstRequest, application

    # Outside it only the model warm-up, which reads nothing of the request.
    assert isinstance(application, WarmOnFirstRequest)
    assert isinstance(application.app, BodyLimitMiddleware)
