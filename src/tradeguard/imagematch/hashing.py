"""First stage: the compact hashes of an image and of its variants.

A reference (the protected photo) is hashed as it is and as its content box and main
object; a listing image is hashed in its eight dihedral turns (rotations by 90 degrees
and mirrors) and as its content box and main object. A copy with a frame, or pasted
smaller on a canvas, then hashes like its reference's corresponding variant.
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


class Hasher(Protocol):
    """Turns a decoded image into 256-bit hashes for the index."""

    def reference_hashes(self, image: DecodedImage) -> list[HashedVariant]:
        """Hashes stored for a protected image."""
        ...

    def query_hashes(self, image: DecodedImage) -> list[HashedVariant]:
        """Hashes looked up for an image that may be a copy."""
        ...


class PdqVariantHasher:
    """PDQ of the image, its dihedral turns, content box and main object."""

    def reference_hashes(self, image: DecodedImage) -> list[HashedVariant]:
        gray = pdq.luma(image.pixels)
        hashes = [HashedVariant(pdq.pdq_from_luma(gray).words, Variant.ORIGINAL)]
        return hashes + self._region_hashes(image, gray)

    def query_hashes(self, image: DecodedImage) -> list[HashedVariant]:
        gray = pdq.luma(image.pixels)
        turns, _ = pdq.pdq_dihedral_from_luma(gray)
        hashes = [HashedVariant(words, turn) for turn, words in enumerate(turns)]
        return hashes + self._region_hashes(image, gray)

    def _region_hashes(self, image: DecodedImage, gray: pdq.FloatArray) -> list[HashedVariant]:
        out: list[HashedVariant] = []
        boxes = [
            (Variant.CONTENT_BOX, regions.content_box(image.pixels)),
            (Variant.MAIN_OBJECT, regions.main_object_box(image.pixels)),
        ]
        seen: set[tuple[int, int, int, int]] = set()
        for variant, box in boxes:
            if box is None or box in seen:
                continue
            seen.add(box)
            x0, y0, x1, y1 = box
            crop = np.ascontiguousarray(gray[y0:y1, x0:x1])
            out.append(HashedVariant(pdq.pdq_from_luma(crop).words, variant))
        return out
