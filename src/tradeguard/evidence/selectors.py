"""Who may see a stored file: one rule for every page, download and API endpoint.

A stored file is visible to a user when a row that refers to it (a reference: a
dispute's evidence item, an order document, a verification document, ...) is visible to
that user under the rules of the app that owns the row. Each app registers its
references from its AppConfig.ready(), built on its own selectors, so the file views
cannot disagree with the pages that list the files:

- a party's dispute evidence drafts: that party only; submitted evidence: both parties
  and officers (disputes);
- order documents: the order's buyer, its supplier and officers (orders);
- verification documents: the organization's members and officers (accounts);
- IP record documents, letters of authorization, counter-notice and appeal documents:
  whoever may see the record, authorization or notice (ip);
- inspection and approved-sample photos (specs), listing images (catalog), monitored
  images and matches (monitoring): whoever may see the inspection, order, listing,
  image or match;
- the bytes a user uploaded: that user (before any row refers to them, e.g. while the
  dispute wizard holds them).

Files are shared by content, so whoever may see one reference to some bytes may fetch
them, whichever reference they came through. Everyone else gets 404, never 403.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from tradeguard.common.errors import not_found
from tradeguard.evidence.models import StoredFile

# The reference rows (of any model) a user may see.
RowsVisibleTo = Callable[[Any], QuerySet[Any]]


@dataclass(frozen=True)
class FileReference:
    """Rows of one kind that refer to stored files, and who may see them."""

    key: str  # "disputes.evidence"
    label: Any  # what people read: "Dispute evidence" (a lazy translation)
    rows: RowsVisibleTo  # the rows `user` may see (the owning app's selector)
    file_path: str = "file"  # lookup from a row to its file: "file", "documents", "letter"


REFERENCES: dict[str, FileReference] = {}


def register_file_reference(reference: FileReference) -> FileReference:
    """Call from an AppConfig.ready(); registering a key again replaces it."""
    REFERENCES[reference.key] = reference
    return reference


def _own_uploads(user: Any) -> QuerySet[StoredFile]:
    return StoredFile.objects.filter(uploaded_by_id=user.pk)


register_file_reference(
    FileReference(key="evidence.upload", label=_("Your upload"), rows=_own_uploads, file_path="pk")
)


def references_to(user: Any, stored: StoredFile) -> list[FileReference]:
    """The kinds of reference through which `user` may see `stored` (empty: none)."""
    if not getattr(user, "is_authenticated", False):
        return []
    return [
        ref
        for ref in REFERENCES.values()
        if ref.rows(user).filter(**{ref.file_path: stored.pk}).exists()
    ]


def file_visible(user: Any, stored: StoredFile) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return any(
        ref.rows(user).filter(**{ref.file_path: stored.pk}).exists() for ref in REFERENCES.values()
    )


def file_get(user: Any, file_id: int) -> StoredFile:
    """The stored file `file_id` if `user` may see it through some reference; 404
    otherwise (also for files that do not exist)."""
    stored = StoredFile.objects.filter(pk=file_id).first()
    if stored is None or not file_visible(user, stored):
        raise not_found(_("file"))
    return stored
