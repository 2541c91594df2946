"""What people see of a stored file: its name, kind, size and the links to view it.
Used by the file card (`{% file_card %}`), the viewer and the API alike."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tradeguard.evidence.enums import FileCategory
from tradeguard.evidence.models import StoredFile
from tradeguard.evidence.previews import THUMBNAIL_SIZES
from tradeguard.evidence.services import human_size
from tradeguard.evidence.serving import download_name

CARD_THUMBNAIL = THUMBNAIL_SIZES[0]
VIEWER_IMAGE = THUMBNAIL_SIZES[-1]

# The short form of a SHA-256 shown in pages (the full value is a click away).
SHORT_HASH = 12

# Plain words for the kinds of file (the card's icon text when there is no thumbnail).
ICON_TEXT = {
    FileCategory.PDF: _("PDF"),
    FileCategory.IMAGE: _("Image"),
    FileCategory.VIDEO: _("Video"),
    FileCategory.OFFICE: _("Document"),
    FileCategory.TEXT: _("Text"),
}


@dataclass(frozen=True)
class FileView:
    file: StoredFile
    name: str
    kind: FileCategory
    kind_label: str
    size: str
    sha256: str
    short_hash: str
    has_thumbnail: bool
    view_url: str
    content_url: str
    download_url: str
    thumbnail_url: str
    icon: str

    @property
    def dimensions(self) -> str:
        if self.file.width and self.file.height:
            return f"{self.file.width}\N{MULTIPLICATION SIGN}{self.file.height}"
        return ""


def file_view(stored: StoredFile, name: str = "") -> FileView:
    kind = FileCategory(stored.category)
    return FileView(
        file=stored,
        name=name or download_name(stored),
        kind=kind,
        kind_label=str(kind.label),
        size=human_size(stored.size),
        sha256=stored.sha256,
        short_hash=stored.sha256[:SHORT_HASH],
        has_thumbnail=kind in (FileCategory.IMAGE, FileCategory.PDF),
        view_url=reverse("files:view", args=[stored.pk]),
        content_url=reverse("files:content", args=[stored.pk]),
        download_url=reverse("files:download", args=[stored.pk]),
        thumbnail_url=reverse("files:thumbnail", args=[stored.pk, CARD_THUMBNAIL]),
        icon=str(ICON_TEXT[kind]),
    )
