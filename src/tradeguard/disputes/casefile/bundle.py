"""The layout of a case file and its manifest: no database, shared by the export and
the verifier."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Mapping
from typing import Any

MANIFEST = "MANIFEST.sha256"
SIGNATURE = "MANIFEST.sha256.sig"
PUBLIC_KEY = "public-key.pem"
EVENTS = "events.jsonl"
# Outside the manifest: the manifest itself and its signature.
UNLISTED = frozenset({MANIFEST, SIGNATURE})


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest_bytes(files: Mapping[str, bytes]) -> bytes:
    """`sha256sum` format ("<hex>  <path>"), one line per file, sorted by path."""
    lines = [f"{sha256_hex(data)}  {path}\n" for path, data in sorted(files.items())]
    return "".join(lines).encode("utf-8")


def parse_manifest(data: bytes) -> tuple[dict[str, str], list[str]]:
    """path -> hash, and the lines that do not read as "<64 hex>  <path>"."""
    entries: dict[str, str] = {}
    bad: list[str] = []
    for line in data.decode("utf-8", errors="replace").splitlines():
        digest, sep, path = line.partition("  ")
        if not sep or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            bad.append(line)
            continue
        entries[path.removeprefix("*")] = digest
    return entries, bad


def events_jsonl(rows: list[dict[str, Any]]) -> bytes:
    return "".join(
        json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"
        for row in rows
    ).encode("utf-8")


def zip_bytes(root: str, files: Mapping[str, bytes], *, stamp: tuple[int, ...]) -> bytes:
    """A ZIP of `files` under the folder `root`, every entry dated `stamp`."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, data in sorted(files.items()):
            info = zipfile.ZipInfo(f"{root}/{path}", date_time=stamp[:6])  # type: ignore[arg-type]
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return out.getvalue()
