"""How files are served (headers, disguised uploads, ranges) and previewed."""

from __future__ import annotations

import hashlib
import io
from typing import Any

import pytest
from django.core.files.storage import default_storage
from django.test import Client
from PIL import Image
from reportlab.pdfgen import canvas

from tradeguard.accounts.models import User
from tradeguard.accounts.tests.factories import buyer
from tradeguard.common.testing import ApiClient, jpeg_bytes, png_bytes
from tradeguard.evidence import previews
from tradeguard.evidence.enums import FileCategory
from tradeguard.evidence.models import StoredFile
from tradeguard.evidence.services import derived_prefix, file_store
from tradeguard.evidence.serving import FILE_CSP, download_name

pytestmark = pytest.mark.django_db


def pdf_bytes(pages: int = 3) -> bytes:
    out = io.BytesIO()
    sheet = canvas.Canvas(out, invariant=True)  # same bytes every time
    for n in range(1, pages + 1):
        sheet.drawString(100, 700, f"Inspection report, page {n}")
        sheet.showPage()
    sheet.save()
    return out.getvalue()


def stored_by(user: User, data: bytes, name: str) -> StoredFile:
    """Bytes `user` uploaded (its own uploads are visible to it before any row uses them)."""
    return file_store(upload=io.BytesIO(data), name=name, actor=user, allowed=tuple(FileCategory))


@pytest.fixture
def user() -> User:
    return buyer()


@pytest.fixture
def client(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_image_is_inline_with_its_sniffed_type_and_a_sandbox(user: User, client: Client) -> None:
    data = png_bytes(40, 30)
    stored = stored_by(user, data, "photo.png")
    response = client.get(f"/files/{stored.pk}/content/")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == FILE_CSP
    assert "sandbox" in FILE_CSP
    assert "default-src 'none'" in FILE_CSP
    assert response["Content-Disposition"] == 'inline; filename="photo.png"'
    assert response["X-Content-SHA256"] == stored.sha256
    assert b"".join(response.streaming_content) == data  # type: ignore[attr-defined]


def test_download_is_always_an_attachment(user: User, client: Client) -> None:
    stored = stored_by(user, png_bytes(41, 30), "photo.png")
    response = client.get(f"/files/{stored.pk}/download/")
    assert response["Content-Disposition"] == 'attachment; filename="photo.png"'
    api = ApiClient(user).get(f"files/{stored.pk}?download=true")
    assert api["Content-Disposition"] == 'attachment; filename="photo.png"'


def test_html_disguised_as_png_is_served_as_a_text_attachment(user: User, client: Client) -> None:
    hostile = b"<script>alert(document.cookie)</script>"
    stored = stored_by(user, hostile, "holiday.png")
    assert stored.mime_type == "text/plain"  # sniffed by content, not by the name
    for response in (
        client.get(f"/files/{stored.pk}/content/"),
        ApiClient(user).get(f"files/{stored.pk}"),
    ):
        assert response.status_code == 200
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        assert response["Content-Disposition"] == 'attachment; filename="holiday.png.txt"'
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Security-Policy"] == FILE_CSP
    # The viewer shows the text escaped, never as markup.
    page = client.get(f"/files/{stored.pk}/").content.decode()
    assert "&lt;script&gt;alert(document.cookie)&lt;/script&gt;" in page
    assert "<script>alert(document.cookie)" not in page


@pytest.mark.parametrize(
    ("uploaded", "mime", "served"),
    [
        ("../../etc/passwd.pdf", "application/pdf", "passwd.pdf"),
        ('C:\\Users\\me\\"quote";.pdf', "application/pdf", "quote_.pdf"),
        ("report\r\nSet-Cookie: x=1.pdf", "application/pdf", "report_Set-Cookie_ x=1.pdf"),
        ("photo.JPEG", "image/jpeg", "photo.JPEG"),
        ("photo", "image/jpeg", "photo.jpg"),
        ("", "image/png", "file-abcdefabcdef.png"),
        ("notes.exe", "text/plain", "notes.exe.txt"),
        ("写真.png", "image/png", "写真.png"),
    ],
)
def test_download_names_are_sanitised_and_match_the_sniffed_type(
    uploaded: str, mime: str, served: str
) -> None:
    stored = StoredFile(original_name=uploaded, mime_type=mime, sha256="abcdef" * 10 + "abcd")
    assert download_name(stored) == served


def test_byte_ranges_for_video_seeking(user: User, client: Client) -> None:
    data = png_bytes(60, 60)
    stored = stored_by(user, data, "a.png")
    part = client.get(f"/files/{stored.pk}/content/", headers={"Range": "bytes=10-19"})
    assert part.status_code == 206
    assert part["Content-Range"] == f"bytes 10-19/{len(data)}"
    assert b"".join(part.streaming_content) == data[10:20]  # type: ignore[attr-defined]
    tail = client.get(f"/files/{stored.pk}/content/", headers={"Range": "bytes=-5"})
    assert b"".join(tail.streaming_content) == data[-5:]  # type: ignore[attr-defined]
    past = client.get(f"/files/{stored.pk}/content/", headers={"Range": f"bytes={len(data)}-"})
    assert past.status_code == 416
    again = client.get(
        f"/files/{stored.pk}/content/", headers={"If-None-Match": f'"{stored.sha256}"'}
    )
    assert again.status_code == 304


def test_thumbnails_are_resized_webp_and_cached_by_hash_and_size(
    user: User, client: Client
) -> None:
    stored = stored_by(user, jpeg_bytes(3000, 2000), "big.jpg")
    response = client.get(f"/files/{stored.pk}/thumbnail/240/")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert response["X-Content-Type-Options"] == "nosniff"
    with Image.open(io.BytesIO(response.content)) as thumb:
        assert thumb.format == "WEBP"
        assert thumb.size == (240, 160)
    cached = f"{derived_prefix(stored.sha256)}thumb-240.webp"
    assert default_storage.exists(cached)
    assert client.get(f"/files/{stored.pk}/thumbnail/1600/").status_code == 200
    assert client.get(f"/files/{stored.pk}/thumbnail/999/").status_code == 404
    api = ApiClient(user).get(f"files/{stored.pk}/thumbnail?size=999")
    assert api.status_code == 422
    assert "size" in api.json()["fields"]


def test_pdf_pages_are_previewed_and_counted(user: User, client: Client) -> None:
    stored = stored_by(user, pdf_bytes(7), "report.pdf")
    assert previews.pdf_page_count(stored) == 7
    page = client.get(f"/files/{stored.pk}/pages/2/")
    assert page.status_code == 200
    with Image.open(io.BytesIO(page.content)) as img:
        assert img.width == previews.PDF_PAGE_WIDTHS[-1]
    assert client.get(f"/files/{stored.pk}/pages/6/").status_code == 404  # first 5 only
    thumb = client.get(f"/files/{stored.pk}/thumbnail/240/")
    with Image.open(io.BytesIO(thumb.content)) as img:
        assert img.width == 240  # page 1
    viewer = client.get(f"/files/{stored.pk}/").content.decode()
    assert viewer.count(f"/files/{stored.pk}/pages/") == 5
    assert "7 pages" in viewer
    info = ApiClient(user).get(f"files/{stored.pk}/info").json()
    assert info["pages"] == 7
    assert info["preview_pages"][0] == f"/api/v1/files/{stored.pk}/pages/1"
    assert info["sha256"] == hashlib.sha256(pdf_bytes(7)).hexdigest()


def test_unreadable_pdf_has_no_preview_but_downloads(user: User, client: Client) -> None:
    stored = stored_by(user, b"%PDF-1.4\nnot really a pdf\n%%EOF\n", "broken.pdf")
    assert client.get(f"/files/{stored.pk}/pages/1/").status_code == 404
    assert client.get(f"/files/{stored.pk}/pages/1/").status_code == 404  # remembered
    assert "No preview" in client.get(f"/files/{stored.pk}/").content.decode()
    assert client.get(f"/files/{stored.pk}/download/").status_code == 200


def test_previews_go_with_the_file_when_it_is_collected(
    user: User, client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    import time_machine

    from tradeguard.common import clock
    from tradeguard.evidence.services import COLLECT_MIN_AGE, files_collect

    stored = stored_by(user, png_bytes(50, 50), "gone.png")
    client.get(f"/files/{stored.pk}/thumbnail/240/")
    prefix = derived_prefix(stored.sha256)
    assert default_storage.listdir(prefix)[1] == ["thumb-240.webp"]
    with (
        time_machine.travel(clock.now() + COLLECT_MIN_AGE * 2),
        django_capture_on_commit_callbacks(execute=True),
    ):
        files_collect()
    assert not StoredFile.objects.filter(pk=stored.pk).exists()
    assert not default_storage.exists(stored.storage_name)
    assert not default_storage.exists(prefix + "thumb-240.webp")


def test_the_files_api_is_documented() -> None:
    schema = ApiClient().client.get("/api/v1/openapi.json").json()
    paths = schema["paths"]
    for path in ("", "/info", "/thumbnail", "/pages/{page}"):
        assert f"/api/v1/files/{{file_id}}{path}" in paths
    content = paths["/api/v1/files/{file_id}"]["get"]["responses"]["200"]["content"]
    assert content["application/octet-stream"]["schema"]["format"] == "binary"
    evidence = schema["components"]["schemas"]["EvidenceRead"]["properties"]
    assert "file" in evidence
