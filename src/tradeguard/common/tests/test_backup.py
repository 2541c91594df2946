"""`tradeguard backup` under write load, then `tradeguard restore` into an empty
database and store: no committed row lost, no row without its bytes, every hash
checked. Real server, real commands, on the suite's kind of database."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tradeguard.common.liveserver import (
    ServedDatabase,
    _pg_admin,
    _with_database,
    base_env,
    tradeguard,
)

BUYER = "buyer@demo.tradeguard.test"


def _png(n: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), (n % 256, (n * 7) % 256, (n * 13) % 256)).save(buf, "PNG")
    return buf.getvalue()


def _multipart(fields: dict[str, str], name: str, data: bytes) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
        for k, v in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
        "Content-Type: image/png\r\n\r\n".encode()
        + data
        + b"\r\n"
    )
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), boundary


class Writer(threading.Thread):
    """Posts messages and evidence photos to a case, remembering what was committed."""

    def __init__(self, server: Any, token: str, dispute_id: int) -> None:
        super().__init__(daemon=True)
        self.server, self.token, self.dispute_id = server, token, dispute_id
        self.stop = threading.Event()
        self.messages: list[str] = []
        self.photos: list[str] = []
        self.failures: list[tuple[int, bytes]] = []

    def run(self) -> None:
        n = 0
        while not self.stop.is_set():
            n += 1
            text = f"load message {n} {uuid.uuid4().hex[:8]}"
            status, body, _ = self.server.request(
                "POST",
                f"/api/v1/disputes/{self.dispute_id}/messages",
                token=self.token,
                body={"body": text},
            )
            if status == 201:
                self.messages.append(text)
            else:
                self.failures.append((status, body[:200]))
            if n % 3 == 0:
                data = _png(n)
                payload, boundary = _multipart({"type": "product_photo"}, f"p{n}.png", data)
                status, body, _ = self.server.request(
                    "POST",
                    f"/api/v1/disputes/{self.dispute_id}/evidence",
                    token=self.token,
                    body=payload,
                    headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
                )
                if status == 201:
                    self.photos.append(hashlib.sha256(data).hexdigest())
                else:
                    self.failures.append((status, body[:200]))


def _open_case(server: Any, token: str) -> int:
    status, listed = server.json("GET", "/api/v1/disputes?page_size=100", token=token)
    for case in listed["items"]:
        status, _ = server.json(
            "POST",
            f"/api/v1/disputes/{case['id']}/messages",
            token=token,
            body={"body": "Checking the case takes messages."},
        )
        if status == 201:
            data = _png(0)
            payload, boundary = _multipart({"type": "product_photo"}, "p0.png", data)
            status, _, _ = server.request(
                "POST",
                f"/api/v1/disputes/{case['id']}/evidence",
                token=token,
                body=payload,
                headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
            )
            if status == 201:
                return int(case["id"])
    raise AssertionError("no demo case takes messages and evidence")


def _target(served_db: ServedDatabase, root: Path) -> tuple[dict[str, str], Any]:
    """An empty database and store to restore into, and a way to connect to it."""
    root.mkdir()
    if served_db.vendor == "postgresql":
        name = f"tg_restore_{uuid.uuid4().hex[:8]}"
        _pg_admin(served_db.pg_server or "", f'CREATE DATABASE "{name}"')
        served_db.copies.append(name)
        url = _with_database(served_db.url, name)
        target = ServedDatabase("postgresql", root, url)
    else:
        target = ServedDatabase("sqlite", root, f"sqlite:///{root / 'tradeguard.sqlite3'}")
    return base_env(root, target.url), target


def test_backup_under_write_load_then_restore(served, served_database, tmp_path):
    server = served("gunicorn")
    token = server.token(BUYER)
    dispute_id = _open_case(server, token)
    writer = Writer(server, token, dispute_id)
    writer.start()
    while len(writer.messages) < 15:
        time.sleep(0.1)
    committed_messages = list(writer.messages)  # acknowledged before the backup began
    committed_photos = list(writer.photos)
    backup_dir = tmp_path / "backup"
    env = base_env(server.db.data_dir, server.db.url)
    done = subprocess.run(
        [sys.executable, "-m", "tradeguard.cli", "backup", str(backup_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    writer.stop.set()
    writer.join(60)
    assert done.returncode == 0, done.stderr
    assert not writer.failures, writer.failures[:3]
    assert len(writer.messages) > len(committed_messages)  # the load went on meanwhile
    manifest = json.loads((backup_dir / "manifest.json").read_text())
    assert manifest["engine"] == server.db.vendor

    target_env, target = _target(served_database, tmp_path / "restored")
    out = tradeguard("restore", str(backup_dir), env=target_env)
    assert "every stored-file row has its bytes" in out

    with contextlib.closing(target.connect()) as conn:
        bodies = {row[0] for row in conn.execute("SELECT body FROM disputes_message").fetchall()}
        stored = conn.execute("SELECT sha256, storage_name FROM evidence_storedfile").fetchall()
    assert set(committed_messages) <= bodies  # no committed row lost
    shas = {sha for sha, _ in stored}
    assert set(committed_photos) <= shas
    media = tmp_path / "restored" / "media"
    for sha, storage_name in stored:  # no row without its bytes, each byte checked
        assert hashlib.sha256((media / storage_name).read_bytes()).hexdigest() == sha

    # A second restore into the now full database needs --force.
    assert "--force" in _refused("restore", str(backup_dir), env=target_env)


def test_a_damaged_backup_is_refused_before_anything_changes(served_database, tmp_path):
    db = served_database.copy(tmp_path / "source")
    backup_dir = tmp_path / "backup"
    tradeguard("backup", str(backup_dir), env=db.env())
    manifest = json.loads((backup_dir / "manifest.json").read_text())
    assert manifest["files"]
    victim = backup_dir / "files" / next(iter(manifest["files"]))
    victim.write_bytes(victim.read_bytes() + b"tampered")
    assert "damaged" in _refused("restore", "--verify-only", str(backup_dir), env=db.env())
    target_env, target = _target(served_database, tmp_path / "restored")
    assert "Nothing restored" in _refused("restore", str(backup_dir), env=target_env)
    if target.vendor == "sqlite":
        assert not (tmp_path / "restored" / "tradeguard.sqlite3").exists() or not _tables(target)


def _refused(*args: str, env: dict[str, str]) -> str:
    """Run a tradeguard command that must fail; its error output."""
    done = subprocess.run(
        [sys.executable, "-m", "tradeguard.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode != 0, done.stdout
    return done.stderr


def _tables(db: ServedDatabase) -> list[str]:
    with contextlib.closing(db.connect()) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM sqlite_master").fetchall()]


@pytest.mark.django_db
def test_backup_refuses_a_directory_that_is_not_empty(tmp_path: Path) -> None:
    from tradeguard.common.backup import BackupError, backup

    (tmp_path / "something").write_text("x")
    with pytest.raises(BackupError, match="not empty"):
        backup(tmp_path, log=lambda line: None)
