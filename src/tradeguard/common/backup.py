"""`tradeguard backup DIR` and `tradeguard restore DIR`: a consistent snapshot of the
database and of every stored file it names, verified by SHA-256.

Backup, while the service runs:

1. Copy every file in the store (`files/`), checking each against its name (the
   SHA-256 of its content).
2. Snapshot the database: SQLite's online backup API (a consistent copy that includes
   what is still in the WAL), or `pg_dump --format=custom` on PostgreSQL, started on a
   snapshot exported by a REPEATABLE READ transaction that also lists the stored files
   of that same snapshot.
3. Copy the files the snapshot names that step 1 did not see. They were uploaded
   during the backup, so they are younger than a day and `files-collect` leaves them
   alone: every row in the snapshot has its bytes. Files the snapshot does not name are
   dropped from the backup.
4. Write `manifest.json`: the database file and every stored file with size and
   SHA-256.

Restore (service stopped) verifies every hash in the manifest before it changes
anything, loads the database (SQLite backup API into the configured file, or
`pg_restore`), puts the files in the store and checks that every stored-file row has
its bytes. A backup restores into the same kind of database it came from.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import connection

from tradeguard import __version__
from tradeguard.evidence.services import store_names

MANIFEST = "manifest.json"
FORMAT = "tradeguard-backup/1"
SQLITE_FILE = "database.sqlite3"
PG_FILE = "database.pgdump"
FILES_DIR = "files"
CHUNK = 1024 * 1024

Log = Callable[[str], None]


class BackupError(Exception):
    pass


@dataclass
class Manifest:
    engine: str
    created_at: str
    database: dict[str, Any]
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    version: str = __version__
    format: str = FORMAT

    def write(self, directory: Path) -> None:
        data = {
            "format": self.format,
            "version": self.version,
            "engine": self.engine,
            "created_at": self.created_at,
            "database": self.database,
            "files": dict(sorted(self.files.items())),
        }
        (directory / MANIFEST).write_text(json.dumps(data, indent=1))

    @classmethod
    def read(cls, directory: Path) -> Manifest:
        path = directory / MANIFEST
        if not path.exists():
            raise BackupError(f"{directory} has no {MANIFEST}: it is not a TradeGuard backup.")
        data = json.loads(path.read_text())
        if data.get("format") != FORMAT:
            raise BackupError(f"Unknown backup format {data.get('format')!r}; expected {FORMAT}.")
        return cls(
            engine=data["engine"],
            created_at=data["created_at"],
            database=data["database"],
            files=data["files"],
            version=data.get("version", ""),
        )


def engine() -> str:
    vendor = connection.vendor
    if vendor not in ("sqlite", "postgresql"):
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {vendor}.")
    return vendor


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _copy_out(storage_name: str, target: Path) -> dict[str, Any]:
    """Copy one stored file into the backup, hashing it on the way; its name is the
    SHA-256 of its content, so a mismatch means the stored bytes are damaged."""
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    with default_storage.open(storage_name, "rb") as src, target.open("wb") as out:
        while block := src.read(CHUNK):
            digest.update(block)
            out.write(block)
            size += len(block)
    sha = digest.hexdigest()
    if sha != storage_name.rsplit("/", 1)[-1]:
        target.unlink()
        raise BackupError(
            f"{storage_name}: the stored bytes do not match their SHA-256 (damaged); "
            "restore that file from an older backup."
        )
    return {"sha256": sha, "size": size}


# --- Backup ---------------------------------------------------------------------------


def backup(directory: Path, *, log: Log = print) -> Manifest:
    kind = engine()
    directory = directory.resolve()
    if directory.exists() and any(directory.iterdir()):
        raise BackupError(f"{directory} is not empty; back up into a new directory.")
    directory.mkdir(parents=True, exist_ok=True)
    files_dir = directory / FILES_DIR
    started = dt.datetime.now(dt.UTC)

    log("copying stored files")
    copied: dict[str, dict[str, Any]] = {}
    for name in store_names():
        with contextlib.suppress(FileNotFoundError):  # collected meanwhile
            copied[name] = _copy_out(name, files_dir / name)
    log(f"  {len(copied)} file(s)")

    log(f"snapshot of the {kind} database")
    if kind == "sqlite":
        database, named = _sqlite_snapshot(directory / SQLITE_FILE)
    else:
        database, named = _postgres_snapshot(directory / PG_FILE)

    late = named - set(copied)
    for name in sorted(late):
        try:
            copied[name] = _copy_out(name, files_dir / name)
        except FileNotFoundError:
            raise BackupError(
                f"{name} is named by the database but missing from the store; run "
                "`tradeguard files-collect --dry-run` and check the storage."
            ) from None
    if late:
        log(f"  {len(late)} file(s) uploaded during the backup copied too")
    for name in set(copied) - named:  # bytes nothing in the snapshot names
        (files_dir / name).unlink()
        del copied[name]
    manifest = Manifest(
        engine=kind,
        created_at=started.isoformat(),
        database=database,
        files={name: copied[name] for name in named},
    )
    manifest.write(directory)
    log(f"backup written to {directory}: database and {len(named)} file(s)")
    return manifest


def _sqlite_snapshot(target: Path) -> tuple[dict[str, Any], set[str]]:
    source = sqlite3.connect(str(settings.DATABASES["default"]["NAME"]), timeout=60)
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)  # one consistent copy, including what is still in the WAL
    finally:
        source.close()
    try:
        named = {row[0] for row in dest.execute("SELECT storage_name FROM evidence_storedfile")}
        dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    finally:
        dest.close()
    return {
        "file": SQLITE_FILE,
        "sha256": sha256_file(target),
        "size": target.stat().st_size,
    }, named


def _pg_env() -> tuple[list[str], dict[str, str]]:
    s = connection.settings_dict
    args = [
        "--host",
        str(s.get("HOST") or "127.0.0.1"),
        "--port",
        str(s.get("PORT") or 5432),
        "--username",
        str(s.get("USER") or ""),
    ]
    env = {**os.environ, "PGPASSWORD": str(s.get("PASSWORD") or "")}
    return args, env


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(
            f"{name} is not installed; install the PostgreSQL client of your server's "
            "version (Debian: apt-get install postgresql-client-15)."
        )
    return path


def _postgres_snapshot(target: Path) -> tuple[dict[str, Any], set[str]]:
    import psycopg

    s = connection.settings_dict
    args, env = _pg_env()
    with psycopg.connect(
        host=s.get("HOST") or "127.0.0.1",
        port=s.get("PORT") or 5432,
        user=s.get("USER"),
        password=s.get("PASSWORD"),
        dbname=s["NAME"],
    ) as conn:
        conn.execute(b"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        row = conn.execute(b"SELECT pg_export_snapshot()").fetchone()
        assert row is not None
        snapshot = str(row[0])
        named = {
            r[0] for r in conn.execute(b"SELECT storage_name FROM evidence_storedfile").fetchall()
        }
        done = subprocess.run(
            [
                _tool("pg_dump"),
                *args,
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                f"--snapshot={snapshot}",
                "--file",
                str(target),
                str(s["NAME"]),
            ],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        conn.execute(b"ROLLBACK")
    if done.returncode != 0:
        raise BackupError(f"pg_dump failed: {done.stderr.strip()}")
    return {"file": PG_FILE, "sha256": sha256_file(target), "size": target.stat().st_size}, named


# --- Restore --------------------------------------------------------------------------


def verify(directory: Path, manifest: Manifest, *, log: Log = print) -> None:
    """Check every file of the backup against the manifest's SHA-256."""
    database = directory / manifest.database["file"]
    if not database.exists() or sha256_file(database) != manifest.database["sha256"]:
        raise BackupError(
            f"{database.name}: missing or damaged (SHA-256 differs). Nothing restored."
        )
    for name, meta in manifest.files.items():
        path = directory / FILES_DIR / name
        if not path.exists() or sha256_file(path) != meta["sha256"]:
            raise BackupError(f"{name}: missing or damaged (SHA-256 differs). Nothing restored.")
    log(f"backup verified: database and {len(manifest.files)} file(s) match their SHA-256")


def _has_tables() -> bool:
    return bool(connection.introspection.table_names())


def restore(directory: Path, *, force: bool = False, log: Log = print) -> Manifest:
    directory = directory.resolve()
    manifest = Manifest.read(directory)
    kind = engine()
    if manifest.engine != kind:
        raise BackupError(
            f"This backup is of a {manifest.engine} database; the configured database is "
            f"{kind}. Restore it into a {manifest.engine} database."
        )
    verify(directory, manifest, log=log)
    if _has_tables() and not force:
        raise BackupError(
            "The configured database already has tables. Restore into an empty database, "
            "or pass --force to replace everything in it with the backup."
        )
    log(f"restoring the {kind} database")
    connection.close()
    if kind == "sqlite":
        _sqlite_restore(directory / manifest.database["file"])
    else:
        _postgres_restore(directory / manifest.database["file"], clean=force)
    log("restoring stored files")
    restored = 0
    for name, meta in manifest.files.items():
        if default_storage.exists(name) and default_storage.size(name) == meta["size"]:
            continue
        if default_storage.exists(name):
            default_storage.delete(name)  # partial bytes
        with (directory / FILES_DIR / name).open("rb") as fh:
            default_storage.save(name, File(fh))
        restored += 1
    log(f"  {restored} file(s) written, {len(manifest.files) - restored} already present")
    missing = rows_without_bytes()
    if missing:
        raise BackupError(f"{len(missing)} stored-file row(s) have no bytes, e.g. {missing[0]}.")
    log("restore complete: every stored-file row has its bytes")
    return manifest


def rows_without_bytes() -> list[str]:
    from tradeguard.evidence.models import StoredFile

    return [
        name
        for name in StoredFile.objects.values_list("storage_name", flat=True).distinct()
        if not default_storage.exists(name)
    ]


def _sqlite_restore(snapshot: Path) -> None:
    target = Path(str(settings.DATABASES["default"]["NAME"]))
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(str(snapshot))
    dest = sqlite3.connect(str(target), timeout=60)
    try:
        source.backup(dest)  # replaces the whole database, under SQLite's own locking
        dest.execute("PRAGMA journal_mode=WAL")
    finally:
        source.close()
        dest.close()


def _postgres_restore(dump: Path, *, clean: bool) -> None:
    s = connection.settings_dict
    args, env = _pg_env()
    done = subprocess.run(
        [
            _tool("pg_restore"),
            *args,
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            *(["--clean", "--if-exists"] if clean else []),
            "--dbname",
            str(s["NAME"]),
            str(dump),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise BackupError(f"pg_restore failed: {done.stderr.strip()}")
