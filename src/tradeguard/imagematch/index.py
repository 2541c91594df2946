"""Exact Hamming radius search over packed 256-bit hashes, persisted to disk.

:class:`FlatHashIndex` compares every query with every stored hash (batched brute
force): exact, and the fastest option up to ~10^8 hashes on one machine. Storage is
40 bytes per hash: 32 bytes of hash and an ``int64`` id. On disk it is two ``.npy``
files that load as memory maps, so opening a 10 M hash index takes well under a second
and pages come in on the first query.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Literal, Protocol

import numpy as np
import numpy.typing as npt

from tradeguard.imagematch import kernels
from tradeguard.imagematch.results import IndexHits, IndexNotReady, IndexQueryResult

IdArray = npt.NDArray[np.int64]
IndexVotes = tuple[IdArray, IdArray]  # ids, query hashes whose nearest hash each holds
Kernel = Callable[[kernels.Columns, int, kernels.Columns, int], kernels.SearchOutput]

FORMAT_VERSION = 1
HASHES_FILE = "hashes.npy"
IDS_FILE = "ids.npy"
META_FILE = "index.json"


class HashIndex(Protocol):
    """Stores 256-bit hashes under integer ids and finds those near a query."""

    def add(self, ids: IdArray, hashes: kernels.Columns) -> None:
        """Store ``hashes`` (N x 4 words) under ``ids`` (N); ids may repeat."""
        ...

    def remove(self, ids: Iterable[int]) -> int:
        """Drop every hash stored under one of ``ids``; return how many were dropped."""
        ...

    def query(
        self, hashes: kernels.Columns, radius: int, *, partial: bool = False
    ) -> IndexQueryResult:
        """Every stored hash within ``radius`` bits of a query hash, or "not ready"
        while a build is in progress (with ``partial``, the hashes stored so far)."""
        ...

    def votes(
        self, hashes: kernels.Columns, radius: int, *, partial: bool = False
    ) -> IndexVotes | IndexNotReady:
        """The ids holding the nearest stored hash (within ``radius`` bits) of some
        query hash, and of how many query hashes each (ids >= 0), or "not ready"
        while a build is in progress (with ``partial``, among the hashes stored so far).
        A query hash whose nearest hashes, at one distance, belong to several ids votes
        for each, and for none when they are more than ``kernels.NEAREST_TIES``."""
        ...

    def __len__(self) -> int: ...


class FlatHashIndex:
    """A brute-force :class:`HashIndex` with incremental add/remove and persistence.

    While a build is in progress (:meth:`begin_build` .. :meth:`finish_build`) queries
    answer :class:`IndexNotReady`, so a half-built index never looks like "no match";
    only a query that asks for the hashes stored so far (``partial``) is answered: the
    matcher's search for a new reference's siblings, which a build must run as adding
    the references one by one does.
    """

    def __init__(self, kernel: Kernel = kernels.search_numba) -> None:
        self._columns: kernels.Columns = np.zeros((4, 0), dtype=np.uint64)
        self._ids: IdArray = np.zeros(0, dtype=np.int64)
        self._count = 0
        self._kernel = kernel
        self._expected: int | None = None

    # -- building ---------------------------------------------------------------------

    def begin_build(self, expected: int) -> None:
        """Mark the index as building ``expected`` hashes; queries answer "not ready"."""
        self._expected = expected

    def finish_build(self) -> None:
        """Mark the build as complete; queries are answered from now on."""
        self._expected = None

    @property
    def ready(self) -> bool:
        return self._expected is None

    def add(self, ids: IdArray, hashes: kernels.Columns) -> None:
        ids = np.asarray(ids, dtype=np.int64).reshape(-1)
        rows = np.asarray(hashes, dtype=np.uint64).reshape(-1, 4)
        if ids.shape[0] != rows.shape[0]:
            raise ValueError(f"{ids.shape[0]} ids for {rows.shape[0]} hashes")
        self._reserve(self._count + rows.shape[0])
        stop = self._count + rows.shape[0]
        self._columns[:, self._count : stop] = rows.T
        self._ids[self._count : stop] = ids
        self._count = stop

    def remove(self, ids: Iterable[int]) -> int:
        doomed = np.fromiter(ids, dtype=np.int64)
        keep = ~np.isin(self._ids[: self._count], doomed)
        kept = int(keep.sum())
        removed = self._count - kept
        if removed:
            self._columns = np.ascontiguousarray(self._columns[:, : self._count][:, keep])
            self._ids = np.ascontiguousarray(self._ids[: self._count][keep])
            self._count = kept
        return removed

    def _reserve(self, needed: int) -> None:
        capacity = self._ids.shape[0]
        if needed <= capacity and self._columns.flags.writeable:
            return
        new_capacity = max(needed, 2 * capacity, 1024)
        columns = np.zeros((4, new_capacity), dtype=np.uint64)
        columns[:, : self._count] = self._columns[:, : self._count]
        ids = np.zeros(new_capacity, dtype=np.int64)
        ids[: self._count] = self._ids[: self._count]
        self._columns, self._ids = columns, ids

    # -- querying ---------------------------------------------------------------------

    def __len__(self) -> int:
        return self._count

    def query(
        self, hashes: kernels.Columns, radius: int, *, partial: bool = False
    ) -> IndexQueryResult:
        if self._expected is not None and not partial:
            return IndexNotReady(loaded=self._count, expected=self._expected)
        queries = np.asarray(hashes, dtype=np.uint64).reshape(-1, 4)
        query_index, rows, distances = self._kernel(self._columns, self._count, queries, radius)
        return IndexHits(query=query_index, ids=self._ids[rows], distances=distances)

    def votes(
        self, hashes: kernels.Columns, radius: int, *, partial: bool = False
    ) -> IndexVotes | IndexNotReady:
        if self._expected is not None and not partial:
            return IndexNotReady(loaded=self._count, expected=self._expected)
        queries = np.asarray(hashes, dtype=np.uint64).reshape(-1, 4)
        return kernels.nearest_votes_numba(self._columns, self._count, queries, radius, self._ids)

    def ids(self) -> IdArray:
        """The stored ids, one per hash (a read-only view)."""
        view = self._ids[: self._count]
        view.flags.writeable = False
        return view

    @property
    def nbytes(self) -> int:
        """Bytes used per stored hash times the count (capacity slack excluded)."""
        return self._count * (4 * 8 + 8)

    # -- persistence ------------------------------------------------------------------

    def save(self, directory: Path) -> None:
        """Write the index to ``directory`` (created if needed)."""
        directory.mkdir(parents=True, exist_ok=True)
        np.save(directory / HASHES_FILE, np.ascontiguousarray(self._columns[:, : self._count]))
        np.save(directory / IDS_FILE, np.ascontiguousarray(self._ids[: self._count]))
        meta = {"version": FORMAT_VERSION, "count": self._count, "bits": 256}
        (directory / META_FILE).write_text(json.dumps(meta))

    @classmethod
    def load(
        cls, directory: Path, *, mmap: bool = True, kernel: Kernel = kernels.search_numba
    ) -> FlatHashIndex:
        """Open an index saved by :meth:`save`; memory-mapped read-only by default.

        The first :meth:`add` after a memory-mapped load copies the index into memory.
        """
        meta = json.loads((directory / META_FILE).read_text())
        if meta.get("version") != FORMAT_VERSION:
            raise ValueError(f"unsupported index format {meta.get('version')!r}")
        mode: Literal["r"] | None = "r" if mmap else None
        columns = np.load(directory / HASHES_FILE, mmap_mode=mode)
        ids = np.load(directory / IDS_FILE, mmap_mode=mode)
        if columns.shape != (4, meta["count"]) or ids.shape != (meta["count"],):
            raise ValueError("index files do not match their metadata")
        index = cls(kernel=kernel)
        index._columns, index._ids, index._count = columns, ids, int(meta["count"])
        return index
