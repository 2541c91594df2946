from __future__ import annotations

from typing import Any

from ninja import Field, Schema

from tradeguard.evidence.models import StoredFile
from tradeguard.evidence.serving import download_name


def file_api_url(file_id: int, tail: str = "") -> str:
    return f"/api/v1/files/{file_id}{tail}"


class FileRead(Schema):
    """A stored file: its fingerprint and where to fetch it (`GET /api/v1/files/{id}`,
    allowed to whoever may see a row that refers to it)."""

    id: int
    name: str = Field(description="The uploaded name, made safe, with the sniffed type's extension")
    sha256: str
    size: int = Field(description="Bytes")
    mime_type: str = Field(description="Sniffed from the content at upload, never the name")
    category: str
    width: int | None
    height: int | None
    url: str = Field(description="GET: the bytes (add ?download=true for an attachment)")
    thumbnail_url: str | None = Field(description="Images and PDFs: a WebP thumbnail")

    @staticmethod
    def resolve_name(obj: StoredFile) -> str:
        return download_name(obj)

    @staticmethod
    def resolve_url(obj: StoredFile) -> str:
        return file_api_url(obj.pk)

    @staticmethod
    def resolve_thumbnail_url(obj: StoredFile) -> str | None:
        if obj.category not in ("image", "pdf"):
            return None
        return file_api_url(obj.pk, "/thumbnail")


class FileInfo:
    """A stored file with what `/info` adds (the file's own fields read through)."""

    def __init__(self, file: StoredFile, *, pages: int | None, preview_pages: list[str]):
        self.file = file
        self.pages = pages
        self.preview_pages = preview_pages

    def __getattr__(self, name: str) -> Any:
        return getattr(self.file, name)


class FileInfoRead(FileRead):
    pages: int | None = Field(description="PDFs: the number of pages (None when unreadable)")
    preview_pages: list[str] = Field(
        description="PDFs: WebP renderings of the first pages, 1200 px wide"
    )
