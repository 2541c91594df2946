"""The hash distance once the fit has overlaid a listing on its reference (issue 16,
eighth round): a cropped or slightly turned copy hashes far from its reference as a
whole, and close once overlaid; a sibling in the same frame stays far."""

import dataclasses
from collections.abc import Callable

import cv2
import numpy as np
import pytest
from PIL import Image

from tradeguard.imagematch import pdq
from tradeguard.imagematch.features import OrbExtractor
from tradeguard.imagematch.verify import (
    MIN_REGISTERED_SIDE,
    PairEvidence,
    RansacVerifier,
    covered_box,
    pair_score,
)

from .synthetic import photo


def _turned(pixels: np.ndarray) -> np.ndarray:
    """Turned 6 degrees about the middle and cut to 320 x 240 inside the turn."""
    turn = cv2.getRotationMatrix2D((200, 150), 6, 1.0)
    return np.asarray(cv2.warpAffine(pixels, turn, (400, 300)))[30:270, 40:360]


def _framed(seed: int) -> np.ndarray:
    """A different picture (seed) in the middle of one shared frame."""
    frame = photo(50, (400, 300)).copy()
    frame[75:225, 100:300] = np.asarray(Image.fromarray(photo(seed, (400, 300))).resize((200, 150)))
    return frame


def _evidence(listing: np.ndarray, reference: np.ndarray) -> PairEvidence:
    extractor = OrbExtractor()
    evidence = RansacVerifier().evidence(extractor.extract(listing), extractor.extract(reference))
    assert isinstance(evidence, PairEvidence)
    return evidence


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
@pytest.mark.parametrize(
    "copy", [_turned, lambda pixels: pixels[60:, 100:]], ids=["turned 6 degrees", "cropped"]
)
def test_a_copy_far_on_its_hash_is_close_once_overlaid_and_scores_higher(
    seed: int, copy: Callable[[np.ndarray], np.ndarray]
) -> None:
    reference = photo(seed, (400, 300))
    listing = copy(reference)
    whole = pdq.hamming(pdq.pdq_hash(listing).words, pdq.pdq_hash(reference).words)
    evidence = _evidence(listing, reference)
    assert whole > 90  # no hash of the whole listing finds it
    assert evidence.registered_distance is not None
    assert evidence.registered_distance <= 16
    without = dataclasses.replace(evidence, registered_distance=None)
    assert pair_score(evidence) > pair_score(without)


@pytest.mark.parametrize("other", [2, 3, 4])
def test_a_sibling_in_the_same_frame_stays_far_once_overlaid(other: int) -> None:
    evidence = _evidence(_framed(other), _framed(1))
    assert evidence.inliers >= 50  # the frame fits
    assert evidence.registered_distance is not None
    assert evidence.registered_distance > 40
    assert pair_score(evidence) < 0.1


@pytest.mark.parametrize("degrees", [0.0, 5.0, -7.0, 30.0, 90.0])
def test_the_compared_box_is_covered_whole_by_a_turned_listing(degrees: float) -> None:
    turn = cv2.getRotationMatrix2D((48, 40), degrees, 0.8)
    cover = cv2.warpAffine(np.ones((80, 96), np.uint8), turn, (96, 80)) > 0
    box = covered_box(cover)
    assert box is not None
    y0, y1, x0, x1 = box
    assert cover[y0:y1, x0:x1].all()
    assert min(y1 - y0, x1 - x0) >= MIN_REGISTERED_SIDE
    # the bounding box of a turned listing has blank corners: the box is inside it
    if degrees % 90:
        rows, columns = np.flatnonzero(cover.any(axis=1)), np.flatnonzero(cover.any(axis=0))
        assert (y1 - y0) * (x1 - x0) < (rows[-1] + 1 - rows[0]) * (columns[-1] + 1 - columns[0])


def test_a_sliver_of_overlap_is_not_hashed() -> None:
    cover = np.zeros((96, 96), bool)
    cover[10:90, 40:60] = True  # 20 px wide
    assert covered_box(cover) is None
    assert covered_box(np.zeros((96, 96), bool)) is None
