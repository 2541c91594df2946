"""The overlay's cell statistics (cells.py) against OpenCV's area interpolation."""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradeguard.imagematch.cells import area_runs, cell_correlations, cell_means

MIN_INSIDE, MIN_CONTRAST = 0.8, 3.0
Array = npt.NDArray[np.float64]


def _resized(x: Array, grid: int) -> Array:
    """OpenCV's INTER_AREA reduction, in double precision."""
    return np.asarray(cv2.resize(x.astype(np.float64), (grid, grid), interpolation=cv2.INTER_AREA))


def _expected(
    a: Array, b: Array, w: Array, grid: int
) -> tuple[Array, npt.NDArray[np.bool_], npt.NDArray[np.bool_], Array, Array]:
    """Correlations and counted cells as six OpenCV reductions give them, with the
    weight and the two contrasts (to leave out cells on a threshold's edge)."""
    n, sa, sb, saa, sbb, sab = (
        _resized(x, grid) for x in (w, a * w, b * w, a * a * w, b * b * w, a * b * w)
    )
    safe = np.maximum(n, 1e-6)
    mean_a, mean_b = sa / safe, sb / safe
    std_a = np.sqrt(np.maximum(saa / safe - mean_a**2, 0.0))
    std_b = np.sqrt(np.maximum(sbb / safe - mean_b**2, 0.0))
    covered = n >= MIN_INSIDE
    denominator = std_a * std_b
    correlation = np.where(
        denominator > 1e-6, (sab / safe - mean_a * mean_b) / np.maximum(denominator, 1e-6), 0.0
    )
    return (
        np.clip(correlation, -1.0, 1.0),
        covered & (std_a >= MIN_CONTRAST),
        covered & (np.maximum(std_a, std_b) >= MIN_CONTRAST),
        n,
        np.minimum(std_a, std_b),
    )


def _pictures(
    height: int, width: int, seed: int
) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32], npt.NDArray[np.float32]]:
    """A textured reference, a noisy copy of it, and a weight that leaves a corner out."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width]
    a = 128 + 60 * np.sin(x / 5.0 + seed) * np.cos(y / 7.0) + rng.normal(0, 8, (height, width))
    b = 0.8 * a + 20 + rng.normal(0, 6, (height, width))
    w = np.ones((height, width))
    w[: height // 3, : width // 4] = 0.0
    return a.astype(np.float32), b.astype(np.float32), w.astype(np.float32)


@pytest.mark.parametrize("grid", [6, 8])
@pytest.mark.parametrize("size", [8, 9, 13, 47, 64, 72, 95, 96])
def test_area_runs_reproduce_opencv_area_reduction(size: int, grid: int) -> None:
    """Whole pixels, a pixel split between two cells (64 / 6 = 10.67 per cell) and the
    last cell all average what cv2.resize(INTER_AREA) averages."""
    if size < grid:
        pytest.skip("smaller than the grid")
    rng = np.random.default_rng(size * grid)
    image = rng.uniform(0, 255, (size, 96)).astype(np.float32)
    ones = np.ones_like(image)
    means = cell_means(image, image, ones, grid)
    np.testing.assert_allclose(means[0], 1.0, rtol=1e-6)
    np.testing.assert_allclose(means[1], _resized(image, grid), rtol=1e-5)
    rows = area_runs(size, grid)
    assert rows[0, 0] == 0
    assert rows[-1, 1] <= size
    assert (rows[:, 2] > 0).all()


@settings(max_examples=60, deadline=None)
@given(
    height=st.integers(8, 96),
    width=st.integers(8, 96),
    grid=st.sampled_from([6, 8]),
    seed=st.integers(0, 10_000),
)
def test_cell_correlations_agree_with_six_opencv_reductions(
    height: int, width: int, grid: int, seed: int
) -> None:
    a, b, w = _pictures(height, width, seed)
    correlation, in_a, in_either = cell_correlations(a, b, w, grid, MIN_INSIDE, MIN_CONTRAST)
    expected, expected_a, expected_either, n, flattest = _expected(a, b, w, grid)
    # Cells within rounding of a threshold may fall either way; there are none in most
    # examples, and the rest must agree exactly.
    clear = np.abs(n - MIN_INSIDE) > 1e-4
    assert (in_a == expected_a)[clear].all()
    assert (in_either == expected_either)[clear].all()
    # Where both images vary (a cell's correlation is defined), it is the same to single
    # precision's rounding (the variance of values near 128 is a small difference of
    # large squares: a cell of 1-2 pixels' width moves most).
    defined = clear & (flattest > 1.0)
    np.testing.assert_allclose(correlation[defined], expected[defined], atol=5e-3)


def test_a_copy_correlates_in_every_counted_cell_and_another_picture_does_not() -> None:
    a, b, w = _pictures(96, 72, seed=3)
    copy, counted, _ = cell_correlations(a, b, w, 8, MIN_INSIDE, MIN_CONTRAST)
    assert counted.sum() >= 40  # all but the corner the weight leaves out
    assert (copy[counted] > 0.7).all()
    other, _, _ = _pictures(96, 72, seed=4)
    unrelated, counted, _ = cell_correlations(a, other, w, 8, MIN_INSIDE, MIN_CONTRAST)
    assert np.median(unrelated[counted]) < 0.5


def test_a_cell_the_weight_leaves_out_does_not_count() -> None:
    a, b, _ = _pictures(96, 96, seed=5)
    w = np.ones_like(a)
    w[:, :48] = 0.0
    _, in_a, in_either = cell_correlations(a, b, w, 8, MIN_INSIDE, MIN_CONTRAST)
    assert not in_a[:, :4].any()
    assert not in_either[:, :4].any()
    assert in_a[:, 4:].all()


def test_a_thumbnail_thinner_than_the_grid_is_reduced_as_opencv_enlarges_it() -> None:
    a, b, w = _pictures(5, 96, seed=6)
    correlation, in_a, _ = cell_correlations(a, b, w, 8, MIN_INSIDE, MIN_CONTRAST)
    expected, expected_a, _, _, _ = _expected(a, b, w, 8)
    assert (in_a == expected_a).all()
    np.testing.assert_allclose(correlation[in_a], expected[in_a], atol=1e-3)
