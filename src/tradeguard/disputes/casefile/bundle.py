# ruff: noqa: RUF001 - the Chinese text of README.txt uses full-width Chinese punctuation
"""The layout of a case file and its manifest: no database, shared by the export and
the verifier."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Mapping
from typing import IO, Any

MANIFEST = "MANIFEST.sha256"
SIGNATURE = "MANIFEST.sha256.sig"
PUBLIC_KEY = "public-key.pem"
EVENTS = "events.jsonl"
README = "README.txt"
# Outside the manifest: the manifest itself and its signature.
UNLISTED = frozenset({MANIFEST, SIGNATURE})


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest_bytes(files: Mapping[str, bytes]) -> bytes:
    """`sha256sum` format ("<hex>  <path>"), one line per file, sorted by path (as
    `ZipWriter.manifest` writes it)."""
    lines = [f"{sha256_hex(data)}  {path}\n" for path, data in sorted(files.items())]
    return "".join(lines).encode("utf-8")


def parse_manifest(data: bytes) -> tuple[dict[str, str], list[str]]:
    """path -> hash, and the lines that do not read as "<64 hex>  <path>"."""
    entries: dict[str, str] = {}
    bad: list[str] = []
    for line in data.decode("utf-8", errors="replace").splitlines():
        digest, sep, path = line.partition("  ")
        if not sep or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            bad.append(line)
            continue
        entries[path.removeprefix("*")] = digest
    return entries, bad


def events_jsonl(rows: list[dict[str, Any]]) -> bytes:
    return "".join(
        json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"
        for row in rows
    ).encode("utf-8")


class ZipWriter:
    """Writes a case file's ZIP into `target` entry by entry, every entry under the
    folder `root` and dated `stamp`, and keeps each entry's SHA-256 for the manifest.
    Large files are copied in chunks: a case with a gigabyte of evidence is never held
    in memory."""

    CHUNK = 1024 * 1024

    def __init__(self, target: IO[bytes], root: str, *, stamp: tuple[int, ...]) -> None:
        self.archive = zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED)
        self.root = root
        self.stamp = stamp
        self.digests: dict[str, str] = {}

    def _info(self, path: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(f"{self.root}/{path}", date_time=self.stamp[:6])  # type: ignore[arg-type]
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        return info

    def add_bytes(self, path: str, data: bytes) -> None:
        self.archive.writestr(self._info(path), data)
        self.digests[path] = sha256_hex(data)

    def add_stream(self, path: str, source: IO[bytes]) -> None:
        digest = hashlib.sha256()
        with self.archive.open(self._info(path), "w", force_zip64=True) as entry:
            while chunk := source.read(self.CHUNK):
                digest.update(chunk)
                entry.write(chunk)
        self.digests[path] = digest.hexdigest()

    def manifest(self) -> bytes:
        """`sha256sum` format ("<hex>  <path>"), one line per entry so far, by path."""
        return "".join(
            f"{digest}  {path}\n" for path, digest in sorted(self.digests.items())
        ).encode("utf-8")

    def close(self) -> None:
        self.archive.close()


# How to check the case file, in both languages, inside every ZIP (the full procedure
# with the event-log check is in docs/casefile.md).
README_TEXT = """\
Case file / 案件档案

Check that nothing was changed / 验证内容未被篡改:

1. sha256sum -c MANIFEST.sha256
   Every line must end in OK. 每一行都应显示 OK。
2. openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin \\
       -in MANIFEST.sha256 -sigfile MANIFEST.sha256.sig
   Must print "Signature Verified Successfully". 应显示 "Signature Verified Successfully"。
3. Compare public-key.pem with the key the platform publishes.
   将 public-key.pem 与平台公布的公钥比对。
4. events.jsonl: each event's "hash" is the SHA-256 of its other fields (sorted JSON,
   without "id" and "hash") and its "prev_hash" is the previous event's "hash".
   每个事件的 "hash" 为其其余字段（按键排序的 JSON，不含 "id" 与 "hash"）的 SHA-256，
   "prev_hash" 等于上一事件的 "hash"。

With TradeGuard / 使用 TradeGuard: tradeguard casefile verify <this folder or ZIP>
"""
