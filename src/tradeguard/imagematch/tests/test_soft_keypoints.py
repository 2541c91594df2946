"""A smooth image is detected again at a lower FAST threshold (features.FEW_KEYPOINTS).

A crop of a retina has hardly a corner at FAST_THRESHOLD, so a copy of it could be
found only on its hash, which a crop or a small turn moves out of reach.
"""

from __future__ import annotations

import cv2
import numpy as np

from tradeguard.imagematch.features import FEW_KEYPOINTS, OrbExtractor
from tradeguard.imagematch.matcher import ACTION_THRESHOLD, Matcher
from tradeguard.imagematch.results import MatchReport

from .test_flat_fill import _fundus
from .test_hard_negatives import _decoded


def _cropped_and_turned(pixels: np.ndarray, keep: float, degrees: float) -> np.ndarray:
    height, width = pixels.shape[:2]
    turn = cv2.getRotationMatrix2D((width / 2, height / 2), degrees, 1.0)
    turned = cv2.warpAffine(pixels, turn, (width, height), borderMode=cv2.BORDER_REFLECT)
    side = round(min(width, height) * keep)
    top, left = (height - side) // 3, (width - side) // 2
    return np.ascontiguousarray(turned[top : top + side, left : left + side])


def test_a_smooth_image_gets_keypoints_from_the_second_detection() -> None:
    extractor = OrbExtractor()
    gray, _ = extractor._gray(_fundus(1))
    assert len(extractor._orb.detect(gray, None)) < FEW_KEYPOINTS  # at FAST_THRESHOLD
    assert len(extractor.extract(_fundus(1))) >= FEW_KEYPOINTS


def test_a_cropped_and_turned_copy_of_a_smooth_image_is_found() -> None:
    matcher = Matcher()
    for seed in (1, 2, 3):
        matcher.add_reference(f"fundus-{seed}.png", _decoded(_fundus(seed)))
    report = matcher.score_all(_decoded(_cropped_and_turned(_fundus(2), 0.7, 5)))
    assert isinstance(report, MatchReport)
    assert report.candidates, "the copy was not even a candidate"
    best = report.candidates[0]
    assert best.reference == "fundus-2.png"
    assert best.score >= ACTION_THRESHOLD
    assert best.verification is not None
    assert best.verification.inliers >= 10  # found on local features, not its hash
    assert all(c.score < ACTION_THRESHOLD for c in report.candidates[1:])
