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


def test_a_listing_is_traced_to_the_image_it_was_made_from(compare: ModuleType) -> None:
    families = {
        "copy_icon_mdi-clock_crop_62_75.jpg": "crop_62_75",
        "hard_icon_mdi-clock_time_ten_jpeg.jpg": "jpeg",
        "other_00001_rotate_3_7.jpg": "rotate_3_7",
    }
    assert compare.source(("copy_icon_mdi-clock_crop_62_75.jpg", "r.png"), families) == (
        "copy_icon_mdi-clock"
    )
    assert compare.source(("hard_icon_mdi-clock_time_ten_jpeg.jpg", "r.png"), families) == (
        "hard_icon_mdi-clock_time_ten"
    )
    assert compare.source(("other_00001_rotate_3_7.jpg", "r.png"), families) == "other_00001"
    assert compare.source(("unknown.jpg", "r.png"), families) == "unknown"


def test_false_pairs_from_one_source_widen_the_interval_by_source(compare: ModuleType) -> None:
    """The same 17 false pairs and 983 copies: spread over 17 sources, or all from one
    confusable source. Pair by pair the two look alike; by source, one source that
    brings 17 false pairs makes the rate far less certain."""

    def bounds(text: str) -> tuple[float, float]:
        low, high = text.strip("[]").split(", ")
        return float(low), float(high)

    copies = {f"copy{i}": 17 for i in range(57)} | {"copy57": 14}  # 983 found copies
    spread = {f"negative{i}": 1 for i in range(17)}
    single = {"negative": 17}
    spread_low, spread_high = bounds(
        compare.clustered_interval(copies, copies | spread, resamples=2000)
    )
    single_low, single_high = bounds(
        compare.clustered_interval(copies, copies | single, resamples=2000)
    )
    assert spread_low < 0.983 < spread_high
    assert single_low < 0.983 <= single_high
    assert single_high - single_low > 2 * (spread_high - spread_low)
    assert "-" in compare.clustered_interval({}, {}, resamples=10)
