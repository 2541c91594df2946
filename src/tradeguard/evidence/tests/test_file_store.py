from __future__ import annotations

import io
from typing import Any

import pytest
from PIL import Image

from tradeguard.common.errors import ApplicationError
from tradeguard.common.testing import PDF_BYTES, png_bytes
from tradeguard.evidence.enums import EvidenceErrorCode, FileCategory
from tradeguard.evidence.models import StoredFile
from tradeguard.evidence.services import file_open, file_store

pytestmark = pytest.mark.django_db
ANY = tuple(FileCategory)


def store(
    data: bytes,
    name: str = "f",
    allowed: tuple[FileCategory, ...] = ANY,
    max_bytes: int = 10_000_000,
) -> StoredFile:
    return file_store(
        upload=io.BytesIO(data), name=name, actor=None, allowed=allowed, max_bytes=max_bytes
    )


def test_content_addressed_and_deduplicated() -> None:
    a = store(PDF_BYTES, "contract.pdf")
    b = store(PDF_BYTES, "copy-of-contract.pdf")
    assert a.pk == b.pk
    assert len(a.sha256) == 64
    assert a.category == FileCategory.PDF
    with file_open(a) as fh:
        assert fh.read() == PDF_BYTES


def test_image_gets_pixel_size() -> None:
    f = store(png_bytes(40, 30), "photo.png")
    assert (f.mime_type, f.width, f.height) == ("image/png", 40, 30)


def test_type_is_checked_by_content_not_name() -> None:
    with pytest.raises(ApplicationError) as exc:
        store(b"MZ\x90\x00\x03\x00\x00\x00" + bytes(100), "invoice.pdf")
    assert exc.value.code == EvidenceErrorCode.UNSUPPORTED_FILE_TYPE
    assert not StoredFile.objects.exists()


def test_category_not_allowed_here() -> None:
    with pytest.raises(ApplicationError) as exc:
        store(PDF_BYTES, "x.pdf", allowed=(FileCategory.IMAGE,))
    assert "JPEG" in exc.value.fields["file"]


def test_too_large_is_413() -> None:
    with pytest.raises(ApplicationError) as exc:
        store(b"a" * 2048, "notes.txt", max_bytes=1024)
    assert exc.value.status == 413
    assert "1 KB" in exc.value.message


def test_empty_and_truncated_images() -> None:
    with pytest.raises(ApplicationError) as exc:
        store(b"")
    assert exc.value.code == EvidenceErrorCode.EMPTY_FILE
    with pytest.raises(ApplicationError) as exc:
        store(png_bytes(64, 64)[:60], "broken.png")
    assert exc.value.code == EvidenceErrorCode.CORRUPT_FILE


def test_decompression_bomb_refused() -> None:
    buf = io.BytesIO()
    Image.new("1", (20000, 12000)).save(buf, "PNG")
    with pytest.raises(ApplicationError) as exc:
        store(buf.getvalue(), "bomb.png")
    assert "pixels" in exc.value.message


def test_utf8_text_and_office() -> None:
    assert store("Längd 120 mm ± 2\n".encode(), "notes.txt").category == FileCategory.TEXT
    buf = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w/>")
    assert store(buf.getvalue(), "spec.docx").category == FileCategory.OFFICE
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w") as z:
        z.writestr("a.exe", "x")
    with pytest.raises(ApplicationError):
        store(plain.getvalue(), "spec.docx")


def test_files_nothing_uses_are_collected_after_a_day(
    django_capture_on_commit_callbacks: Any,
) -> None:
    import datetime as dt

    import time_machine
    from django.core.files.storage import default_storage
    from django.core.management import call_command

    from tradeguard.accounts.tests.factories import supplier
    from tradeguard.catalog.tests.factories import listing, listing_image

    two_days_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=2)
    with time_machine.travel(two_days_ago, tick=False):
        orphan = store(png_bytes(color=(1, 1, 1)), "left-over.png")
        member = supplier()
        used = listing_image(listing(actor=member), member, color=(2, 2, 2)).file
    fresh = store(png_bytes(color=(3, 3, 3)), "uploading-now.png")
    out = io.StringIO()
    call_command("files_collect", "--dry-run", stdout=out, stderr=io.StringIO())
    assert "1 would be removed" in out.getvalue()
    assert StoredFile.objects.filter(pk=orphan.pk).exists()
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("files_collect", stdout=out, stderr=io.StringIO())
    assert "1 removed" in out.getvalue()
    assert not StoredFile.objects.filter(pk=orphan.pk).exists()
    assert not default_storage.exists(orphan.storage_name)
    assert StoredFile.objects.filter(pk__in=[used.pk, fresh.pk]).count() == 2
    assert default_storage.exists(used.storage_name)


def test_an_old_unused_file_uploaded_again_is_not_collected() -> None:
    import datetime as dt

    import time_machine

    from tradeguard.evidence.services import files_collect

    with time_machine.travel(dt.datetime.now(dt.UTC) - dt.timedelta(days=3), tick=False):
        old = store(png_bytes(color=(5, 6, 7)), "first.png")
    again = store(png_bytes(color=(5, 6, 7)), "again.png")  # e.g. staged in the wizard
    assert again.pk == old.pk
    files_collect()
    assert StoredFile.objects.filter(pk=old.pk).exists()


def test_collection_runs_daily_by_itself_once_started(
    django_capture_on_commit_callbacks: Any,
) -> None:
    import datetime as dt

    import time_machine

    from tradeguard.common.enums import TimerStatus
    from tradeguard.common.models import Timer
    from tradeguard.common.timers import run_due
    from tradeguard.evidence.services import TIMER_COLLECT, files_collect_ensure

    start = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)
    # run_due plays each timer as of its due time (the clock stays at `start`).
    with time_machine.travel(start, tick=False):
        orphan = store(png_bytes(color=(8, 8, 8)), "abandoned.png")
        files_collect_ensure()
        files_collect_ensure()  # idempotent: one pending run
        pending = Timer.objects.filter(kind=TIMER_COLLECT, status=TimerStatus.PENDING)
        assert pending.count() == 1
        with django_capture_on_commit_callbacks(execute=True):
            run_due(dt.datetime(2026, 3, 3, 3, 30, tzinfo=dt.UTC))  # not a day old yet
        assert StoredFile.objects.filter(pk=orphan.pk).exists()
        with django_capture_on_commit_callbacks(execute=True):
            run_due(dt.datetime(2026, 3, 4, 3, 30, tzinfo=dt.UTC))
    assert not StoredFile.objects.filter(pk=orphan.pk).exists()
    [pending] = Timer.objects.filter(kind=TIMER_COLLECT, status=TimerStatus.PENDING)
    assert pending.due_at == dt.datetime(2026, 3, 5, 3, 30, tzinfo=dt.UTC)
