"""Identify a file by its content, never by its name."""

from __future__ import annotations

import io
import warnings
import zipfile
from dataclasses import dataclass
from typing import IO, Any

import puremagic
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
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
FORMAT_LABELS: dict[FileCategory, Any] = {
    FileCategory.PDF: "PDF",
    FileCategory.IMAGE: "JPEG, PNG, WebP, GIF, BMP",
    FileCategory.VIDEO: "MP4, MOV, WebM",
    FileCategory.OFFICE: "Word (.docx), Excel (.xlsx)",
    FileCategory.TEXT: gettext_lazy("plain text, CSV (UTF-8)"),
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


def max_image_pixels() -> int:
    """The most pixels an uploaded image may have: the image matcher's limit, so that
    every image the site accepts is one it can check for copies."""
    from tradeguard.imagematch.decode import DEFAULT_MAX_PIXELS

    return DEFAULT_MAX_PIXELS


def _too_many_pixels(width: int, height: int) -> SniffError:
    return SniffError(
        _(
            "The image is %(width)s × %(height)s pixels; at most %(megapixels)s megapixels "  # noqa: RUF001 (the multiplication sign people read)
            "are accepted. Scale it down and upload it again."
        )
        % {"width": width, "height": height, "megapixels": max_image_pixels() // 1_000_000}
    )


def _sniff_image(stream: IO[bytes] | None, head: bytes) -> Sniffed:
    source = stream if stream is not None else io.BytesIO(head)
    source.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow warns from 89.5 MP; the limit here is max_image_pixels().
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(source) as img:
                fmt = img.format or ""
                width, height = img.size
                if width * height > max_image_pixels():
                    raise _too_many_pixels(width, height)
                img.verify()
    except SniffError:
        raise
    except Image.DecompressionBombError:
        raise SniffError(
            _("The image has more pixels than %(megapixels)s megapixels; scale it down.")
            % {"megapixels": max_image_pixels() // 1_000_000}
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        # Pillow's message names the temp file the upload sits in: never shown.
        raise SniffError(
            _("The image cannot be read: the file is damaged or not really an image."),
            corrupt=True,
        ) from None
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
