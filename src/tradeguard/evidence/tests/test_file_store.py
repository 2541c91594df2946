from __future__ import annotations

import io
from typing import Any

import pytest
from PIL import Image

from tradeguard.common import clock
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


def test_the_same_bytes_from_another_organization_never_show_the_first_uploaders_name() -> None:
    from django.core.files.storage import default_storage

    from tradeguard.accounts.tests.factories import buyer, supplier

    first, second = supplier(), buyer()
    theirs = file_store(
        upload=io.BytesIO(PDF_BYTES),
        name="recall-plan-confidential.pdf",
        actor=first,
        allowed=ANY,
    )
    mine = file_store(upload=io.BytesIO(PDF_BYTES), name="invoice.pdf", actor=second, allowed=ANY)
    assert mine.original_name == "invoice.pdf"
    assert mine.uploaded_by == second
    assert mine.pk != theirs.pk
    # The bytes are stored once.
    assert mine.storage_name == theirs.storage_name
    assert default_storage.listdir(mine.storage_name.rsplit("/", 1)[0])[1] == [mine.sha256]
    # Within one organization the row is shared.
    colleague = file_store(
        upload=io.BytesIO(PDF_BYTES), name="again.pdf", actor=second, allowed=ANY
    )
    assert colleague.pk == mine.pk


def test_one_pixel_limit_for_uploads_and_the_image_matcher() -> None:
    from tradeguard.evidence.sniff import max_image_pixels
    from tradeguard.imagematch.decode import DecodeOptions

    assert max_image_pixels() == DecodeOptions().max_pixels == 100_000_000
    buf = io.BytesIO()
    Image.new("1", (13000, 13000)).save(buf, "PNG")  # 169 MP in a few KB
    assert len(buf.getvalue()) < 100_000
    with pytest.raises(ApplicationError) as exc:
        store(buf.getvalue(), "huge.png")
    assert "13000 × 13000" in exc.value.message  # noqa: RUF001 (as shown)
    assert "100 megapixels" in exc.value.message


def test_error_messages_never_show_temp_paths(settings: Any) -> None:
    import tempfile

    with pytest.raises(ApplicationError) as exc:
        store(png_bytes(64, 64)[:60], "broken.png")
    text = exc.value.message + " ".join(exc.value.fields.values())
    assert settings.FILE_UPLOAD_TEMP_DIR not in text
    assert tempfile.gettempdir() not in text
    assert "tg-upload" not in text


def test_the_sweep_removes_unreferenced_bytes_and_stale_temp_files(
    settings: Any, tmp_path: Any
) -> None:
    import datetime as dt
    import os

    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage
    from django.core.management import call_command

    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    kept = store(png_bytes(color=(9, 9, 9)), "kept.png")
    # Bytes a killed upload wrote without a row, two days ago, and one written just now.
    orphan = default_storage.save("files/ab/cd/" + "ab" * 32, ContentFile(b"x" * 1000))
    fresh = default_storage.save("files/ef/01/" + "ef" * 32, ContentFile(b"y" * 10))
    # Times from the suite's clock, which the sweep reads (it may be moved ahead).
    now = clock.now().timestamp()
    old = (clock.now() - dt.timedelta(days=2)).timestamp()
    os.utime(default_storage.path(fresh), (now, now))
    os.utime(default_storage.path(orphan), (old, old))
    os.utime(default_storage.path(kept.storage_name), (old, old))
    # Temp files of uploads that never finished, and one in progress.
    stale = tmp_path / "tg-upload-abc"
    stale.write_bytes(b"z" * 5000)
    os.utime(stale, (old, old))
    django_temp = tmp_path / "tmpq1w2e3.upload.pdf"
    django_temp.write_bytes(b"z" * 700)
    os.utime(django_temp, (old, old))
    in_progress = tmp_path / "tg-upload-now"
    in_progress.write_bytes(b"w")
    os.utime(in_progress, (now, now))

    out = io.StringIO()
    call_command("files_collect", "--dry-run", stdout=out, stderr=io.StringIO())
    assert "1 unreferenced file(s) in the store (1000 B)" in out.getvalue()
    assert "2 stale upload temp file(s) (5.6 KB) would be removed" in out.getvalue()
    assert default_storage.exists(orphan)
    assert stale.exists()

    out = io.StringIO()
    call_command("files_collect", stdout=out, stderr=io.StringIO())
    assert "2 stale upload temp file(s) (5.6 KB) removed" in out.getvalue()
    assert not default_storage.exists(orphan)
    assert default_storage.exists(fresh)  # younger than a day: maybe an upload in flight
    assert default_storage.exists(kept.storage_name)
    assert not stale.exists()
    assert not django_temp.exists()
    assert in_progress.exists()
