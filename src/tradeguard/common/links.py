"""Links people follow from outside a page (emails, statements, notices, API answers)
are absolute: TRADEGUARD_BASE_URL plus the path."""

from __future__ import annotations

from django.conf import settings


def absolute_url(path: str) -> str:
    """`/ip/items/7/` -> `https://tradeguard.example/ip/items/7/`; absolute URLs and
    empty strings come back unchanged."""
    if not path or "://" in path:
        return path
    base = str(getattr(settings, "TRADEGUARD_BASE_URL", "")).rstrip("/")
    return f"{base}/{path.lstrip('/')}"
