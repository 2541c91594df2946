"""The benchmark's comparison (benchmarks/imagematch/compare.py): each pair is judged at
its own kind's threshold, and a rate comes with an interval that holds it."""

from __future__ import annotations

from types import ModuleType

import pytest

from . import benchmark_scripts


@pytest.fixture(scope="module")
def compare() -> ModuleType:
    return benchmark_scripts.load("compare")


def test_each_pair_is_judged_at_its_own_kinds_threshold(compare: ModuleType) -> None:
    graphics = {"photo.png": False, "icon.png": True}
    scores = {
        ("copy_photo.jpg", "photo.png"): 0.75,  # a copy above the photographs' 0.7
        ("copy_icon.jpg", "icon.png"): 0.85,  # a copy below flat graphics' 0.9
        ("other.jpg", "photo.png"): 0.72,  # a false pair above 0.7
        ("sibling.jpg", "icon.png"): 0.95,  # a false pair above 0.9
        ("other.jpg", "icon.png"): 0.8,  # a false pair below 0.9
    }
    copies = {("copy_photo.jpg", "photo.png"), ("copy_icon.jpg", "icon.png")}

    result = compare.accepted(scores, copies, graphics, {False: 0.7, True: 0.9})

    assert result.found == {("copy_photo.jpg", "photo.png")}
    assert result.false == {("other.jpg", "photo.png"), ("sibling.jpg", "icon.png")}


def test_the_interval_holds_the_rate_and_narrows_with_more_trials(compare: ModuleType) -> None:
    def bounds(text: str) -> tuple[float, float, float]:
        rate, rest = text.split(" [")
        low, high = rest.rstrip("]").split(", ")
        return float(rate), float(low), float(high)

    rate, low, high = bounds(compare.interval(24, 25))
    assert (rate, low < rate < high) == (0.96, True)
    _, wide_low, _ = bounds(compare.interval(94, 100))
    _, narrow_low, _ = bounds(compare.interval(9400, 10000))
    assert wide_low < narrow_low < 0.94
    assert "-" in compare.interval(0, 0)
