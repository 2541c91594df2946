"""Helpers for tests across apps (kept in the package so every app's tests share one)."""

from __future__ import annotations

import json
from typing import Any

from django.test import Client
from django.test.client import MULTIPART_CONTENT


class ApiClient:
    """Calls /api/v1/ as one user, with a real API token."""

    def __init__(self, user: Any | None = None, *, token: str | None = None) -> None:
        self.client = Client()
        self.user = user
        if token is None and user is not None:
            from tradeguard.accounts.services import api_token_create

            _, token = api_token_create(actor=user, name="tests")
        self.token = token

    def _headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        return {**headers, **(extra or {})}

    @staticmethod
    def _url(path: str) -> str:
        return path if path.startswith("/") else f"/api/v1/{path}"

    def get(
        self, path: str, params: dict[str, Any] | None = None, headers: dict[str, str] | None = None
    ) -> Any:
        return self.client.get(self._url(path), params or {}, headers=self._headers(headers))

    def post(self, path: str, data: Any = None, headers: dict[str, str] | None = None) -> Any:
        body = json.dumps(data if data is not None else {}, default=str)
        return self.client.post(
            self._url(path), body, content_type="application/json", headers=self._headers(headers)
        )

    def post_raw(self, path: str, body: str | bytes, content_type: str = "application/json") -> Any:
        return self.client.post(
            self._url(path), body, content_type=content_type, headers=self._headers()
        )

    def patch(self, path: str, data: Any = None) -> Any:
        body = json.dumps(data if data is not None else {}, default=str)
        return self.client.patch(
            self._url(path), body, content_type="application/json", headers=self._headers()
        )

    def delete(self, path: str) -> Any:
        return self.client.delete(self._url(path), headers=self._headers())

    def upload(self, path: str, data: dict[str, Any]) -> Any:
        """multipart/form-data POST; pass files as django SimpleUploadedFile values."""
        return self.client.post(
            self._url(path), data, content_type=MULTIPART_CONTENT, headers=self._headers()
        )


def png_bytes(
    width: int = 32, height: int = 24, color: tuple[int, int, int] = (200, 30, 30)
) -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buf, "PNG")
    return buf.getvalue()


def jpeg_bytes(
    width: int = 32, height: int = 24, color: tuple[int, int, int] = (30, 90, 200)
) -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buf, "JPEG", quality=90)
    return buf.getvalue()


PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
