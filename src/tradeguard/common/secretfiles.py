"""Secrets generated on first use and kept in a file under the data directory.

Several processes may start at once on a fresh data directory (the web server and the
task worker, or the test suite's workers), so the file appears whole or not at all: the
secret is written to a private temporary file beside it and hard-linked into place, which
fails if another process got there first; then every process reads the one that won.
Imported by settings, so it uses nothing from Django.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def read_or_create(path: Path, make: Callable[[], bytes]) -> bytes:
    """The file's bytes; if it does not exist, `make()`'s, stored owner-only first."""
    if path.exists():
        return path.read_bytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as fh:  # mkstemp's file is owner-only (0600)
            fh.write(make())
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(temporary, path)
        except FileExistsError:  # another process's file won
            pass
        except OSError:  # a file system without hard links: a rename is whole too
            if not path.exists():
                os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
    return path.read_bytes()
