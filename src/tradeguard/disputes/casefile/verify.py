"""Check a case file (a folder or its ZIP) without the database: the signature of the
manifest, every file's SHA-256 against it, and the hash chain of the event log. Any
changed byte fails with the item named."""

from __future__ import annotations

import json
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from tradeguard.common import chain
from tradeguard.disputes.casefile import bundle, signing


@dataclass
class Verdict:
    files: int = 0
    events: int = 0
    problems: list[str] = field(default_factory=list)
    public_key: bytes = b""

    @property
    def ok(self) -> bool:
        return not self.problems


def read_casefile(source: Path, problems: list[str] | None = None) -> dict[str, bytes]:
    """path (relative to the case file's folder) -> bytes, from a folder or a ZIP whose
    entries sit in one top folder. An entry of the ZIP that cannot be read (a changed
    byte in its compressed data) is left out and named in `problems`."""
    files: dict[str, bytes] = {}
    if source.is_dir():
        for path in sorted(source.rglob("*")):
            if path.is_file():
                files[path.relative_to(source).as_posix()] = path.read_bytes()
        return files
    with zipfile.ZipFile(source) as archive:
        names = [n for n in archive.namelist() if not n.endswith("/")]
        tops = {n.split("/", 1)[0] for n in names}
        strip = len(tops) == 1 and all("/" in n for n in names)
        for name in names:
            key = name.split("/", 1)[1] if strip else name
            try:
                files[key] = archive.read(name)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
                if problems is None:
                    raise
                problems.append(f"{key}: cannot be read from the ZIP, it was changed ({exc})")
    return files


def _check_events(data: bytes, verdict: Verdict) -> None:
    rows = []
    for number, line in enumerate(data.decode("utf-8", errors="replace").splitlines(), 1):
        try:
            row = json.loads(line)
            missing = [k for k in (*chain.CONTENT_KEYS, "hash") if k not in row]
        except ValueError:
            row, missing = None, []
        if row is None or missing or not isinstance(row, dict):
            verdict.problems.append(f"{bundle.EVENTS}: line {number} is not a readable event")
            return
        rows.append(row)
    histories = {(r["aggregate"], r["aggregate_id"]) for r in rows}
    if len(histories) > 1:
        verdict.problems.append(f"{bundle.EVENTS}: events of more than one case")
    for _row, found in chain.check_sequence(rows):
        if found is not None:
            verdict.problems.append(f"{bundle.EVENTS}: {found.describe()}")
            break
    verdict.events = len(rows)


def verify_files(
    files: dict[str, bytes],
    *,
    trusted_key: bytes | None = None,
    unreadable: list[str] | None = None,
) -> Verdict:
    verdict = Verdict(problems=list(unreadable or []))
    manifest = files.get(bundle.MANIFEST)
    signature = files.get(bundle.SIGNATURE)
    public_key = files.get(bundle.PUBLIC_KEY)
    for name, present in (
        (bundle.MANIFEST, manifest),
        (bundle.SIGNATURE, signature),
        (bundle.PUBLIC_KEY, public_key),
        (bundle.EVENTS, files.get(bundle.EVENTS)),
    ):
        if present is None:
            verdict.problems.append(f"{name}: missing")
    if manifest is None or signature is None or public_key is None:
        return verdict
    verdict.public_key = public_key
    key = trusted_key or public_key
    if trusted_key is not None and trusted_key.strip() != public_key.strip():
        verdict.problems.append(
            f"{bundle.PUBLIC_KEY}: not the trusted public key given to check against"
        )
    if not signing.signature_valid(key, manifest, signature):
        verdict.problems.append(
            f"{bundle.MANIFEST}: the signature does not match (the manifest or its "
            "signature was changed)"
        )
    entries, bad = bundle.parse_manifest(manifest)
    verdict.problems += [f"{bundle.MANIFEST}: unreadable line {line!r}" for line in bad]
    for path, digest in entries.items():
        data = files.get(path)
        if data is None:
            if not any(p.startswith(f"{path}: ") for p in verdict.problems):
                verdict.problems.append(f"{path}: missing")
        elif bundle.sha256_hex(data) != digest:
            verdict.problems.append(f"{path}: its SHA-256 does not match the manifest (changed)")
    for path in sorted(set(files) - set(entries) - bundle.UNLISTED):
        verdict.problems.append(f"{path}: not in the manifest (added)")
    verdict.files = len(entries)
    if bundle.EVENTS in files:
        _check_events(files[bundle.EVENTS], verdict)
    return verdict


def verify_path(source: Path, *, trusted_key: bytes | None = None) -> Verdict:
    unreadable: list[str] = []
    try:
        files = read_casefile(source, unreadable)
    except (OSError, zipfile.BadZipFile) as exc:
        return Verdict(problems=[f"{source}: cannot be read ({exc})"])
    return verify_files(files, trusted_key=trusted_key, unreadable=unreadable)
