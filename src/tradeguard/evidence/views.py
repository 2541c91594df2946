"""Web views of stored files: the viewer (a page, or the lightbox's fragment), the bytes,
thumbnails and PDF page previews. Every one asks `selectors.file_get` first: a file the
user may not see is 404, whatever the path."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render

from tradeguard.common.errors import ApplicationError
from tradeguard.evidence import previews, selectors
from tradeguard.evidence.enums import FileCategory
from tradeguard.evidence.models import StoredFile
from tradeguard.evidence.presenters import file_view
from tradeguard.evidence.services import file_open
from tradeguard.evidence.serving import file_response, image_response

# Plain-text files are shown in the viewer up to this many bytes (escaped, never run).
TEXT_PREVIEW_BYTES = 64 * 1024


def _get(request: HttpRequest, file_id: int) -> StoredFile:
    try:
        return selectors.file_get(request.user, file_id)
    except ApplicationError:
        raise Http404("No such file.") from None


def _text_preview(stored: StoredFile) -> tuple[str, bool]:
    with file_open(stored) as fh:
        head = fh.read(TEXT_PREVIEW_BYTES + 1)
    cut = len(head) > TEXT_PREVIEW_BYTES
    return head[:TEXT_PREVIEW_BYTES].decode("utf-8", errors="replace"), cut


def viewer_context(stored: StoredFile) -> dict[str, Any]:
    context: dict[str, Any] = {"f": file_view(stored)}
    if stored.category == FileCategory.PDF:
        pages = previews.pdf_page_count(stored)
        context["pdf_pages"] = pages
        context["preview_pages"] = list(range(1, min(pages, previews.PDF_PREVIEW_PAGES) + 1))
    elif stored.category == FileCategory.TEXT:
        context["text"], context["text_cut"] = _text_preview(stored)
    return context


@login_required
def file_viewer(request: HttpRequest, file_id: int) -> HttpResponse:
    """The file shown the way people look at it; the lightbox asks for the fragment."""
    stored = _get(request, file_id)
    context = viewer_context(stored)
    if request.headers.get("HX-Request") or request.GET.get("partial"):
        return render(request, "evidence/_viewer.html", context)
    return render(request, "evidence/viewer.html", context)


@login_required
def file_content(request: HttpRequest, file_id: int) -> HttpResponse | StreamingHttpResponse:
    """The bytes: inline for images, PDFs and video, as a download for anything else."""
    return file_response(request, _get(request, file_id))


@login_required
def file_download(request: HttpRequest, file_id: int) -> HttpResponse | StreamingHttpResponse:
    return file_response(request, _get(request, file_id), download=True)


@login_required
def file_thumbnail(request: HttpRequest, file_id: int, size: int) -> HttpResponse:
    stored = _get(request, file_id)
    try:
        data = previews.thumbnail(stored, size)
    except previews.PreviewUnavailable:
        raise Http404("No thumbnail for this file.") from None
    return image_response(data, etag=f"{stored.sha256}-{size}")


@login_required
def file_page(request: HttpRequest, file_id: int, page: int) -> HttpResponse:
    stored = _get(request, file_id)
    width = previews.PDF_PAGE_WIDTHS[-1]
    try:
        data = previews.pdf_page(stored, page, width)
    except previews.PreviewUnavailable:
        raise Http404("No preview of this page.") from None
    return image_response(data, etag=f"{stored.sha256}-p{page}-{width}")
