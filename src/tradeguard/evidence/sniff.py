"""Identify a file by its content, never by its name."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from typing import IO

import puremagic
from PIL import Image, UnidentifiedImageError

from tradeguard.evidence.enums import FileCategory

# MIME type -> category, for every format TradeGuard accepts.
ACCEPTED_MIME: dict[str, FileCategory] = {
    "application/pdf": FileCategory.PDF,
    "image/jpeg": FileCategory.IMAGE,
    "image/png": FileCategory.IMAGE,
    "image/webp": FileCategory.IMAGE,
    "image/gif": FileCategory.IMAGE,
    "image/bmp": FileCategory.IMAGE,
    "video/mp4": FileCategory.VIDEO,
    "video/quicktime": FileCategory.VIDEO,
    "video/webm": FileCategory.VIDEO,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": FileCategory.OFFICE,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": FileCategory.OFFICE,
    "text/plain": FileCategory.TEXT,
    "text/csv": FileCategory.TEXT,
}

# What people see in upload forms.
FORMAT_LABELS: dict[FileCategory, str] = {
    FileCategory.PDF: "PDF",
    FileCategory.IMAGE: "JPEG, PNG, WebP, GIF, BMP",
    FileCategory.VIDEO: "MP4, MOV, WebM",
    FileCategory.OFFICE: "Word (.docx), Excel (.xlsx)",
    FileCategory.TEXT: "plain text, CSV (UTF-8)",
}

_PIL_MIME = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "GIF": "image/gif",
    "BMP": "image/bmp",
}
_OOXML = {
    "word/": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xl/": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# Images past this many pixels are refused as decompression bombs (~ 16k x 12k).
MAX_IMAGE_PIXELS = 200_000_000


@dataclass(frozen=True, slots=True)
class Sniffed:
    mime_type: str
    category: FileCategory
    width: int | None = None
    height: int | None = None


class SniffError(Exception):
    def __init__(self, reason: str, *, corrupt: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.corrupt = corrupt


def sniff(head: bytes, open_full: IO[bytes] | None = None) -> Sniffed:
    """Identify `head` (the first bytes; the whole file for ZIP-based formats, which
    `open_full` provides) as one of the accepted formats, or raise SniffError."""
    if not head:
        raise SniffError("The file is empty.")
    if head[:4] == b"PK\x03\x04":
        return _sniff_ooxml(open_full)
    mime = _magic_mime(head)
    if mime is None:
        if _looks_like_text(head):
            return Sniffed("text/plain", FileCategory.TEXT)
        raise SniffError("The content is not a format TradeGuard accepts.")
    if mime.startswith("image/"):
        return _sniff_image(open_full, head)
    if mime in ("video/mp4", "video/quicktime", "video/x-m4v", "audio/mp4"):
        brand = head[8:12]
        mime = "video/quicktime" if brand == b"qt  " else "video/mp4"
    if mime == "video/x-matroska" and b"webm" in head[:64]:
        mime = "video/webm"
    if mime not in ACCEPTED_MIME:
        raise SniffError(f"Files of type {mime} are not accepted.")
    return Sniffed(mime, ACCEPTED_MIME[mime])


def _magic_mime(head: bytes) -> str | None:
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    try:
        found = puremagic.magic_string(head)
    except (puremagic.PureError, ValueError):
        return None
    for match in found:
        if match.mime_type:
            return str(match.mime_type)
    return None


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sniffed head is still text.
        return exc.start >= len(head) - 3
    return True


def _sniff_image(stream: IO[bytes] | None, head: bytes) -> Sniffed:
    source = stream if stream is not None else io.BytesIO(head)
    source.seek(0)
    try:
        with Image.open(source) as img:
            fmt = img.format or ""
            width, height = img.size
            if width * height > MAX_IMAGE_PIXELS:
                raise SniffError(
                    f"The image is {width}x{height} pixels; at most {MAX_IMAGE_PIXELS:,} are accepted."
                )
            img.verify()
    except SniffError:
        raise
    except (
        UnidentifiedImageError,
        OSError,
        SyntaxError,
        ValueError,
        Image.DecompressionBombError,
    ) as exc:
        raise SniffError(f"The image cannot be read ({exc}).", corrupt=True) from None
    mime = _PIL_MIME.get(fmt)
    if mime is None:
        raise SniffError(f"Images in {fmt or 'this'} format are not accepted.")
    return Sniffed(mime, FileCategory.IMAGE, width, height)


def _sniff_ooxml(stream: IO[bytes] | None) -> Sniffed:
    if stream is None:
        raise SniffError("ZIP-based files need the whole file to be identified.")
    stream.seek(0)
    try:
        with zipfile.ZipFile(stream) as archive:
            names = archive.namelist()
    except zipfile.BadZipFile:
        raise SniffError("The archive is corrupt.", corrupt=True) from None
    if "[Content_Types].xml" in names:
        for prefix, mime in _OOXML.items():
            if any(name.startswith(prefix) for name in names):
                return Sniffed(mime, FileCategory.OFFICE)
    raise SniffError("ZIP archives are not accepted; upload the documents themselves.")
