"""Previews of stored files: image thumbnails and the first pages of PDFs, rendered on
first request and kept beside the file (`derived/<sha256>/...`, removed with it), so a
12-megapixel photo is sent once as a 40 KB thumbnail and a PDF shows in the page
without the browser's PDF viewer."""

from __future__ import annotations

import io
import math
import threading
from collections.abc import Callable
from typing import IO

import pypdfium2 as pdfium
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageOps

from tradeguard.evidence.enums import FileCategory
from tradeguard.evidence.models import StoredFile
from tradeguard.evidence.services import derived_prefix, file_open

# Longest side in pixels: the card thumbnail (shown at 120 CSS px, sharp on 2x screens)
# and the viewer's rendition of big photos (the original stays a click away).
THUMBNAIL_SIZES = (240, 1600)
# PDF pages: the thumbnail of page 1 and the viewer's page width; the viewer shows the
# first PDF_PREVIEW_PAGES pages, the download has them all.
PDF_PAGE_WIDTHS = (240, 1200)
PDF_PREVIEW_PAGES = 5
# A very tall page is rendered smaller rather than as a huge bitmap.
MAX_PAGE_PIXELS = 1200 * 1200 * 3
WEBP_QUALITY = 82
# libwebp effort 0-6: 2 encodes a 1600 px rendition ~25 % faster than the default 4 at
# about the same size (benchmarks/files/previews.py, docs/benchmarks.md).
WEBP_METHOD = 2

# PDFium is not thread-safe; the threaded development and test servers render in parallel.
_PDFIUM = threading.Lock()


class PreviewUnavailable(Exception):
    """This file has no preview (not an image or PDF, unreadable, or encrypted)."""


def _cached(name: str, render: Callable[[], bytes]) -> bytes:
    """`render()`, stored under `name` the first time. A file that cannot be previewed
    is remembered as an empty entry, so it is not tried again on every request."""
    if default_storage.exists(name):
        with default_storage.open(name, "rb") as fh:
            data = bytes(fh.read())
        if not data:
            raise PreviewUnavailable("This file has no preview.")
        return data
    try:
        data = render()
    except PreviewUnavailable:
        data = b""
    saved = default_storage.save(name, ContentFile(data))
    if saved != name:  # another request rendered it meanwhile; keep one copy
        default_storage.delete(saved)
    if not data:
        raise PreviewUnavailable("This file has no preview.")
    return data


def _webp(img: Image.Image) -> bytes:
    if img.mode not in ("RGB", "RGBA"):
        img = img.convert("RGBA" if "A" in img.getbands() or "transparency" in img.info else "RGB")
    out = io.BytesIO()
    img.save(out, "WEBP", quality=WEBP_QUALITY, method=WEBP_METHOD)
    return out.getvalue()


def render_thumbnail(source: IO[bytes], size: int) -> bytes:
    """A WebP of the image in `source`, at most `size` pixels on its longest side,
    turned upright as its EXIF orientation says."""
    try:
        with Image.open(source) as img:
            img.draft("RGB", (size, size))  # JPEG: decode at a reduced scale
            upright = ImageOps.exif_transpose(img)  # phones store rotation in EXIF
            upright.thumbnail((size, size), Image.Resampling.LANCZOS)
            return _webp(upright)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise PreviewUnavailable(str(exc)) from None


def _render_thumbnail(stored: StoredFile, size: int) -> bytes:
    with file_open(stored) as fh:
        return render_thumbnail(fh, size)


def thumbnail(stored: StoredFile, size: int) -> bytes:
    """A WebP of `stored` at most `size` pixels on its longest side (one of
    THUMBNAIL_SIZES); page 1 for a PDF."""
    if size not in THUMBNAIL_SIZES:
        raise PreviewUnavailable(f"No thumbnail size {size}.")
    if stored.category == FileCategory.PDF:
        return pdf_page(stored, 1, min(size, PDF_PAGE_WIDTHS[-1]))
    if stored.category != FileCategory.IMAGE:
        raise PreviewUnavailable("Only images and PDFs have thumbnails.")
    return _cached(
        f"{derived_prefix(stored.sha256)}thumb-{size}.webp",
        lambda: _render_thumbnail(stored, size),
    )


def _open_pdf(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:  # corrupt, or protected by a password
        raise PreviewUnavailable(str(exc)) from None


def _pdf_bytes(stored: StoredFile) -> bytes:
    with file_open(stored) as fh:
        return bytes(fh.read())


def count_pdf_pages(data: bytes) -> int:
    with _PDFIUM:
        pdf = _open_pdf(data)
        try:
            return len(pdf)
        finally:
            pdf.close()


def render_pdf_page(data: bytes, page: int, width: int) -> bytes:
    """Page `page` (from 1) of the PDF in `data` as a WebP `width` pixels wide (smaller
    for very tall pages: at most MAX_PAGE_PIXELS)."""
    with _PDFIUM:
        pdf = _open_pdf(data)
        try:
            if not 1 <= page <= len(pdf):
                raise PreviewUnavailable(f"The PDF has no page {page}.")
            sheet = pdf[page - 1]
            try:
                points_wide, points_high = sheet.get_size()
                scale = min(
                    width / max(points_wide, 1.0),
                    math.sqrt(MAX_PAGE_PIXELS / max(points_wide * points_high, 1.0)),
                )
                img = sheet.render(scale=scale).to_pil()
            except pdfium.PdfiumError as exc:
                raise PreviewUnavailable(str(exc)) from None
            finally:
                sheet.close()
        finally:
            pdf.close()
    return _webp(img)


def pdf_page_count(stored: StoredFile) -> int:
    """How many pages the PDF has (0 when PDFium cannot read it)."""
    if stored.category != FileCategory.PDF:
        return 0

    try:
        return int(
            _cached(
                f"{derived_prefix(stored.sha256)}pages.txt",
                lambda: str(count_pdf_pages(_pdf_bytes(stored))).encode(),
            )
        )
    except PreviewUnavailable:
        return 0


def pdf_page(stored: StoredFile, page: int, width: int) -> bytes:
    """Page `page` (from 1, at most PDF_PREVIEW_PAGES) of a PDF as a WebP `width`
    pixels wide (one of PDF_PAGE_WIDTHS)."""
    if stored.category != FileCategory.PDF:
        raise PreviewUnavailable("Not a PDF.")
    if width not in PDF_PAGE_WIDTHS or not 1 <= page <= PDF_PREVIEW_PAGES:
        raise PreviewUnavailable(f"No preview of page {page} at {width} pixels.")
    return _cached(
        f"{derived_prefix(stored.sha256)}page-{page}-{width}.webp",
        lambda: render_pdf_page(_pdf_bytes(stored), page, width),
    )
