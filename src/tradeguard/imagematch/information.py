"""How much an image says about itself: flat graphics cannot be told apart by hashes.

A plain red rectangle, a tricolour flag or a banner of two colours has a PDQ hash (often
of full quality: PDQ's quality measures gradient, and a stripe boundary is a strong
gradient), but every other plain graphic of the same layout hashes alike: on the
independent benchmark of issue 16 such graphics "matched" each other at score 1.0. What
distinguishes one picture from another is detail: corners, not just edges. An image
is *informative* when its PDQ quality is at least :data:`MIN_QUALITY` and its
grayscale thumbnail has either at least :data:`MIN_CORNERS` distinct corners
(Shi-Tomasi, away from the border) or at least :data:`MIN_TONES` tones in use (a smooth
photograph has few corners but many tones; a flag, a banner or an icon has few of
each). A low-information image can neither match nor be matched on its hash alone: it
needs local features inside it that the verifier can check.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from tradeguard.imagematch import pdq
from tradeguard.imagematch.results import RgbPixels

# The thumbnail the corners are counted on (longest side, pixels) and the border
# left out (a crop or a frame adds corners there that say nothing about the picture).
SIDE = 96
BORDER = 4

# Shi-Tomasi corners: quality relative to the strongest corner, minimum spacing.
CORNER_QUALITY = 0.05
CORNER_SPACING = 3
MAX_CORNERS = 64

# Fewer corners than this, or PDQ quality below MIN_QUALITY (Meta treats hashes of
# quality < 50 as unreliable), is a low-information image. Flags of plain stripes have
# 0-3 corners; flags with an emblem, icons and photographs 20-64 (measured on flagpy's
# flags and the benchmark's icons and tiles, docs/benchmarks.md).
MIN_CORNERS = 12
MIN_QUALITY = 50

# Tones: grey levels in bins of TONE_BIN levels, counted when a bin holds at least
# TONE_SHARE of the thumbnail's pixels. Flags and icons after a low-quality JPEG use
# 2-12 (a few flags with emblems more); photograph tiles 14-60.
TONE_BIN = 4
TONE_SHARE = 0.005
MIN_TONES = 16


@dataclass(frozen=True, slots=True)
class Information:
    """An image's corner count and PDQ quality, and whether they suffice."""

    corners: int
    tones: int
    quality: int

    @property
    def informative(self) -> bool:
        detailed = self.corners >= MIN_CORNERS or self.tones >= MIN_TONES
        return detailed and self.quality >= MIN_QUALITY


def thumbnail(gray: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    """``gray`` at :data:`SIDE` px on its longest side."""
    height, width = gray.shape[:2]
    scale = SIDE / max(height, width)
    if abs(scale - 1.0) <= 0.05:
        return gray
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    return np.asarray(cv2.resize(gray, size, interpolation=interpolation), np.uint8)


def tone_count(small: npt.NDArray[np.uint8]) -> int:
    """Grey-level bins in use in a thumbnail (see :data:`MIN_TONES`)."""
    histogram = np.bincount((small // TONE_BIN).ravel(), minlength=256 // TONE_BIN)
    return int(np.count_nonzero(histogram >= TONE_SHARE * small.size))


def corner_count(small: npt.NDArray[np.uint8]) -> int:
    """Distinct corners of a grayscale thumbnail (see :func:`thumbnail`)."""
    gray = small
    height, width = gray.shape[:2]
    if min(height, width) <= 2 * BORDER + 2:
        return 0
    mask = np.zeros((height, width), np.uint8)
    mask[BORDER:-BORDER, BORDER:-BORDER] = 255
    corners = cv2.goodFeaturesToTrack(
        np.ascontiguousarray(gray),
        maxCorners=MAX_CORNERS,
        qualityLevel=CORNER_QUALITY,
        minDistance=CORNER_SPACING,
        mask=mask,
    )
    return 0 if corners is None else int(corners.shape[0])


def of_thumbnail(small: npt.NDArray[np.uint8] | None) -> Information:
    """The information of a features thumbnail (already :data:`SIDE` px); PDQ quality
    is not known there and counts as sufficient."""
    if small is None:
        return Information(corners=0, tones=0, quality=0)
    return Information(corners=corner_count(small), tones=tone_count(small), quality=100)


def measure(gray: npt.NDArray[np.uint8], quality: int) -> Information:
    """The information of a grayscale image whose PDQ quality is known."""
    small = thumbnail(gray)
    return Information(corners=corner_count(small), tones=tone_count(small), quality=quality)


def information(pixels: RgbPixels) -> Information:
    """Corners, tones and PDQ quality of an RGB image."""
    gray = np.asarray(cv2.cvtColor(np.ascontiguousarray(pixels), cv2.COLOR_RGB2GRAY), np.uint8)
    return measure(gray, pdq.pdq_from_luma(pdq.luma(pixels)).quality)
