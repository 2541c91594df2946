"""Test helpers: which processes are running, read from /proc (Linux)."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections.abc import Iterable
from pathlib import Path

import pytest

PROC = Path("/proc")

needs_proc = pytest.mark.skipif(not (PROC / "self" / "stat").exists(), reason="needs /proc")


def _stat(pid: int) -> tuple[str, int] | None:
    """(state, parent pid) of ``pid``, or None once it is gone."""
    try:
        text = (PROC / str(pid) / "stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    state, ppid = text[text.rindex(")") + 2 :].split()[:2]  # the name may hold spaces
    return state, int(ppid)


def running(pid: int) -> bool:
    """True while ``pid`` exists and is not a zombie (dead, waiting to be reaped)."""
    found = _stat(pid)
    return found is not None and found[0] not in "ZXx"


def children(pid: int) -> list[int]:
    """Running processes whose parent is ``pid``."""
    found = []
    for entry in PROC.iterdir():
        if entry.name.isdigit():
            stat = _stat(int(entry.name))
            if stat is not None and stat[1] == pid and stat[0] not in "ZXx":
                found.append(int(entry.name))
    return sorted(found)


def descendants(pid: int) -> set[int]:
    """Running children of ``pid``, their children, and so on."""
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children(todo.pop()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def wait_for_children(pid: int, count: int, timeout: float = 120.0) -> list[int]:
    """Wait until ``pid`` has at least ``count`` running children; return them."""
    deadline = time.monotonic() + timeout
    while True:
        found = children(pid)
        if len(found) >= count:
            return found
        assert running(pid), f"process {pid} stopped before starting {count} children"
        assert time.monotonic() < deadline, f"process {pid} started {found}, not {count}"
        time.sleep(0.1)


def still_running(pids: Iterable[int], timeout: float) -> set[int]:
    """The processes among ``pids`` still running after up to ``timeout`` seconds
    (returns as soon as none is)."""
    deadline = time.monotonic() + timeout
    while True:
        alive = {pid for pid in pids if running(pid)}
        if not alive or time.monotonic() >= deadline:
            return alive
        time.sleep(0.05)


def kill_all(pids: Iterable[int]) -> None:
    """Clean-up after a failed test: SIGKILL whatever is left."""
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
