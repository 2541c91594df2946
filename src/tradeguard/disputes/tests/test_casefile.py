"""Exporting the court-ready case file of a decided or closed case."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
import time_machine

from tradeguard.accounts.tests.factories import buyer, supplier
from tradeguard.common.errors import ApplicationError
from tradeguard.common.models import Event
from tradeguard.disputes.casefile import bundle
from tradeguard.disputes.casefile.export import casefile_export
from tradeguard.disputes.casefile.verify import read_casefile, verify_files
from tradeguard.disputes.enums import DisputesErrorCode
from tradeguard.disputes.tests.factories import (
    Cast,
    at,
    decided_case,
    delivered_order,
    file_dispute,
)

pytestmark = pytest.mark.django_db
START = at(2026, 3, 2)


@pytest.fixture(autouse=True)
def key_file(settings: Any, tmp_path: Path) -> Path:
    path = tmp_path / "keys" / "casefile-ed25519.pem"
    settings.TRADEGUARD_CASEFILE_KEY = ""
    settings.TRADEGUARD_CASEFILE_KEY_FILE = path
    return path


def read_casefile_bytes(content: bytes) -> dict[str, bytes]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "casefile.zip"
        path.write_bytes(content)
        return read_casefile(path)


def test_a_party_exports_everything_a_court_needs_and_it_verifies(c: Cast) -> None:
    dispute = decided_case(c, START)
    exported = casefile_export(actor=c.buyer, dispute_id=dispute.pk)
    assert exported.filename == f"casefile-{dispute.pk}.zip"
    files = read_casefile_bytes(exported.read())

    evidence = list(dispute.evidence.filter(status="submitted").select_related("file"))
    stored = [p for p in files if p.startswith("evidence/")]
    assert len(stored) == len(evidence) == 3
    for item in evidence:
        (path,) = [p for p in stored if p.startswith(f"evidence/{item.pk}-")]
        assert bundle.sha256_hex(files[path]) == item.file.sha256  # the original bytes
    assert {f"case-{dispute.pk}.pdf", "events.jsonl", "public-key.pem"} <= set(files)
    assert {"MANIFEST.sha256", "MANIFEST.sha256.sig"} <= set(files)

    events = [json.loads(line) for line in files["events.jsonl"].decode().splitlines()]
    stored_events = list(
        Event.objects.filter(aggregate="disputes.dispute", aggregate_id=dispute.pk).order_by("id")
    )
    assert [e["hash"] for e in events] == [e.hash for e in stored_events]
    assert events[0]["prev_hash"] == ""
    assert events[1]["prev_hash"] == events[0]["hash"]

    verdict = verify_files(files)
    assert verdict.problems == []
    assert verdict.events == len(stored_events)
    assert verdict.files == len(files) - 2  # all but the manifest and its signature


def test_the_pdf_is_bilingual_and_prints_the_record(c: Cast) -> None:
    dispute = decided_case(c, START)
    files = read_casefile_bytes(casefile_export(actor=c.officer, dispute_id=dispute.pk).read())
    pdf = pdfium.PdfDocument(files[f"case-{dispute.pk}.pdf"])
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    text = " ".join(text.split())
    assert "Case file 案件档案" in text
    assert "Decision, findings and reasons 裁决、认定与理由" in text
    assert "货物已按图纸生产" in text  # the supplier's message, as written
    assert "The plates are 2 mm too wide" in text  # the statement of reasons
    assert c.supplier.organization.name in text
    item = dispute.evidence.filter(status="submitted").select_related("file").first()
    assert item is not None
    assert item.file.sha256 in text.replace(" ", "")
    assert "US$400.00" in text  # the refund


def test_the_manifest_and_signature_check_with_standard_tools(c: Cast, tmp_path: Path) -> None:
    dispute = decided_case(c, START)
    content = casefile_export(actor=c.supplier, dispute_id=dispute.pk).read()
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        archive.extractall(tmp_path)
    folder = tmp_path / f"casefile-{dispute.pk}"
    if shutil.which("sha256sum"):
        done = subprocess.run(
            ["sha256sum", "-c", "MANIFEST.sha256"],  # noqa: S607 (the system's tool)
            cwd=folder,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stdout + done.stderr
    if shutil.which("openssl"):
        done = subprocess.run(
            [  # noqa: S607 (the system's tool)
                "openssl",
                "pkeyutl",
                "-verify",
                "-pubin",
                "-inkey",
                "public-key.pem",
                "-rawin",
                "-in",
                "MANIFEST.sha256",
                "-sigfile",
                "MANIFEST.sha256.sig",
            ],
            cwd=folder,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        assert "Signature Verified Successfully" in done.stdout


def test_strangers_get_404_and_open_cases_409(c: Cast) -> None:
    dispute = decided_case(c, START)
    for stranger in (buyer(), supplier()):
        with pytest.raises(ApplicationError) as refused:
            casefile_export(actor=stranger, dispute_id=dispute.pk)
        assert refused.value.status == 404

    with time_machine.travel(START, tick=False):
        open_case = file_dispute(c, delivered_order(c, START))
    with pytest.raises(ApplicationError) as refused:
        casefile_export(actor=c.buyer, dispute_id=open_case.pk)
    assert refused.value.status == 409
    assert refused.value.code == DisputesErrorCode.CASEFILE_NOT_AVAILABLE
    assert "decided or closed" in refused.value.message


def test_the_generated_key_is_kept_private_and_reused(c: Cast, key_file: Path) -> None:
    dispute = decided_case(c, START)
    first = read_casefile_bytes(casefile_export(actor=c.buyer, dispute_id=dispute.pk).read())
    assert key_file.exists()
    assert key_file.stat().st_mode & 0o777 == 0o600
    second = read_casefile_bytes(casefile_export(actor=c.buyer, dispute_id=dispute.pk).read())
    assert first["public-key.pem"] == second["public-key.pem"]


def test_a_configured_key_signs(c: Cast, settings: Any, key_file: Path) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    settings.TRADEGUARD_CASEFILE_KEY = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    dispute = decided_case(c, START)
    files = read_casefile_bytes(casefile_export(actor=c.buyer, dispute_id=dispute.pk).read())
    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    assert files["public-key.pem"] == public
    assert not key_file.exists()
    assert verify_files(files, trusted_key=public).ok


def test_the_api_answers_the_zip_to_parties_and_officers_only(c: Cast) -> None:
    from tradeguard.common.testing import ApiClient

    dispute = decided_case(c, START)
    path = f"disputes/{dispute.pk}/casefile"
    for user in (c.buyer, c.supplier, c.officer):
        answer = ApiClient(user).get(path)
        assert answer.status_code == 200
        assert answer["Content-Type"] == "application/zip"
        assert f'filename="casefile-{dispute.pk}.zip"' in answer["Content-Disposition"]
        assert verify_files(read_casefile_bytes(b"".join(answer.streaming_content))).ok
    for stranger in (buyer(), supplier()):
        answer = ApiClient(stranger).get(path)
        assert answer.status_code == 404
        assert answer.json()["code"] == "not_found"
    assert ApiClient().get(path).status_code == 401


def test_the_api_refuses_a_case_not_yet_decided_with_409(c: Cast) -> None:
    from tradeguard.common.testing import ApiClient

    with time_machine.travel(START, tick=False):
        dispute = file_dispute(c, delivered_order(c, START))
    answer = ApiClient(c.buyer).get(f"disputes/{dispute.pk}/casefile")
    assert answer.status_code == 409
    body = answer.json()
    assert body["code"] == DisputesErrorCode.CASEFILE_NOT_AVAILABLE
    assert "once the case is decided or closed" in body["message"]


def test_the_case_page_offers_the_export_only_to_those_allowed_when_allowed(
    c: Cast, client: Any
) -> None:
    from tradeguard.accounts.tests.factories import DEFAULT_PASSWORD

    dispute = decided_case(c, START)
    with time_machine.travel(START, tick=False):
        open_case = file_dispute(c, delivered_order(c, START))
    for user in (c.buyer, c.supplier, c.officer):
        client.login(email=user.email, password=DEFAULT_PASSWORD)
        page = client.get(f"/disputes/{dispute.pk}/").content.decode()
        assert "Export the case file" in page
        assert (
            "Export the case file" not in client.get(f"/disputes/{open_case.pk}/").content.decode()
        )
        download = client.get(f"/disputes/{dispute.pk}/casefile/")
        assert download.status_code == 200
        assert verify_files(read_casefile_bytes(b"".join(download.streaming_content))).ok
        client.logout()

    client.login(email=buyer().email, password=DEFAULT_PASSWORD)
    assert client.get(f"/disputes/{dispute.pk}/casefile/").status_code == 404
    client.logout()

    client.login(email=c.buyer.email, password=DEFAULT_PASSWORD)
    refused = client.get(f"/disputes/{open_case.pk}/casefile/", follow=True)
    assert refused.redirect_chain[-1][0] == f"/disputes/{open_case.pk}/"
    assert "once the case is decided or closed" in refused.content.decode()
