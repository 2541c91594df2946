from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradeguard.imagematch import kernels
from tradeguard.imagematch.index import FlatHashIndex
from tradeguard.imagematch.results import IndexHits, IndexNotReady


def _naive(stored: np.ndarray, queries: np.ndarray, radius: int) -> set[tuple[int, int, int]]:
    out = set()
    for q, query in enumerate(queries):
        for row, words in enumerate(stored):
            distance = sum(
                bin(int(a) ^ int(b)).count("1") for a, b in zip(query, words, strict=True)
            )
            if distance <= radius:
                out.add((q, row, distance))
    return out


def _as_set(hits: IndexHits) -> set[tuple[int, int, int]]:
    return set(zip(hits.query.tolist(), hits.ids.tolist(), hits.distances.tolist(), strict=True))


def _near(rng: np.random.Generator, base: np.ndarray, flips: int) -> np.ndarray:
    bits = np.unpackbits(base.view(np.uint8), bitorder="little")
    bits[rng.choice(256, flips, replace=False)] ^= 1
    return np.packbits(bits, bitorder="little").view(np.uint64)


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    count=st.integers(0, 300),
    radius=st.integers(0, 256),
)
def test_radius_search_is_exact(seed: int, count: int, radius: int) -> None:
    rng = np.random.default_rng(seed)
    stored = rng.integers(0, 2**64, size=(count, 4), dtype=np.uint64)
    queries = rng.integers(0, 2**64, size=(3, 4), dtype=np.uint64)
    if count:  # make some hashes near the queries so small radii find something
        stored[: min(count, 3)] = [
            _near(rng, queries[i % 3], int(rng.integers(0, 80))) for i in range(min(count, 3))
        ]
    expected = _naive(stored, queries, radius)
    for kernel in (kernels.search_numba, kernels.search_numpy):
        index = FlatHashIndex(kernel=kernel)
        index.add(np.arange(count, dtype=np.int64), stored)
        hits = index.query(queries, radius)
        assert isinstance(hits, IndexHits)
        assert _as_set(hits) == expected


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    count=st.integers(0, 300),
    owners=st.integers(1, 12),
    radius=st.integers(0, 256),
    queries=st.integers(1, 11),
    copies=st.integers(0, 12),
)
def test_each_query_votes_for_the_ids_holding_its_nearest_hash(
    seed: int, count: int, owners: int, radius: int, queries: int, copies: int
) -> None:
    """votes(): each query hash votes once for each id holding its nearest stored hash
    within the radius (ties at one distance vote for every id they reach, and for none
    beyond NEAREST_TIES ids); an id's other hashes and farther ids get nothing."""
    rng = np.random.default_rng(seed)
    stored = rng.integers(0, 2**64, size=(count, 4), dtype=np.uint64)
    asked = rng.integers(0, 2**64, size=(queries, 4), dtype=np.uint64)
    for row in range(min(count, 2 * queries)):  # some near hits, some of them repeated
        stored[row] = _near(rng, asked[row % queries], int(rng.integers(0, 60)))
    for row in range(min(count, copies)):  # exact ties: one hash stored under many ids
        stored[count - 1 - row] = stored[0]
    ids = rng.integers(0, owners, size=count).astype(np.int64)
    if count:
        ids[count - min(count, copies) :] = np.arange(min(count, copies)) % owners
    index = FlatHashIndex()
    index.add(ids, stored)
    hits = _naive(stored, asked, radius)
    expected: dict[int, int] = {}
    for q in range(queries):
        near = [(distance, int(ids[row])) for query, row, distance in hits if query == q]
        if not near:
            continue
        least = min(distance for distance, _ in near)
        nearest = {owner for distance, owner in near if distance == least}
        if len(nearest) <= kernels.NEAREST_TIES:
            for owner in nearest:
                expected[owner] = expected.get(owner, 0) + 1
    found = index.votes(asked, radius)
    assert not isinstance(found, IndexNotReady)
    got_ids, got_counts = found
    assert dict(zip(got_ids.tolist(), got_counts.tolist(), strict=True)) == expected
    assert got_ids.tolist() == sorted(expected)
    numpy_ids, numpy_counts = kernels.nearest_votes_numpy(index._columns, count, asked, radius, ids)
    assert numpy_ids.tolist() == got_ids.tolist()
    assert numpy_counts.tolist() == got_counts.tolist()


def test_a_descriptor_near_every_reference_votes_only_for_the_one_it_copies() -> None:
    """The vote of a cropped icon: its corners lie within the radius of every icon's
    corners, but each votes for the reference whose corner is nearest, so the copied
    reference outvotes a hundred that are merely alike."""
    rng = np.random.default_rng(11)
    corners = rng.integers(0, 2**64, size=(20, 4), dtype=np.uint64)
    index = FlatHashIndex()
    for reference in range(100):  # every reference holds a version of every corner
        flips = 4 if reference == 42 else int(rng.integers(20, 36))
        index.add(
            np.full(20, reference, dtype=np.int64),
            np.stack([_near(rng, corner, flips) for corner in corners]),
        )
    found = index.votes(corners, 40)
    assert not isinstance(found, IndexNotReady)
    assert dict(zip(*(part.tolist() for part in found), strict=True)) == {42: 20}


def test_a_query_tied_with_more_ids_than_the_cap_votes_for_none() -> None:
    """A generic hash, stored alike under more than NEAREST_TIES ids, says nothing about
    which of them a listing copies."""
    query = np.zeros((1, 4), dtype=np.uint64)
    for owners in (kernels.NEAREST_TIES, kernels.NEAREST_TIES + 1):
        index = FlatHashIndex()
        index.add(np.arange(owners, dtype=np.int64), np.zeros((owners, 4), dtype=np.uint64))
        found = index.votes(query, 40)
        assert not isinstance(found, IndexNotReady)
        assert len(found[0]) == (owners if owners <= kernels.NEAREST_TIES else 0)


def test_kernels_agree_across_block_boundaries() -> None:
    rng = np.random.default_rng(7)
    count = kernels.BLOCK_ROWS * 2 + 17
    columns = rng.integers(0, 2**64, size=(4, count), dtype=np.uint64)
    queries = np.ascontiguousarray(columns[:, [0, kernels.BLOCK_ROWS, count - 1]].T)
    fast = kernels.search_numba(columns, count, queries, 110)
    slow = kernels.search_numpy(columns, count, queries, 110)
    for a, b in zip(fast, slow, strict=True):
        assert np.array_equal(a, b)


def test_add_remove_save_and_reload(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    hashes = rng.integers(0, 2**64, size=(50, 4), dtype=np.uint64)
    index = FlatHashIndex()
    index.add(np.arange(50) // 2, hashes)  # two hashes per id
    assert index.remove([3, 7, 1000]) == 4
    assert len(index) == 46
    index.save(tmp_path / "idx")
    loaded = FlatHashIndex.load(tmp_path / "idx")
    assert len(loaded) == 46
    hits = loaded.query(hashes[[6, 10]], 0)  # hash 6 belonged to id 3, removed
    assert isinstance(hits, IndexHits)
    assert hits.ids.tolist() == [5]
    loaded.add(np.array([99]), hashes[6:7])  # copies the memory map on write
    hits = loaded.query(hashes[6:7], 0)
    assert isinstance(hits, IndexHits)
    assert hits.ids.tolist() == [99]
    assert loaded.nbytes == 47 * 40


def test_building_index_answers_not_ready() -> None:
    index = FlatHashIndex()
    index.begin_build(expected=10)
    index.add(np.arange(5), np.zeros((5, 4), np.uint64))
    result = index.query(np.zeros((1, 4), np.uint64), 10)
    assert result == IndexNotReady(loaded=5, expected=10)
    index.finish_build()
    result = index.query(np.zeros((1, 4), np.uint64), 10)
    assert isinstance(result, IndexHits)
    assert len(result) == 5


class _Host(dict[str, bool]):
    """A CPU's feature map as llvmlite gives it (``flatten`` like ``FeatureMap``)."""

    def flatten(self) -> str:
        return ",".join(("+" if on else "-") + name for name, on in sorted(self.items()))


def test_kernels_use_512_bit_vectors_only_where_the_cpu_counts_bits_in_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("NUMBA_CPU_FEATURES", raising=False)
    with_popcount = _Host(avx2=True, avx512f=True, avx512vpopcntdq=True)
    monkeypatch.setattr(kernels.llvm, "get_host_cpu_features", lambda: with_popcount)
    features = kernels.wide_vector_features()
    assert features == "+avx2,+avx512f,+avx512vpopcntdq,-prefer-256-bit"
    # Skylake-X has AVX-512 but no 512-bit popcount (and drops its clock): left alone
    skylake = _Host(avx2=True, avx512f=True, avx512vpopcntdq=False)
    monkeypatch.setattr(kernels.llvm, "get_host_cpu_features", lambda: skylake)
    assert kernels.wide_vector_features() is None
    # an operator's own setting wins
    monkeypatch.setattr(kernels.llvm, "get_host_cpu_features", lambda: with_popcount)
    monkeypatch.setenv("NUMBA_CPU_FEATURES", "+avx2")
    assert kernels.wide_vector_features() is None


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), queries=st.integers(1, 9), radius=st.integers(20, 60))
def test_the_vote_is_exact_when_nearer_rows_and_ties_come_blocks_later(
    seed: int, queries: int, radius: int
) -> None:
    """The vote skips a block's rows farther than every query's nearest so far; a nearer
    row, or one tied with the nearest, in a later block must still count."""
    rng = np.random.default_rng(seed)
    count = kernels.BLOCK_ROWS * 3 + 101
    stored = rng.integers(0, 2**64, size=(count, 4), dtype=np.uint64)
    asked = rng.integers(0, 2**64, size=(queries, 4), dtype=np.uint64)
    for q in range(queries):  # far first, nearer in each later block, ties at the end
        for block, flips in enumerate((int(rng.integers(25, 45)), int(rng.integers(10, 25)))):
            stored[block * kernels.BLOCK_ROWS + int(rng.integers(0, 4000))] = _near(
                rng, asked[q], flips
            )
        nearest = _near(rng, asked[q], int(rng.integers(0, 10)))
        for row in rng.choice(np.arange(2 * kernels.BLOCK_ROWS, count), 3, replace=False):
            stored[row] = nearest
    ids = rng.integers(0, 40, size=count).astype(np.int64)
    found = kernels.nearest_votes_numba(stored.T.copy(), count, asked, radius, ids)
    expected = kernels.nearest_votes_numpy(stored.T.copy(), count, asked, radius, ids)
    assert [part.tolist() for part in found] == [part.tolist() for part in expected]
    assert found[1].sum() >= queries  # every query found its planted nearest rows
