"""`/api/v1/files/{id}`: any stored file the caller may see through some reference
(evidence.selectors), with the same rules and headers as the web pages."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.utils.translation import gettext
from ninja import Field as NinjaField
from ninja import Query, Router, Schema

from tradeguard.common.api import ERROR_RESPONSES
from tradeguard.common.errors import ApplicationError, CommonErrorCode, invalid
from tradeguard.evidence import previews, selectors
from tradeguard.evidence.enums import FileCategory
from tradeguard.evidence.schemas import FileInfo, FileInfoRead, file_api_url
from tradeguard.evidence.serving import file_response, image_response

router = Router(tags=["files"])

BINARY = {
    "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
}
WEBP = {"content": {"image/webp": {"schema": {"type": "string", "format": "binary"}}}}


class FileContentParams(Schema):
    download: bool = NinjaField(
        False, description="Send as an attachment even if it is an image or a video"
    )


class ThumbnailParams(Schema):
    size: int = NinjaField(
        previews.THUMBNAIL_SIZES[0],
        description="Longest side in pixels: "
        + " or ".join(str(s) for s in previews.THUMBNAIL_SIZES),
    )


def _no_preview(message: str) -> ApplicationError:
    return ApplicationError(CommonErrorCode.NOT_FOUND, message, status=404)


@router.get(
    "/files/{file_id}",
    response={200: None, **ERROR_RESPONSES},
    openapi_extra={"responses": {200: {"description": "The file's bytes", **BINARY}}},
)
def file_content(
    request: HttpRequest, file_id: int, params: Query[FileContentParams]
) -> HttpResponse | StreamingHttpResponse:
    """The bytes of a stored file you may see: your own side's dispute drafts, submitted
    evidence of your cases, documents of your orders and your organization, IP
    documents of records, complaints and notices you may see, inspection photos, listing
    and monitored images. Served with the type sniffed at upload, `X-Content-Type-Options:
    nosniff`, a sandboxing Content-Security-Policy, inline only for images and video
    (PDFs: see `/info` for rendered pages); `Range` requests are honoured. 404 for files
    you may not see."""
    return file_response(
        request, selectors.file_get(request.user, file_id), download=params.download
    )


@router.get("/files/{file_id}/info", response={200: FileInfoRead, **ERROR_RESPONSES})
def file_info(request: HttpRequest, file_id: int) -> FileInfo:
    """What the file is (name, SHA-256, size, sniffed type, pixels, PDF pages) and where
    to fetch it and its previews."""
    stored = selectors.file_get(request.user, file_id)
    pages = previews.pdf_page_count(stored) if stored.category == FileCategory.PDF else 0
    return FileInfo(
        stored,
        pages=pages or None,
        preview_pages=[
            file_api_url(stored.pk, f"/pages/{n}")
            for n in range(1, min(pages, previews.PDF_PREVIEW_PAGES) + 1)
        ],
    )


@router.get(
    "/files/{file_id}/thumbnail",
    response={200: None, **ERROR_RESPONSES},
    openapi_extra={"responses": {200: {"description": "A WebP thumbnail", **WEBP}}},
)
def file_thumbnail(
    request: HttpRequest, file_id: int, params: Query[ThumbnailParams]
) -> HttpResponse:
    """A WebP thumbnail of an image (or of a PDF's first page)."""
    stored = selectors.file_get(request.user, file_id)
    if params.size not in previews.THUMBNAIL_SIZES:
        raise invalid(
            "size",
            gettext("Use one of %(sizes)s.")
            % {"sizes": ", ".join(str(s) for s in previews.THUMBNAIL_SIZES)},
        )
    try:
        data = previews.thumbnail(stored, params.size)
    except previews.PreviewUnavailable:
        raise _no_preview(gettext("This file has no thumbnail; download it instead.")) from None
    return image_response(data, etag=f"{stored.sha256}-{params.size}")


@router.get(
    "/files/{file_id}/pages/{page}",
    response={200: None, **ERROR_RESPONSES},
    openapi_extra={"responses": {200: {"description": "The page as WebP", **WEBP}}},
)
def file_page(request: HttpRequest, file_id: int, page: int) -> HttpResponse:
    """Page `page` (1 to 5) of a PDF, rendered as a WebP 1,200 pixels wide."""
    stored = selectors.file_get(request.user, file_id)
    width = previews.PDF_PAGE_WIDTHS[-1]
    try:
        data = previews.pdf_page(stored, page, width)
    except previews.PreviewUnavailable:
        raise _no_preview(
            gettext("This file has no preview of page %(page)s; download it instead.")
            % {"page": page}
        ) from None
    return image_response(data, etag=f"{stored.sha256}-p{page}-{width}")
