"""Serving stored files so that a hostile upload cannot run in the app's origin.

Every file response (web pages and API alike) goes through `file_response`:
- the type sniffed at upload (never the uploaded name's), `X-Content-Type-Options:
  nosniff`, and `application/octet-stream` for anything not on the accepted list;
- inline only for images and video (what the viewer embeds); everything else, PDFs
  included (previewed as rendered pages), and any download, as an attachment;
- `Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; sandbox`:
  even a file a browser renders runs no script, loads nothing and gets an opaque origin;
- a filename without paths, quotes or control characters whose extension matches the
  sniffed type ("invoice.png" holding text is served as "invoice.png.txt");
- single byte ranges (video seeking), a strong ETag (the SHA-256) and private caching.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from typing import IO

from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.utils.http import content_disposition_header

from tradeguard.evidence.enums import FileCategory
from tradeguard.evidence.models import StoredFile
from tradeguard.evidence.services import file_open
from tradeguard.evidence.sniff import ACCEPTED_MIME

# The policy every file response carries (GitHub serves user content with the same).
FILE_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
# What may be shown inline: what <img> and <video> embed. PDFs are previewed as pages
# rendered by TradeGuard (evidence.previews) and downloaded as attachments: Chromium
# will not open its PDF viewer on a response that carries the `sandbox` policy (tried
# with Chromium 156: the tab never loads), and we do not drop the sandbox for them.
INLINE_CATEGORIES = frozenset({FileCategory.IMAGE, FileCategory.VIDEO})
CHUNK = 256 * 1024

# The extension a download gets for each accepted type (first = the one added).
EXTENSIONS: dict[str, tuple[str, ...]] = {
    "application/pdf": (".pdf",),
    "image/jpeg": (".jpg", ".jpeg", ".jpe", ".jfif"),
    "image/png": (".png",),
    "image/webp": (".webp",),
    "image/gif": (".gif",),
    "image/bmp": (".bmp",),
    "video/mp4": (".mp4", ".m4v"),
    "video/quicktime": (".mov", ".qt"),
    "video/webm": (".webm",),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (".docx",),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": (".xlsx",),
    "text/plain": (".txt", ".text", ".log", ".csv"),
    "text/csv": (".csv", ".txt"),
}
_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f"\\/:*?<>|;%]+')
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def served_type(stored: StoredFile) -> str:
    """The Content-Type for `stored`: its sniffed type when accepted, else opaque bytes."""
    mime = stored.mime_type if stored.mime_type in ACCEPTED_MIME else "application/octet-stream"
    if mime.startswith("text/"):
        return f"{mime}; charset=utf-8"
    return mime


def previewable(stored: StoredFile) -> bool:
    """Whether browsers may show the file inline (images, video)."""
    return stored.mime_type in ACCEPTED_MIME and stored.category in INLINE_CATEGORIES


def download_name(stored: StoredFile) -> str:
    """The uploaded name without directories, quotes, control or reserved characters,
    at most 150 characters, ending in an extension of the sniffed type."""
    raw = (stored.original_name or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE_NAME.sub("_", unicodedata.normalize("NFC", raw))
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = name.strip(" ._")[:150] or f"file-{stored.sha256[:12]}"
    extensions = EXTENSIONS.get(stored.mime_type, (".bin",))
    if os.path.splitext(name)[1].lower() not in extensions:
        name += extensions[0]
    return name


def secure_headers(response: HttpResponse | StreamingHttpResponse) -> None:
    """The headers every file (or derived image) response carries."""
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = FILE_CSP
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    response["Referrer-Policy"] = "no-referrer"


def _read_range(handle: IO[bytes], start: int, length: int) -> Iterator[bytes]:
    try:
        handle.seek(start)
        left = length
        while left > 0:
            block = handle.read(min(CHUNK, left))
            if not block:
                break
            left -= len(block)
            yield block
    finally:
        handle.close()


def _byte_range(header: str, size: int) -> tuple[int, int] | None:
    """(first, last) for a single `bytes=a-b` range, clipped to `size` (first >= size:
    unsatisfiable); None when the header is absent, malformed or asks for several ranges
    (then the whole file is sent)."""
    match = _RANGE.match(header.strip())
    if not match:
        return None
    first, last = match.groups()
    if not first:  # the last N bytes
        if not last:
            return None
        count = int(last)
        return (max(0, size - count), size - 1) if count else (size, size - 1)
    start = int(first)
    if last and int(last) < start:
        return None
    return start, min(int(last), size - 1) if last else size - 1


def _unsatisfiable(size: int) -> HttpResponse:
    response = HttpResponse(status=416)
    response["Content-Range"] = f"bytes */{size}"
    secure_headers(response)
    return response


def file_response(
    request: HttpRequest, stored: StoredFile, *, download: bool = False
) -> HttpResponse | StreamingHttpResponse:
    """The bytes of `stored` (the caller has checked access), served safely."""
    etag = f'"{stored.sha256}"'
    if etag in request.headers.get("If-None-Match", ""):
        not_modified = HttpResponse(status=304)
        not_modified["ETag"] = etag
        secure_headers(not_modified)
        return not_modified
    size = stored.size
    wanted = _byte_range(request.headers.get("Range", ""), size)
    if wanted and wanted[0] >= size:
        return _unsatisfiable(size)
    start, end = wanted or (0, size - 1)
    length = end - start + 1
    response = StreamingHttpResponse(
        _read_range(file_open(stored), start, length),
        status=206 if wanted else 200,
        content_type=served_type(stored),
    )
    response["Content-Length"] = str(length)
    if wanted:
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    response["Accept-Ranges"] = "bytes"
    inline = previewable(stored) and not download
    response["Content-Disposition"] = (
        content_disposition_header(not inline, download_name(stored)) or "attachment"
    )
    response["ETag"] = etag
    response["X-Content-SHA256"] = stored.sha256
    # Private: access is per user and may end (a discarded draft); the bytes never change.
    response["Cache-Control"] = "private, max-age=3600"
    secure_headers(response)
    return response


def image_response(data: bytes, *, etag: str, content_type: str = "image/webp") -> HttpResponse:
    """A derived image (thumbnail, PDF page) rendered by TradeGuard."""
    response = HttpResponse(data, content_type=content_type)
    response["ETag"] = f'"{etag}"'
    response["Cache-Control"] = "private, max-age=86400"
    response["Content-Disposition"] = "inline"
    secure_headers(response)
    return response
