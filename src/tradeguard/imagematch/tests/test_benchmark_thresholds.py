"""The complaint thresholds' rule (benchmarks/imagematch/thresholds.py): the lowest
score at which the tuning splits' pairs, pooled, reach precision 0.995."""

from __future__ import annotations

import sys
from types import ModuleType

import pytest

from . import benchmark_scripts


@pytest.fixture(scope="module")
def thresholds() -> ModuleType:
    sys.path.insert(0, str(benchmark_scripts.SCRIPTS))  # it imports compare, as scripts do
    try:
        return benchmark_scripts.load("thresholds")
    finally:
        sys.path.remove(str(benchmark_scripts.SCRIPTS))


def _split(thresholds: ModuleType, pairs: list[tuple[float, bool]]) -> object:
    """A split of ``pairs`` (score, is a copy), each a listing on one icon."""
    scores = {(f"listing{i}.jpg", "icon.png"): score for i, (score, _) in enumerate(pairs)}
    copies = {pair for pair, (_, copy) in zip(scores, pairs, strict=True) if copy}
    return thresholds.Split("s", scores, copies, {"icon.png": True})


def test_the_rule_pools_the_splits_and_counts_every_pair_at_a_score(
    thresholds: ModuleType,
) -> None:
    first = _split(thresholds, [(0.99, True)] * 200 + [(0.99, False)] + [(0.98, True)])
    second = _split(thresholds, [(0.99, True)] * 200 + [(0.98, False)] * 2)
    # At 0.99: 400 copies, 1 other pair (0.9975). At 0.98 a copy and two others tie:
    # 401 of 404 (0.9926), under 0.995, however the tied pairs are ordered.
    assert thresholds.rule([first, second], True) == 0.99
    # The first split alone reaches 0.995 at 0.98 (201 of 202).
    assert thresholds.rule([first], True) == 0.98
    # Pairs of the other kind do not count.
    assert thresholds.rule([first, second], False) is None


def test_the_rule_never_goes_under_the_match_threshold(thresholds: ModuleType) -> None:
    split = _split(thresholds, [(0.9, True)] * 100 + [(0.6, False)] * 5 + [(0.4, True)] * 5000)
    # Everything down to 0.4 holds 5,100 copies of 5,105 (0.999), but a pair under
    # the match threshold (0.5) is no match at all, let alone a complaint.
    assert thresholds.rule([split], True) == 0.9
