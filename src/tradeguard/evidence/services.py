"""Storing uploaded files: streamed, hashed, sniffed, deduplicated by SHA-256."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from tradeguard.common import clock
from tradeguard.common.errors import ApplicationError
from tradeguard.evidence.enums import EvidenceErrorCode, FileCategory
from tradeguard.evidence.models import StoredFile
from tradeguard.evidence.sniff import FORMAT_LABELS, SniffError, sniff

CHUNK = 1024 * 1024
# Uploads being hashed and checked live in FILE_UPLOAD_TEMP_DIR under this prefix (and
# Django's own upload temp files beside them); files-collect removes stale ones.
TEMP_PREFIX = "tg-upload-"
SNIFF_BYTES = 8192
DEFAULT_MAX_BYTES = 100 * 1024 * 1024

# Files uploaded more recently than this are never removed, used or not: an upload is
# stored before the row that uses it is written (the dispute wizard holds files across
# requests before the case exists).
COLLECT_MIN_AGE = dt.timedelta(days=1)


def human_size(size: int) -> str:
    """1536 -> '1.5 KB'; 100 MB limits read as '100 MB'."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return (
                f"{value:.0f} {unit}"
                if unit == "B" or value.is_integer()
                else f"{value:.1f} {unit}"
            )
        value /= 1024
    return f"{size} B"


def formats_label(categories: Collection[FileCategory]) -> str:
    return "; ".join(str(FORMAT_LABELS[c]) for c in categories)


def storage_name_for(sha256: str) -> str:
    return f"files/{sha256[:2]}/{sha256[2:4]}/{sha256}"


def derived_prefix(sha256: str) -> str:
    """Where previews of these bytes (thumbnails, PDF pages) are kept: evidence.previews."""
    return f"derived/{sha256[:2]}/{sha256[2:4]}/{sha256}/"


def _chunks(upload: IO[bytes] | File) -> Iterable[bytes]:
    if hasattr(upload, "chunks"):
        yield from upload.chunks(CHUNK)
        return
    while True:
        block = upload.read(CHUNK)
        if not block:
            return
        yield block


def file_store(
    *,
    upload: IO[bytes] | File,
    name: str,
    actor: Any,
    allowed: Collection[FileCategory],
    max_bytes: int = DEFAULT_MAX_BYTES,
    field: str = "file",
) -> StoredFile:
    """Store `upload` (any binary stream) if its content is one of `allowed` and it is
    at most `max_bytes` long. Returns the existing row when the bytes are known."""
    digest = hashlib.sha256()
    size = 0
    with tempfile.NamedTemporaryFile(
        prefix=TEMP_PREFIX, dir=settings.FILE_UPLOAD_TEMP_DIR, delete=False
    ) as tmp:
        tmp_path = tmp.name
        try:
            for block in _chunks(upload):
                size += len(block)
                if size > max_bytes:
                    raise ApplicationError(
                        EvidenceErrorCode.FILE_TOO_LARGE,
                        _("The file is larger than the limit of %(max_bytes)s.")
                        % {"max_bytes": human_size(max_bytes)},
                        fields={
                            field: _("Upload a file of at most %(max_bytes)s.")
                            % {"max_bytes": human_size(max_bytes)}
                        },
                        status=413,
                    )
                digest.update(block)
                tmp.write(block)
        except BaseException:
            tmp.close()
            os.unlink(tmp_path)
            raise
    try:
        if size == 0:
            raise ApplicationError(
                EvidenceErrorCode.EMPTY_FILE,
                _("The file is empty."),
                fields={field: _("Choose a file that has content.")},
            )
        with open(tmp_path, "rb") as fh:
            head = fh.read(SNIFF_BYTES)
            try:
                found = sniff(head, fh)
            except SniffError as exc:
                code = (
                    EvidenceErrorCode.CORRUPT_FILE
                    if exc.corrupt
                    else EvidenceErrorCode.UNSUPPORTED_FILE_TYPE
                )
                raise ApplicationError(
                    code,
                    exc.reason,
                    fields={
                        field: _("Accepted formats: %(formats_label)s.")
                        % {"formats_label": formats_label(allowed)}
                    },
                ) from None
        if found.category not in allowed:
            raise ApplicationError(
                EvidenceErrorCode.UNSUPPORTED_FILE_TYPE,
                _("This file is %(mime_type)s, which is not accepted here.")
                % {"mime_type": found.mime_type},
                fields={
                    field: _("Accepted formats: %(formats_label)s.")
                    % {"formats_label": formats_label(allowed)}
                },
            )
        sha = digest.hexdigest()
        storage_name = storage_name_for(sha)
        now = clock.now()
        organization_id = getattr(actor, "organization_id", None)
        # The row is per uploading organization (never another's name); the bytes are
        # stored once for everyone.
        mine = StoredFile.objects.filter(sha256=sha).filter(
            Q(organization_id=organization_id)
            if organization_id is not None
            else Q(organization__isnull=True)
        )
        # Known bytes: mark them as just stored, so collection leaves them alone (0 rows
        # updated when a collection removed the row meanwhile: store them afresh).
        if mine.update(last_stored_at=now):
            _ensure_bytes(storage_name, tmp_path, size)
            return mine.get()
        _ensure_bytes(storage_name, tmp_path, size)
        try:
            with transaction.atomic():
                return StoredFile.objects.create(
                    last_stored_at=now,
                    sha256=sha,
                    organization_id=organization_id,
                    size=size,
                    mime_type=found.mime_type,
                    category=found.category,
                    width=found.width,
                    height=found.height,
                    storage_name=storage_name,
                    original_name=os.path.basename(name)[:255],
                    uploaded_by=actor if getattr(actor, "is_authenticated", False) else None,
                )
        except IntegrityError:  # the same bytes arrived concurrently
            return mine.get()
    finally:
        if os.path.exists(tmp_path):
            os.unlink(tmp_path)


class _UploadedTemp(File):
    """The upload's temp file: local storage moves it into place (an atomic rename, so
    the store never holds a half-written file under its final name)."""

    def temporary_file_path(self) -> str:
        return str(self.name)


def _ensure_bytes(storage_name: str, tmp_path: str, size: int) -> None:
    """Write the upload's bytes unless the store has them (a collection may have removed
    them just before this upload named them again, or a crash cut a write short)."""
    if default_storage.exists(storage_name):
        if default_storage.size(storage_name) == size:
            return
        default_storage.delete(storage_name)
    with open(tmp_path, "rb") as fh:
        saved = default_storage.save(storage_name, _UploadedTemp(fh, name=tmp_path))
    if saved != storage_name:  # the same bytes were written meanwhile: keep one copy
        default_storage.delete(saved)


def file_open(stored: StoredFile) -> IO[bytes]:
    return default_storage.open(stored.storage_name, "rb")


def file_in_use(stored: StoredFile) -> bool:
    """Whether any row of any app refers to `stored`."""
    # Every reverse relation, including the hidden ones (related_name="+", which
    # `_meta.related_objects` leaves out): foreign keys and many-to-many fields alike.
    for relation in StoredFile._meta.get_fields(include_hidden=True):
        field = relation.remote_field
        if not relation.auto_created or relation.concrete or field is None:
            continue
        if field.model._default_manager.filter(**{field.name: stored}).exists():
            return True
    return False


def _collectable(stored: StoredFile, cutoff: dt.datetime) -> bool:
    """Nobody uploaded these bytes since `cutoff` and nothing refers to them."""
    return (stored.last_stored_at or stored.created_at) < cutoff and not file_in_use(stored)


def file_release(stored: StoredFile) -> bool:
    """Forget `stored` if nothing refers to it any more and nobody uploaded its bytes in
    the last COLLECT_MIN_AGE: the row now, the bytes once the transaction commits.
    Files are shared by content, so one that another attachment (of anyone) still uses
    stays. Returns whether it was removed."""
    if not _collectable(stored, clock.now() - COLLECT_MIN_AGE):
        return False
    storage_name = stored.storage_name
    stored.delete()
    transaction.on_commit(lambda: _delete_bytes(storage_name))
    return True


def _delete_bytes(storage_name: str) -> None:
    # A file with the same bytes may have been stored again since: only delete the bytes
    # when no row names them.
    if not StoredFile.objects.filter(storage_name=storage_name).exists():
        default_storage.delete(storage_name)
        _delete_derived(storage_name.rsplit("/", 1)[-1])


def _delete_derived(sha256: str) -> None:
    prefix = derived_prefix(sha256)
    try:
        _dirs, names = default_storage.listdir(prefix)
    except (FileNotFoundError, NotImplementedError):
        return
    for name in names:
        default_storage.delete(prefix + name)


def files_collect(
    *, dry_run: bool = False, progress: Callable[[int, int, int], None] | None = None
) -> tuple[int, int]:
    """Remove stored files nothing refers to any more (older than COLLECT_MIN_AGE).
    Returns (files examined, files removed or, with `dry_run`, removable)."""
    cutoff = clock.now() - COLLECT_MIN_AGE
    candidates = list(
        StoredFile.objects.filter(
            Q(last_stored_at__lt=cutoff) | Q(last_stored_at__isnull=True, created_at__lt=cutoff)
        )
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    removed = 0
    for done, pk in enumerate(candidates, start=1):
        with transaction.atomic():
            stored = StoredFile.objects.select_for_update().filter(pk=pk).first()
            if stored is not None:
                if dry_run:
                    removed += int(_collectable(stored, cutoff))
                else:
                    removed += int(file_release(stored))
        if progress and (done % 500 == 0 or done == len(candidates)):
            progress(done, len(candidates), removed)
    return len(candidates), removed


# Temp files of uploads (ours and Django's) older than this belong to a request that
# will never finish: a killed process, a dropped connection.
TEMP_MAX_AGE = dt.timedelta(hours=6)
STORE_PREFIX = "files"


@dataclass(frozen=True, slots=True)
class Swept:
    """What `store_sweep` found: bytes in the store no row names, stale temp files."""

    orphans: int = 0
    orphan_bytes: int = 0
    temp_files: int = 0
    temp_bytes: int = 0


def store_names(prefix: str = STORE_PREFIX) -> Iterator[str]:
    """Every file under `prefix` in the default storage (files/ab/cd/<sha256>)."""
    try:
        dirs, files = default_storage.listdir(prefix)
    except FileNotFoundError:
        return
    for name in files:
        yield f"{prefix}/{name}"
    for sub in dirs:
        yield from store_names(f"{prefix}/{sub}")


def store_sweep(*, dry_run: bool = False) -> Swept:
    """Remove what no row accounts for: bytes in the store that no StoredFile names
    (an upload killed between writing its bytes and its row, a crash mid-collection)
    and upload temp files of requests that never finished. Only what is older than
    COLLECT_MIN_AGE (store) or TEMP_MAX_AGE (temp files) goes, so uploads in progress
    are left alone."""
    now = clock.now()
    orphans = orphan_bytes = 0
    batch: list[str] = []

    def check(names: list[str]) -> None:
        nonlocal orphans, orphan_bytes
        named = set(
            StoredFile.objects.filter(storage_name__in=names).values_list("storage_name", flat=True)
        )
        for name in names:
            if name in named:
                continue
            try:
                if default_storage.get_modified_time(name) >= now - COLLECT_MIN_AGE:
                    continue
                size = default_storage.size(name)
            except FileNotFoundError:
                continue
            if not dry_run:
                _delete_bytes(name)
            orphans += 1
            orphan_bytes += size

    for name in store_names():
        batch.append(name)
        if len(batch) == 500:
            check(batch)
            batch = []
    if batch:
        check(batch)
    temp_files = temp_bytes = 0
    temp_dir = Path(settings.FILE_UPLOAD_TEMP_DIR)
    stale = (now - TEMP_MAX_AGE).timestamp()
    for path in temp_dir.iterdir() if temp_dir.is_dir() else ():
        try:
            info = path.stat()
        except FileNotFoundError:
            continue
        if not path.is_file() or info.st_mtime >= stale:
            continue
        if not dry_run:
            path.unlink(missing_ok=True)
        temp_files += 1
        temp_bytes += info.st_size
    return Swept(orphans, orphan_bytes, temp_files, temp_bytes)


# Collection also runs by itself once a day at COLLECT_AT UTC, as a timer that schedules
# the next one (`files_collect_ensure` starts the chain: `tradeguard serve`, and every
# discarded draft).
TIMER_COLLECT = "evidence.files_collect"
COLLECT_AT = dt.time(3, 30)


def files_collect_ensure() -> None:
    """Keep one daily collection scheduled."""
    from tradeguard.common.timers import timer_ensure

    timer_ensure(kind=TIMER_COLLECT, due_at=clock.tomorrow_at(clock.now(), COLLECT_AT))


def files_collect_daily(_: int = 0) -> str:
    """The daily timer: collect, then schedule tomorrow's run."""
    from tradeguard.common.timers import timer_schedule

    examined, removed = files_collect()
    swept = store_sweep()
    timer_schedule(
        kind=TIMER_COLLECT, aggregate_id=0, due_at=clock.tomorrow_at(clock.now(), COLLECT_AT)
    )
    return (
        f"examined {examined}, removed {removed}; {swept.orphans} unreferenced file(s) "
        f"and {swept.temp_files} stale temp file(s) removed"
    )
