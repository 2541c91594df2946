"""`tradeguard casefile verify DIR|ZIP`: any changed byte fails, with the item named."""

from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from tradeguard.disputes.casefile.export import casefile_export
from tradeguard.disputes.tests.factories import Cast, at, decided_case

pytestmark = pytest.mark.django_db


@pytest.fixture
def exported(c: Cast, settings: Any, tmp_path: Path) -> Path:
    """The case file of a decided case, unpacked: tmp/casefile-<id>/ (and its ZIP)."""
    settings.TRADEGUARD_CASEFILE_KEY = ""
    settings.TRADEGUARD_CASEFILE_KEY_FILE = tmp_path / "key.pem"
    dispute = decided_case(c, at(2026, 3, 2))
    case_file = casefile_export(actor=c.buyer, dispute_id=dispute.pk)
    (tmp_path / case_file.filename).write_bytes(case_file.read())
    with zipfile.ZipFile(io.BytesIO(case_file.read())) as archive:
        archive.extractall(tmp_path)
    return tmp_path / f"casefile-{dispute.pk}"


def verify(source: Path, *extra: str) -> str:
    out = io.StringIO()
    call_command("casefile", "verify", str(source), *extra, stdout=out)
    return out.getvalue()


def refused(source: Path) -> str:
    with pytest.raises(CommandError) as failure:
        verify(source)
    assert failure.value.returncode == 1
    return str(failure.value)


def flip(path: Path, at: int) -> None:
    """Change one byte of a file."""
    data = bytearray(path.read_bytes())
    data[at] = data[at] ^ 0x01
    path.write_bytes(bytes(data))


def rezip(folder: Path) -> Path:
    target = folder.with_name(folder.name + "-changed.zip")
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(folder.rglob("*")):
            archive.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}")
    return target


def test_an_untouched_case_file_verifies_as_a_folder_and_as_a_zip(exported: Path) -> None:
    assert verify(exported).startswith("OK: ")
    assert "events form an unbroken chain" in verify(exported.with_suffix(".zip"))
    published = exported / "public-key.pem"  # as the platform publishes it
    assert "the trusted key given" in verify(exported, "--public-key", str(published))


def _evidence(folder: Path) -> Path:
    return sorted((folder / "evidence").iterdir())[0]


def _event_log(folder: Path) -> Path:
    return folder / "events.jsonl"


TAMPERING: dict[str, tuple[Callable[[Path], Path], Callable[[Path], int], list[str]]] = {
    "one byte of an evidence file": (
        _evidence,
        lambda p: p.stat().st_size - 1,
        ["its SHA-256 does not match the manifest"],
    ),
    "one byte of the event log": (
        _event_log,
        # A letter of the first event's type ("dispute.opened"): still JSON, another text.
        lambda p: p.read_bytes().index(b'"type":"dispute.') + len(b'"type":"d'),
        [
            "events.jsonl: its SHA-256 does not match the manifest",
            "position 1): its content does not match its hash",
        ],
    ),
    "one byte of the manifest": (
        lambda folder: folder / "MANIFEST.sha256",
        lambda p: 0,
        ["MANIFEST.sha256: the signature does not match"],
    ),
}


@pytest.mark.parametrize("what", list(TAMPERING))
@pytest.mark.parametrize("packed", [False, True], ids=["folder", "zip"])
def test_changing_any_byte_fails_with_the_item_named(
    exported: Path, what: str, packed: bool
) -> None:
    target, offset, expected = TAMPERING[what]
    path = target(exported)
    flip(path, offset(path))
    message = refused(rezip(exported) if packed else exported)
    name = path.relative_to(exported).as_posix()
    assert name in message
    for text in expected:
        assert text in message


def test_an_added_or_removed_file_fails(exported: Path) -> None:
    (exported / "evidence" / "extra.pdf").write_bytes(b"%PDF-1.4 forged")
    assert "evidence/extra.pdf: not in the manifest (added)" in refused(exported)
    (exported / "evidence" / "extra.pdf").unlink()
    removed = _evidence(exported)
    removed.unlink()
    assert f"evidence/{removed.name}: missing" in refused(exported)


def test_a_case_file_signed_by_another_key_is_refused_against_the_published_one(
    exported: Path, tmp_path: Path
) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    forger = Ed25519PrivateKey.generate()
    published = tmp_path / "published.pem"
    shutil.copy(exported / "public-key.pem", published)
    # A forger rewrites a file, the manifest and the signature with its own key.
    flip(_evidence(exported), 0)
    from tradeguard.disputes.casefile import bundle

    files = {
        p.relative_to(exported).as_posix(): p.read_bytes()
        for p in exported.rglob("*")
        if p.is_file() and p.name not in bundle.UNLISTED
    }
    (exported / "public-key.pem").write_bytes(
        forger.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    files["public-key.pem"] = (exported / "public-key.pem").read_bytes()
    manifest = bundle.manifest_bytes(files)
    (exported / "MANIFEST.sha256").write_bytes(manifest)
    (exported / "MANIFEST.sha256.sig").write_bytes(forger.sign(manifest))
    with pytest.raises(CommandError) as failure:
        verify(exported, "--public-key", str(published))
    assert "public-key.pem: not the trusted public key" in str(failure.value)
    assert "the signature does not match" in str(failure.value)


def test_a_missing_source_fails(tmp_path: Path) -> None:
    with pytest.raises(CommandError) as failure:
        verify(tmp_path / "nothing.zip")
    assert failure.value.returncode == 1


DOC = Path(__file__).resolve().parents[4] / "docs" / "casefile.md"


def test_the_documented_procedure_without_tradeguard_works(exported: Path) -> None:
    import re
    import subprocess
    import sys

    text = DOC.read_text(encoding="utf-8")
    (chain_check,) = re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)
    script = "\n".join(line.removeprefix("   ") for line in chain_check.splitlines())
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=exported, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("chain OK: ")

    flip(_event_log(exported), _event_log(exported).read_bytes().index(b"dispute.") + 1)
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=exported, capture_output=True, text=True, check=False
    )
    assert done.returncode != 0
    assert "event 1 was changed" in done.stderr

    if shutil.which("bash") and shutil.which("sha256sum"):
        (no_extra,) = re.findall(r"`(find \. -type f .*?)`", text)
        done = subprocess.run(
            ["bash", "-c", no_extra],  # noqa: S607 (the system's shell)
            cwd=exported,
            capture_output=True,
            text=True,
            check=False,
        )
        assert (done.returncode, done.stdout) == (0, "")


def test_the_public_key_command_prints_the_signing_key(exported: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    call_command("casefile", "public-key", stdout=out, stderr=err)
    assert out.getvalue().encode() == (exported / "public-key.pem").read_bytes()
    assert "SHA-256 of this file" in err.getvalue()


def flip_in_zip(path: Path, member_prefix: str) -> str:
    """Change one byte of the stored (compressed) data of the first entry whose path in
    the case file starts with `member_prefix`; returns that path."""
    with zipfile.ZipFile(path) as archive:
        info = next(
            i for i in archive.infolist() if i.filename.split("/", 1)[1].startswith(member_prefix)
        )
    data = bytearray(path.read_bytes())
    name_length = int.from_bytes(data[info.header_offset + 26 : info.header_offset + 28], "little")
    extra_length = int.from_bytes(data[info.header_offset + 28 : info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_length + extra_length
    data[start + info.compress_size // 2] ^= 0x01
    path.write_bytes(bytes(data))
    return info.filename.split("/", 1)[1]


@pytest.mark.parametrize("member", ["evidence/", "events.jsonl", "case-"])
def test_a_changed_byte_inside_the_zip_names_the_entry(exported: Path, member: str) -> None:
    packed = exported.with_suffix(".zip")
    name = flip_in_zip(packed, member)
    message = refused(packed)
    assert f"{name}: " in message
