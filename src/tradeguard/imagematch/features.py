"""Local features (OpenCV ORB) for retrieval and geometric verification.

ORB descriptors are 256-bit binary strings, so the same Hamming index that holds PDQ
hashes also finds which references share local features with a listing image: the
recall path for crops, small rotations, images placed on a canvas and occlusions,
which move or cover too much of the image for any global hash.

Keypoints are spread over a grid: ORB detects several times the budget, and each grid
cell keeps its strongest few before the rest are filled in by strength. Text, a
watermark or a caption bar makes many strong corners; without the grid they take most
of the budget and leave the picture (the part that identifies the copy) undescribed.
Descriptors are stored in that selection order (round by round over the cells), so
the first ones are the best spread for retrieval.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from tradeguard.imagematch.results import RgbPixels

# Images are rescaled so their longest side is this many pixels before detection, so
# that references and listings are described at comparable scales (ORB's 8-level
# pyramid covers the remaining 0.3x-3x). On the tuning split 320 instead of 400 kept
# recall (0.958 vs 0.957 at precision >= 0.998) and made ORB ~10% faster.
FEATURE_SIDE = 320

# Keypoints per image, spread over a GRID x GRID grid of cells; ORB first detects
# DETECT_FACTOR times the budget to choose from (500 chosen, half the previous 1,000
# strongest). On the tuning split DETECT_FACTOR 2 instead of 3 lost copies with text
# across the middle (recall 0.943 -> 0.886): the text's corners crowd out the
# picture's in the cells they cross.
MAX_FEATURES = 500
GRID = 4
DETECT_FACTOR = 3

# The longest side of the grayscale thumbnail kept with the features (~9 KB); 128
# separated copies from false pairs no better on the tuning split.
THUMBNAIL_SIDE = 96

# Descriptors per reference that go into the retrieval index, and per listing image
# that are looked up in it (the first in selection order, i.e. spread over the grid).
# Brute-force retrieval costs their product per reference; on 800 listings of the
# tuning split, 160 x 120 instead of 200 x 200 still put the copied reference first
# among the candidates for 435 of the 436 copies verified, at 48% of the cost. On the
# whole tuning split 128 x 120 then found exactly the copies 160 x 120 found (112 lost
# a combined-family copy, 96 and 120 x 100 lost more), at 80% of the retrieval cost.
# Since each listing descriptor votes only for its nearest reference (twelfth round),
# 128 x 90 instead of 128 x 120 found one copy fewer and one more on the tuning split
# (60 lost 5, four of them `combined`), and held out 2 copies fewer and 2 false pairs
# fewer of 4,333 copies, for 12 % less CPU a listing (docs/benchmarks.md, fourteenth
# round).
RETRIEVAL_FEATURES = 128
QUERY_RETRIEVAL_FEATURES = 90

# ORB's pyramid levels (scale factor 1.2 each).
PYRAMID_LEVELS = 8

# FAST threshold; below OpenCV's default (20) to find corners on soft, upscaled photos.
FAST_THRESHOLD = 12

# An image with fewer than FEW_KEYPOINTS keypoints at FAST_THRESHOLD (a smooth crop: a
# retina's orange, the moon's grey, a product without texture) is detected again at
# SOFT_FAST_THRESHOLD, reference and listing alike. With none, a copy could be found
# only on its hash, which a crop, a turn or text across it moves. On the tuning split
# 36 more copies were found and 1 lost, with the same false pairs; held out 10 and 1
# (p = 0.012). On the tuning split a threshold of 2 instead of 4 found 2 more; 128
# keypoints instead of 64 found 4 others and missed 4, 32 missed 4. About 8 % of
# held-out listings are detected twice, for 4 % more CPU a listing
# (docs/benchmarks.md, fifteenth round).
FEW_KEYPOINTS = 64
SOFT_FAST_THRESHOLD = 4


@dataclass(frozen=True, slots=True)
class Features:
    """Keypoint positions (in the image's own pixel coordinates) and descriptors."""

    points: npt.NDArray[np.float32]  # N x 2 (x, y)
    descriptors: npt.NDArray[np.uint8]  # N x 32
    responses: npt.NDArray[np.float32]  # N
    size: tuple[int, int]  # (width, height) of the image the points refer to
    # A small grayscale copy of the image (longest side THUMBNAIL_SIDE) for the
    # verifier's check that the images agree beyond the matched keypoints.
    thumbnail: npt.NDArray[np.uint8] | None = None

    def __len__(self) -> int:
        return int(self.points.shape[0])

    def strongest(self, count: int) -> npt.NDArray[np.uint64]:
        """The first ``count`` descriptors (selection order: spread over the image,
        strongest first in each cell) as packed 256-bit hashes (count x 4)."""
        return np.ascontiguousarray(self.descriptors[:count]).view(np.uint64).reshape(-1, 4)


class OrbExtractor:
    """Computes :class:`Features` with OpenCV's ORB."""

    def __init__(
        self,
        *,
        side: int = FEATURE_SIDE,
        max_features: int = MAX_FEATURES,
        fast_threshold: int = FAST_THRESHOLD,
    ) -> None:
        self._side = side
        self._budget = max_features
        self._orb = cv2.ORB.create(
            nfeatures=DETECT_FACTOR * max_features,
            fastThreshold=fast_threshold,
            edgeThreshold=15,
            nlevels=PYRAMID_LEVELS,
        )
        self._soft_orb = cv2.ORB.create(
            nfeatures=DETECT_FACTOR * max_features,
            fastThreshold=SOFT_FAST_THRESHOLD,
            edgeThreshold=15,
            nlevels=PYRAMID_LEVELS,
        )

    def outline(self, pixels: RgbPixels) -> Features:
        """The image's size and thumbnail without keypoints: all an overlay check needs,
        at a tenth of the cost of :meth:`extract`."""
        gray, _ = self._gray(pixels)
        height, width = pixels.shape[:2]
        return _no_keypoints((width, height), make_thumbnail(gray))

    def _gray(self, pixels: RgbPixels) -> tuple[npt.NDArray[np.uint8], float]:
        """Grayscale at FEATURE_SIDE pixels on the longest side, and that scale."""
        height, width = pixels.shape[:2]
        scale = self._side / max(height, width)
        gray = cv2.cvtColor(np.ascontiguousarray(pixels), cv2.COLOR_RGB2GRAY)
        if abs(scale - 1.0) <= 0.05:
            return np.asarray(gray, dtype=np.uint8), 1.0
        interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        return np.asarray(cv2.resize(gray, size, interpolation=interpolation), np.uint8), scale

    def extract(self, pixels: RgbPixels) -> Features:
        gray, scale = self._gray(pixels)
        height, width = pixels.shape[:2]
        thumbnail = make_thumbnail(gray)
        detected, described = self._orb.detectAndCompute(gray, None)
        if len(detected) < FEW_KEYPOINTS:
            detected, described = self._soft_orb.detectAndCompute(gray, None)
        if described is None or not detected:
            return _no_keypoints((width, height), thumbnail)
        all_points = np.asarray(cv2.KeyPoint.convert(detected), dtype=np.float32).reshape(-1, 2)
        all_responses = np.fromiter(
            (kp.response for kp in detected), dtype=np.float32, count=len(detected)
        )
        chosen = spread(all_points, all_responses, gray.shape[1], gray.shape[0], self._budget)
        points = all_points[chosen] / scale
        responses = all_responses[chosen]
        return Features(
            points=points,
            descriptors=np.ascontiguousarray(described[chosen], dtype=np.uint8),
            responses=responses,
            size=(width, height),
            thumbnail=thumbnail,
        )


def _no_keypoints(size: tuple[int, int], thumbnail: npt.NDArray[np.uint8]) -> Features:
    return Features(
        points=np.zeros((0, 2), np.float32),
        descriptors=np.zeros((0, 32), np.uint8),
        responses=np.zeros(0, np.float32),
        size=size,
        thumbnail=thumbnail,
    )


def make_thumbnail(gray: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    """``gray`` reduced to :data:`THUMBNAIL_SIDE` pixels on its longest side."""
    height, width = gray.shape[:2]
    scale = THUMBNAIL_SIDE / max(height, width)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    return np.ascontiguousarray(cv2.resize(gray, size, interpolation=interpolation))


def spread(
    points: npt.NDArray[np.float32],
    responses: npt.NDArray[np.float32],
    width: int,
    height: int,
    budget: int,
) -> npt.NDArray[np.int64]:
    """Indices of up to ``budget`` keypoints in round-robin order over a grid.

    Round ``k`` takes the ``k``-th strongest keypoint of every :data:`GRID` x
    :data:`GRID` cell (strongest first), so any prefix is spread over the image.
    """
    if points.shape[0] == 0:
        return np.zeros(0, dtype=np.int64)
    cx = np.minimum((points[:, 0] * GRID / max(width, 1)).astype(np.int64), GRID - 1)
    cy = np.minimum((points[:, 1] * GRID / max(height, 1)).astype(np.int64), GRID - 1)
    cell = cy * GRID + cx
    order = np.lexsort((-responses, cell))  # by cell, strongest first within a cell
    sorted_cells = cell[order]
    starts = np.searchsorted(sorted_cells, sorted_cells, side="left")
    rank = np.arange(order.shape[0]) - starts  # rank of each keypoint within its cell
    priority = np.lexsort((-responses[order], rank))[:budget]
    return order[priority].astype(np.int64)
