"""Secrets made on first use: every process that starts at once gets the same one."""

from __future__ import annotations

import multiprocessing
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from tradeguard.common.secretfiles import read_or_create


def _race(path: str, n: int, barrier: Any) -> bytes:
    barrier.wait()
    return read_or_create(Path(path), lambda: f"secret-of-process-{n}".encode() * 1000)


def test_processes_starting_together_all_read_the_one_secret_that_was_stored(
    tmp_path: Path,
) -> None:
    path = tmp_path / "keys" / "secret_key"
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        barrier = manager.Barrier(6)
        with context.Pool(6) as pool:
            seen = pool.starmap(_race, [(str(path), n, barrier) for n in range(6)])
    assert len(set(seen)) == 1
    assert seen[0] == path.read_bytes()
    assert seen[0].startswith(b"secret-of-process-")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["secret_key"]  # no temporary left


def test_an_existing_secret_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "secret_key"
    path.write_bytes(b"chosen by the operator")
    assert read_or_create(path, lambda: b"new") == b"chosen by the operator"
    assert path.read_bytes() == b"chosen by the operator"


def test_without_hard_links_the_secret_is_renamed_into_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(source: str, target: Path) -> None:
        raise PermissionError("hard links are not supported here")

    monkeypatch.setattr(os, "link", no_links)
    path = tmp_path / "secret_key"
    assert read_or_create(path, lambda: b"made here") == b"made here"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["secret_key"]
