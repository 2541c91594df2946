"""Exact Hamming radius search kernels over 256-bit hashes.

Hashes are stored column-wise: ``columns[w, i]`` is word ``w`` (of 4) of hash ``i``.
The kernels compare a block of stored hashes with every query before moving on, so
the block stays in cache, and return every (query, row, distance) within the radius.

Two kernels give identical results:

* :func:`search_numba`, compiled with numba (LLVM ``ctpop``, which LLVM vectorises to
  AVX-512 ``VPOPCNTQ`` where the CPU has it); the default. It is register-blocked:
  each stored hash is loaded once per group of :data:`QUERY_GROUP` query hashes and
  compared with all of them, so a query of up to four hashes streams the index from
  memory once. On the (shared) benchmark machine 10 M hashes x 3 query hashes take
  ~30 ms on one core, ~1.0-1.4 G comparisons/s, against ~20 ms for one plain pass over
  the 320 MB of hashes (memory bandwidth; docs/benchmarks.md).
* :func:`search_numpy`, ``np.bitwise_count`` on blocks; the reference the tests
  compare against.

:func:`nearest_votes_numba` (tested against :func:`nearest_votes_numpy`) runs the same
block scan for the descriptor vote: each listing descriptor votes for the reference
holding its nearest descriptor, without materialising the hits.

:func:`knn2_hamming` finds each descriptor's two nearest neighbours in another set
(for Lowe's ratio test) without building OpenCV ``DMatch`` objects.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import cast

import llvmlite.binding as llvm
import numba
import numpy as np
import numpy.typing as npt
from numba import types
from numba.extending import intrinsic


def wide_vector_features() -> str | None:
    """The LLVM target features the kernels compile with, when they differ from
    numba's default: the host's, without the ``prefer-256-bit`` tuning.

    LLVM tunes for 256-bit vectors on AVX-512 CPUs, to spare the clock drops 512-bit
    instructions caused on the first of them (Skylake-X). Where the CPU has 512-bit
    population counts (``avx512vpopcntdq``: Ice Lake, Sapphire Rapids, Zen 4), those
    drops are gone or small, and on 512-bit vectors the descriptor vote below takes
    ~27 % less time (its block scan ~35 %; docs/benchmarks.md, seventh round). None
    (numba's default) on other CPUs or when ``NUMBA_CPU_FEATURES`` is set.
    """
    if os.environ.get("NUMBA_CPU_FEATURES"):
        return None
    features = llvm.get_host_cpu_features()
    if not features.get("avx512vpopcntdq"):
        return None
    return f"{features.flatten()},-prefer-256-bit"


# Before anything is compiled in this process: numba reads the setting when its code
# generator starts, on the first compilation or cache load.
if (_features := wide_vector_features()) is not None:
    numba.config.CPU_FEATURES = _features  # type: ignore[attr-defined]  # set from the environment

Columns = npt.NDArray[np.uint64]
SearchOutput = tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int32]]

# Rows whose distances are buffered at a time (8 KiB of uint16 distances, in L1); a
# block is re-read only to report its rare hits.
BLOCK_ROWS = 4096

# Query hashes compared with each loaded stored hash (the kernel's register block).
QUERY_GROUP = 4

# Output slots reserved per query hash before a search; when the hits overflow them the
# whole search runs again with room for all of them. ORB descriptor queries (120
# descriptors at radius 40 against ~26,000 reference descriptors) found ~8,000 hits on
# the held-out benchmark split, so a fixed 1,024 slots made nearly every descriptor
# query run twice (3.2 ms instead of 1.9 ms).
_CAPACITY_PER_QUERY = 256
_INITIAL_CAPACITY = 1024


@intrinsic
def _popcount64_intrinsic(typingctx: object, value: types.Type) -> tuple[object, object]:
    """LLVM's population count of a ``uint64`` (one POPCNT instruction on x86-64)."""
    signature = types.uint64(types.uint64)

    def codegen(context: object, builder: object, sig: object, args: list[object]) -> object:
        return builder.ctpop(args[0])  # type: ignore[attr-defined]

    return signature, codegen


# Called as a one-argument function inside compiled code.
_popcount64 = cast(Callable[[np.uint64], np.uint64], _popcount64_intrinsic)


@numba.njit(nogil=True, cache=True, fastmath=True, boundscheck=False)
def _group_min_distances(
    columns: Columns,
    start: int,
    stop: int,
    group: npt.NDArray[np.uint64],
    out: npt.NDArray[np.uint16],
) -> int:
    """Minimum distance of each row in ``[start, stop)`` to the 4 hashes of ``group``."""
    c0, c1, c2, c3 = columns[0], columns[1], columns[2], columns[3]
    a0, a1, a2, a3 = group[0, 0], group[0, 1], group[0, 2], group[0, 3]
    b0, b1, b2, b3 = group[1, 0], group[1, 1], group[1, 2], group[1, 3]
    e0, e1, e2, e3 = group[2, 0], group[2, 1], group[2, 2], group[2, 3]
    f0, f1, f2, f3 = group[3, 0], group[3, 1], group[3, 2], group[3, 3]
    lowest = 65535
    for i in range(start, stop):
        x0, x1, x2, x3 = c0[i], c1[i], c2[i], c3[i]
        da = _popcount64(x0 ^ a0) + _popcount64(x1 ^ a1) + _popcount64(x2 ^ a2)
        db = _popcount64(x0 ^ b0) + _popcount64(x1 ^ b1) + _popcount64(x2 ^ b2)
        de = _popcount64(x0 ^ e0) + _popcount64(x1 ^ e1) + _popcount64(x2 ^ e2)
        df = _popcount64(x0 ^ f0) + _popcount64(x1 ^ f1) + _popcount64(x2 ^ f2)
        da += _popcount64(x3 ^ a3)
        db += _popcount64(x3 ^ b3)
        de += _popcount64(x3 ^ e3)
        df += _popcount64(x3 ^ f3)
        distance = np.uint16(min(min(da, db), min(de, df)))
        out[i - start] = distance
        lowest = min(lowest, int(distance))
    return lowest


@numba.njit(nogil=True, cache=True, boundscheck=False, inline="always")
def _load_group(
    queries: npt.NDArray[np.uint64], first: int, last: int, group: npt.NDArray[np.uint64]
) -> None:
    """Copy queries ``first..last`` into ``group``, padding a short group by repeating
    its last hash."""
    for k in range(QUERY_GROUP):
        source = min(first + k, last - 1)
        for w in range(4):
            group[k, w] = queries[source, w]


@numba.njit(nogil=True, cache=True, boundscheck=False, inline="always")
def _row_distance(columns: Columns, row: int, queries: npt.NDArray[np.uint64], q: int) -> int:
    """Hamming distance between stored row ``row`` and query ``q``."""
    return int(
        _popcount64(columns[0, row] ^ queries[q, 0])
        + _popcount64(columns[1, row] ^ queries[q, 1])
        + _popcount64(columns[2, row] ^ queries[q, 2])
        + _popcount64(columns[3, row] ^ queries[q, 3])
    )


@numba.njit(nogil=True, cache=True, boundscheck=False, inline="always")
def _near_rows(
    columns: Columns,
    start: int,
    stop: int,
    group: npt.NDArray[np.uint64],
    radius: int,
    minimum: npt.NDArray[np.uint16],
    near: npt.NDArray[np.int64],
) -> int:
    """The rows of ``[start, stop)`` within ``radius`` of some hash of ``group`` (into
    ``near``; returns how many): the block scan both kernels share."""
    if _group_min_distances(columns, start, stop, group, minimum) > radius:
        return 0
    found = 0
    for offset in range(stop - start):
        if minimum[offset] <= radius:
            near[found] = start + offset
            found += 1
    return found


@numba.njit(nogil=True, cache=True, boundscheck=False)
def _search_into(
    columns: Columns,
    count: int,
    queries: npt.NDArray[np.uint64],
    radius: int,
    out_query: npt.NDArray[np.int64],
    out_row: npt.NDArray[np.int64],
    out_distance: npt.NDArray[np.int32],
) -> int:
    found = 0
    capacity = out_query.shape[0]
    nq = queries.shape[0]
    minimum = np.empty(BLOCK_ROWS, dtype=np.uint16)
    near = np.empty(BLOCK_ROWS, dtype=np.int64)
    group = np.empty((QUERY_GROUP, 4), dtype=np.uint64)
    for first in range(0, nq, QUERY_GROUP):
        last = min(nq, first + QUERY_GROUP)
        _load_group(queries, first, last, group)
        for start in range(0, count, BLOCK_ROWS):
            stop = min(count, start + BLOCK_ROWS)
            for k in range(_near_rows(columns, start, stop, group, radius, minimum, near)):
                row = near[k]
                for q in range(first, last):
                    distance = _row_distance(columns, row, queries, q)
                    if distance <= radius:
                        if found < capacity:
                            out_query[found] = q
                            out_row[found] = row
                            out_distance[found] = distance
                        found += 1
    return found


def search_numba(columns: Columns, count: int, queries: Columns, radius: int) -> SearchOutput:
    """Every (query, row, distance) with distance <= ``radius``; ``queries`` is N x 4."""
    queries = np.ascontiguousarray(queries, dtype=np.uint64).reshape(-1, 4)
    if queries.shape[0] == 0 or count == 0 or radius < 0:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty.copy(), np.empty(0, dtype=np.int32)
    capacity = max(_INITIAL_CAPACITY, _CAPACITY_PER_QUERY * queries.shape[0])
    while True:
        out_query = np.empty(capacity, dtype=np.int64)
        out_row = np.empty(capacity, dtype=np.int64)
        out_distance = np.empty(capacity, dtype=np.int32)
        found = _search_into(columns, count, queries, radius, out_query, out_row, out_distance)
        if found <= capacity:
            return _in_order((out_query[:found], out_row[:found], out_distance[:found]))
        capacity = found


# A query descriptor whose nearest stored rows belong to more than this many ids (they
# all lie at the same least distance) is generic, a corner every reference has, and
# votes for none of them; 13 of 33,119 listing descriptors of the benchmark's held-out
# split had more.
NEAREST_TIES = 8


@numba.njit(nogil=True, cache=True, boundscheck=False)
def _nearest_votes_into(
    columns: Columns,
    count: int,
    queries: npt.NDArray[np.uint64],
    radius: int,
    ids: npt.NDArray[np.int64],
    votes: npt.NDArray[np.int64],
) -> None:
    """``votes[id] +=`` the number of queries whose nearest stored row (within
    ``radius``) is stored under ``id``; a query with nearest rows of several ids at one
    distance votes for each, and for none when they are more than NEAREST_TIES."""
    nq = queries.shape[0]
    minimum = np.empty(BLOCK_ROWS, dtype=np.uint16)
    near = np.empty(BLOCK_ROWS, dtype=np.int64)
    group = np.empty((QUERY_GROUP, 4), dtype=np.uint64)
    best = np.full(nq, radius + 1, dtype=np.int64)
    owners = np.empty((nq, NEAREST_TIES), dtype=np.int64)
    tied = np.zeros(nq, dtype=np.int64)  # NEAREST_TIES + 1: too many to vote
    for first in range(0, nq, QUERY_GROUP):
        last = min(nq, first + QUERY_GROUP)
        _load_group(queries, first, last, group)
        for start in range(0, count, BLOCK_ROWS):
            stop = min(count, start + BLOCK_ROWS)
            # Only rows as near as some query's nearest so far can change a vote (a
            # nearer row, or a tie): the bar falls as the group's queries find theirs.
            worst = 0
            for q in range(first, last):
                worst = max(worst, best[q])
            limit = min(radius, worst)
            for k in range(_near_rows(columns, start, stop, group, limit, minimum, near)):
                row = near[k]
                owner = ids[row]
                for q in range(first, last):
                    distance = _row_distance(columns, row, queries, q)
                    if distance < best[q]:
                        best[q] = distance
                        owners[q, 0] = owner
                        tied[q] = 1
                    elif distance == best[q] and distance <= radius and tied[q] <= NEAREST_TIES:
                        known = False
                        for t in range(tied[q]):
                            known = known or owners[q, t] == owner
                        if not known:
                            if tied[q] < NEAREST_TIES:
                                owners[q, tied[q]] = owner
                            tied[q] += 1
    for q in range(nq):
        if tied[q] <= NEAREST_TIES:
            for t in range(tied[q]):
                votes[owners[q, t]] += 1


def nearest_votes_numba(
    columns: Columns, count: int, queries: Columns, radius: int, ids: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The ids (of ``ids``, one per stored row, >= 0) holding some query's nearest row
    within ``radius``, and how many queries each holds the nearest row of: each query
    votes once, for the reference whose descriptor is most like it, not for every
    reference within the radius.

    A range vote (every id within the radius) ranked unrelated references first on
    flat graphics: an icon's corners lie within 40 bits of nearly every icon's, so a
    cropped icon gave 110+ of its 120 votes to each of a hundred icons and its own
    reference ranked fifth, behind the three that were verified (docs/benchmarks.md,
    twelfth round). The hits are counted inside the kernel, never materialised (a
    flat listing's descriptors have up to ~110,000 within the radius)."""
    queries = np.ascontiguousarray(queries, dtype=np.uint64).reshape(-1, 4)
    if queries.shape[0] == 0 or count == 0 or radius < 0:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty.copy()
    votes = np.zeros(int(ids[:count].max()) + 1, dtype=np.int64)
    _nearest_votes_into(columns, count, queries, radius, np.ascontiguousarray(ids[:count]), votes)
    hit = np.flatnonzero(votes)
    return hit.astype(np.int64), votes[hit]


def nearest_votes_numpy(
    columns: Columns, count: int, queries: Columns, radius: int, ids: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """:func:`nearest_votes_numba` with ``np.bitwise_count``; the tests' reference."""
    queries = np.asarray(queries, dtype=np.uint64).reshape(-1, 4)
    if queries.shape[0] == 0 or count == 0 or radius < 0:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty.copy()
    distance = np.zeros((queries.shape[0], count), dtype=np.int64)
    for word in range(4):
        distance += np.bitwise_count(columns[word, :count][None, :] ^ queries[:, word][:, None])
    votes = np.zeros(int(ids[:count].max()) + 1, dtype=np.int64)
    for row in distance:
        least = row.min()
        if least > radius:
            continue
        owners = np.unique(ids[:count][row == least])
        if owners.shape[0] <= NEAREST_TIES:
            votes[owners] += 1
    hit = np.flatnonzero(votes)
    return hit.astype(np.int64), votes[hit]


def search_numpy(columns: Columns, count: int, queries: Columns, radius: int) -> SearchOutput:
    """The same search with ``np.bitwise_count``; slower, used as the reference."""
    queries = np.asarray(queries, dtype=np.uint64)
    parts: list[SearchOutput] = []
    for start in range(0, count, BLOCK_ROWS):
        stop = min(count, start + BLOCK_ROWS)
        block = columns[:, start:stop]
        distance = np.zeros((queries.shape[0], stop - start), dtype=np.int32)
        for word in range(4):
            xor = np.bitwise_xor(block[word][None, :], queries[:, word][:, None])
            distance += np.bitwise_count(xor)
        query_index, offset = np.nonzero(distance <= radius)
        parts.append(
            (
                query_index.astype(np.int64),
                (offset + start).astype(np.int64),
                distance[query_index, offset].astype(np.int32),
            )
        )
    if not parts:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty.copy(), np.empty(0, dtype=np.int32)
    return _in_order(
        (
            np.concatenate([p[0] for p in parts]),
            np.concatenate([p[1] for p in parts]),
            np.concatenate([p[2] for p in parts]),
        )
    )


def _in_order(found: SearchOutput) -> SearchOutput:
    """Hits sorted by (query, row), so every kernel returns the same arrays.

    Both kernels emit each query's hits in ascending row order (they walk the rows in
    blocks, in order), so a stable sort by query alone is enough: ~0.13 ms instead of
    ~0.43 ms for ``np.lexsort`` on the ~8,000 hits of a descriptor lookup.
    """
    query, row, distance = found
    if query.shape[0] < 2:
        return query, row, distance
    order = np.argsort(query, kind="stable")
    return query[order], row[order], distance[order]


@numba.njit(nogil=True, cache=True, boundscheck=False)
def _knn2_into(
    left: npt.NDArray[np.uint64],
    right: npt.NDArray[np.uint64],
    best: npt.NDArray[np.int32],
    first: npt.NDArray[np.int32],
    second: npt.NDArray[np.int32],
) -> None:
    # The distances of one left row to every right row first (a branch-free loop over
    # right's columns, which LLVM vectorises), then the two smallest: ~2x faster than
    # tracking them inside the popcount loop (0.17 vs 0.32 ms for 500 x 500).
    count = right.shape[0]
    r0 = np.ascontiguousarray(right[:, 0])
    r1 = np.ascontiguousarray(right[:, 1])
    r2 = np.ascontiguousarray(right[:, 2])
    r3 = np.ascontiguousarray(right[:, 3])
    distances = np.empty(count, dtype=np.int32)
    for i in range(left.shape[0]):
        l0, l1, l2, l3 = left[i, 0], left[i, 1], left[i, 2], left[i, 3]
        for j in range(count):
            distances[j] = np.int32(
                _popcount64(l0 ^ r0[j])
                + _popcount64(l1 ^ r1[j])
                + _popcount64(l2 ^ r2[j])
                + _popcount64(l3 ^ r3[j])
            )
        d1, d2, arg = 1 << 16, 1 << 16, -1
        for j in range(count):
            d = distances[j]
            if d < d2:
                if d < d1:
                    d2, d1, arg = d1, d, j
                else:
                    d2 = d
        best[i], first[i], second[i] = arg, d1, d2


def knn2_hamming(
    left: npt.NDArray[np.uint8], right: npt.NDArray[np.uint8]
) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.int32], npt.NDArray[np.int32]]:
    """For each row of ``left`` (N x 32 bytes): nearest row of ``right``, its distance
    and the second-nearest distance (65536 when ``right`` has fewer rows)."""
    a = np.ascontiguousarray(left, dtype=np.uint8).view(np.uint64).reshape(-1, 4)
    b = np.ascontiguousarray(right, dtype=np.uint8).view(np.uint64).reshape(-1, 4)
    best = np.empty(a.shape[0], dtype=np.int32)
    first = np.empty(a.shape[0], dtype=np.int32)
    second = np.empty(a.shape[0], dtype=np.int32)
    _knn2_into(a, b, best, first, second)
    return best, first, second


def warm_up() -> None:
    """Load every compiled kernel now (~0.2 s from numba's on-disk cache, longer when it
    compiles). A process that forks workers after this spares each of them the wait."""
    columns = np.zeros((4, 1), dtype=np.uint64)
    search_numba(columns, 1, np.zeros((1, 4), dtype=np.uint64), 0)
    nearest_votes_numba(
        columns, 1, np.zeros((1, 4), dtype=np.uint64), 0, np.zeros(1, dtype=np.int64)
    )
    descriptors = np.zeros((2, 32), dtype=np.uint8)
    knn2_hamming(descriptors, descriptors)
