"""First stage: the compact hashes of an image and of its variants.

A reference (the protected photo) is hashed in its eight dihedral turns (rotations by
90 degrees and mirrors) and as its content box and main object; a listing image is
hashed as it is and as its content box and main object. A turned or mirrored copy
then hashes like one of its reference's turns, and a copy with a frame, or pasted
smaller on a canvas, like its reference's corresponding region.

The turns live on the reference side because references are few and hashed once,
while every listing image is a query: a listing carries 1-3 hashes instead of 10,
which cuts a brute-force query over 10 M indexed hashes ~3x (docs/benchmarks.md).
"""

from __future__ import annotations

from enum import IntEnum
from typing import Protocol

import numpy as np

from tradeguard.imagematch import pdq, regions
from tradeguard.imagematch.results import DecodedImage, HashedVariant


class Variant(IntEnum):
    """Which part or turn of an image a hash describes (dihedral turns are 0-7)."""

    ORIGINAL = 0
    CONTENT_BOX = 8
    MAIN_OBJECT = 9


MIRRORING = frozenset(pdq.MIRRORING_VARIANTS)

# Crop windows hashed on the reference side, as fractions (x0, y0, x1, y1) of the
# image; variant CROP_BASE + i is window i. A listing cropped to about one of them
# hashes like it, and the window tells the verifier how to overlay the two. Two sizes
# (keeping 88% and 68.5% of each side, the middles of the crops the benchmark makes)
# at the four corners and the centre. Local features find most crops; these find the
# crops of smooth photographs that have too few corners (on the tuning split, tiles of
# the retina photograph).
CROP_BASE = 10
CROP_WINDOWS: tuple[tuple[float, float, float, float], ...] = tuple(
    (x, y, x + keep, y + keep)
    for keep in (0.88, 0.685)
    for x, y in ((0.0, 0.0), (1 - keep, 0.0), (0.0, 1 - keep), (1 - keep, 1 - keep),
                 ((1 - keep) / 2, (1 - keep) / 2))
)  # fmt: skip


class Hasher(Protocol):
    """Turns a decoded image into 256-bit hashes for the index."""

    def reference_hashes(self, image: DecodedImage) -> list[HashedVariant]:
        """Hashes stored for a protected image."""
        ...

    def query_hashes(self, image: DecodedImage) -> list[HashedVariant]:
        """Hashes looked up for an image that may be a copy."""
        ...


class PdqVariantHasher:
    """PDQ of the image and its content box and main object; turns on the reference."""

    def reference_hashes(self, image: DecodedImage) -> list[HashedVariant]:
        gray = pdq.luma(image.pixels)
        turns, _ = pdq.pdq_dihedral_from_luma(gray)
        hashes = [HashedVariant(words, turn) for turn, words in enumerate(turns)]
        height, width = gray.shape
        for number, (fx0, fy0, fx1, fy1) in enumerate(CROP_WINDOWS):
            x0, y0 = round(fx0 * width), round(fy0 * height)
            x1, y1 = max(x0 + 1, round(fx1 * width)), max(y0 + 1, round(fy1 * height))
            crop = np.ascontiguousarray(gray[y0:y1, x0:x1])
            hashes.append(HashedVariant(pdq.pdq_from_luma(crop).words, CROP_BASE + number))
        return hashes + self._region_hashes(image, gray)

    def query_hashes(self, image: DecodedImage) -> list[HashedVariant]:
        gray = pdq.luma(image.pixels)
        hashes = [HashedVariant(pdq.pdq_from_luma(gray).words, Variant.ORIGINAL)]
        return hashes + self._region_hashes(image, gray)

    def _region_hashes(self, image: DecodedImage, gray: pdq.FloatArray) -> list[HashedVariant]:
        out: list[HashedVariant] = []
        content, main = regions.region_boxes(image.pixels)
        boxes = [(Variant.CONTENT_BOX, content), (Variant.MAIN_OBJECT, main)]
        seen: set[tuple[int, int, int, int]] = set()
        for variant, box in boxes:
            if box is None or box in seen:
                continue
            seen.add(box)
            x0, y0, x1, y1 = box
            crop = np.ascontiguousarray(gray[y0:y1, x0:x1])
            out.append(HashedVariant(pdq.pdq_from_luma(crop).words, variant, box))
        return out
