"""PDQ, Meta's 256-bit perceptual hash, in numpy.

Follows the reference implementation (``pdq/cpp/hashing/pdqhashing.cpp``) step by
step, so hashes can be exchanged with other trust-and-safety systems:

1. luma ``Y = 0.299 R + 0.587 G + 0.114 B``;
2. two passes of a Jarosz box filter along rows and columns, window
   ``(n + 127) // 128``, with the reference's shrinking windows at the edges;
3. decimation to 64 x 64 by sampling the centre of each output cell;
4. a 16 x 16 block of a 64-point DCT-II (frequencies 1..16 in each direction);
5. one bit per coefficient: set when it is above the median of the 256.

Because every step before the threshold is linear, steps 2-4 are folded into two
small matrices per image size (cached), so hashing an image costs two matrix products.
The eight dihedral variants (rotations and mirrors) are derived from the DCT block
with sign flips and a transpose, as the reference does, without touching pixels again.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import numpy.typing as npt

from tradeguard.imagematch.results import HashWords, PdqHash, RgbPixels

FloatArray = npt.NDArray[np.float32]

LUMA_WEIGHTS = np.array([0.299, 0.587, 0.114], dtype=np.float32)
BUFFER_SIDE = 64
DCT_SIDE = 16

# The eight dihedral transforms in the reference's order, as (transpose, flip rows,
# flip columns) applied to the pixel grid in that order. Index 0 is the image itself.
DIHEDRAL = (
    (False, False, False),  # original
    (True, True, False),  # rotate 90 degrees counter-clockwise
    (False, True, True),  # rotate 180
    (True, False, True),  # rotate 270 counter-clockwise
    (False, True, False),  # flip about the x axis (top-bottom)
    (False, False, True),  # flip about the y axis (left-right)
    (True, False, False),  # flip about the main diagonal (transpose)
    (True, True, True),  # flip about the anti-diagonal
)
DIHEDRAL_NAMES = (
    "original",
    "rotate90",
    "rotate180",
    "rotate270",
    "flip_x",
    "flip_y",
    "flip_plus1",
    "flip_minus1",
)
MIRRORING_VARIANTS = frozenset({4, 5, 6, 7})

_BIT_WEIGHTS = (np.uint64(1) << np.arange(64, dtype=np.uint64)).astype(np.uint64)


def luma(pixels: RgbPixels) -> FloatArray:
    """Rec. 601 luma of an RGB image, as PDQ computes it."""
    return (np.asarray(pixels, dtype=np.float32) @ LUMA_WEIGHTS).astype(np.float32, copy=False)


def jarosz_window(old_side: int, new_side: int = BUFFER_SIDE) -> int:
    """The reference's box-filter window for reducing ``old_side`` to ``new_side``."""
    return (old_side + 2 * new_side - 1) // (2 * new_side)


def _box_bounds(length: int, window: int) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Input range ``[lo, hi)`` that each output of the reference's 1-D box filter averages.

    Output ``o`` averages inputs ``o - (window - half) .. o + half - 1`` clipped to the
    vector, with ``half = (window + 2) // 2`` (``box1DFloat`` in the reference).
    """
    half = (window + 2) // 2
    out = np.arange(length, dtype=np.int64)
    return np.maximum(out - (window - half), 0), np.minimum(out + half, length)


@lru_cache(maxsize=512)
def _reduction_matrix(length: int) -> FloatArray:
    """``64 x length``: two box-filter passes then decimation to 64 samples.

    Row ``r`` averages, over the inputs ``i`` of the second pass's window around sample
    ``s`` (weight ``1 / n_s`` each), the first pass's window of ``i`` (``1 / n_i``
    each). Built as a difference array (``+w`` at each window's start, ``-w`` past its
    end) and a cumulative sum: ~0.1 ms for any size, which matters because listing
    images come in every size.
    """
    window = jarosz_window(length)
    samples = ((np.arange(BUFFER_SIDE) + 0.5) * length / BUFFER_SIDE).astype(np.int64)
    lo, hi = _box_bounds(length, window)
    counts = hi[samples] - lo[samples]
    rows = np.repeat(np.arange(BUFFER_SIDE), counts)
    inputs = np.concatenate([np.arange(lo[s], hi[s]) for s in samples.tolist()])
    weights = 1.0 / (np.repeat(counts, counts) * (hi[inputs] - lo[inputs]))
    width = length + 1
    steps = np.bincount(rows * width + lo[inputs], weights, minlength=BUFFER_SIDE * width)
    steps -= np.bincount(rows * width + hi[inputs], weights, minlength=BUFFER_SIDE * width)
    reduction = np.cumsum(steps.reshape(BUFFER_SIDE, width), axis=1)[:, :length]
    out = reduction.astype(np.float32)
    out.setflags(write=False)
    return out


@lru_cache(maxsize=1)
def _dct_matrix() -> FloatArray:
    i = np.arange(1, DCT_SIDE + 1)[:, None]
    j = np.arange(BUFFER_SIDE)[None, :]
    matrix = np.sqrt(2.0 / BUFFER_SIDE) * np.cos(np.pi / 2 / BUFFER_SIDE * i * (2 * j + 1))
    return matrix.astype(np.float32)


def reduce_to_buffer(gray: FloatArray) -> FloatArray:
    """Filter and decimate a luma image to the 64 x 64 buffer PDQ works on."""
    rows, cols = gray.shape
    buffer = _reduction_matrix(rows) @ gray @ _reduction_matrix(cols).T
    return buffer.astype(np.float32, copy=False)


def dct_block(buffer: FloatArray) -> FloatArray:
    """The 16 x 16 low-frequency DCT coefficients of a 64 x 64 buffer."""
    dct = _dct_matrix()
    return (dct @ buffer @ dct.T).astype(np.float32, copy=False)


def quality(buffer: FloatArray) -> int:
    """Meta's image-domain quality metric (0-100; below 50 hashes are unreliable)."""
    vertical = np.trunc((buffer[:-1, :] - buffer[1:, :]) * 100.0 / 255.0)
    horizontal = np.trunc((buffer[:, :-1] - buffer[:, 1:]) * 100.0 / 255.0)
    total = int(np.abs(vertical).sum() + np.abs(horizontal).sum())
    return min(total // 90, 100)


def block_to_words(block: FloatArray) -> HashWords:
    """Threshold a DCT block at its (lower) median and pack the 256 bits."""
    flat = block.reshape(-1)
    median = np.partition(flat, 127)[127]
    bits = (flat > median).reshape(4, 64).astype(np.uint64)
    return np.bitwise_or.reduce(bits * _BIT_WEIGHTS, axis=1).astype(np.uint64)


def dihedral_block(block: FloatArray, variant: int) -> FloatArray:
    """The DCT block of the image turned by dihedral transform ``variant``.

    Mirroring a 64-point DCT-II negates the odd frequencies (1, 3, ...), which sit at
    even indices because the block starts at frequency 1; a transpose of the pixels
    transposes the block.
    """
    transpose, flip_rows, flip_cols = DIHEDRAL[variant]
    signs = np.where(np.arange(DCT_SIDE) % 2 == 0, -1.0, 1.0).astype(np.float32)
    out = block.T if transpose else block
    if flip_rows:
        out = out * signs[:, None]
    if flip_cols:
        out = out * signs[None, :]
    return out


def transform_pixels(pixels: npt.NDArray[np.generic], variant: int) -> npt.NDArray[np.generic]:
    """Apply dihedral transform ``variant`` to an image (for tests and verification)."""
    transpose, flip_rows, flip_cols = DIHEDRAL[variant]
    out = np.swapaxes(pixels, 0, 1) if transpose else pixels
    if flip_rows:
        out = out[::-1]
    if flip_cols:
        out = out[:, ::-1]
    return np.ascontiguousarray(out)


def pdq_from_luma(gray: FloatArray) -> PdqHash:
    """PDQ hash of a luma image (any size of at least 1 x 1)."""
    buffer = reduce_to_buffer(gray)
    return PdqHash(words=block_to_words(dct_block(buffer)), quality=quality(buffer))


def pdq_hash(pixels: RgbPixels) -> PdqHash:
    """PDQ hash of an RGB image."""
    return pdq_from_luma(luma(pixels))


def pdq_dihedral_from_luma(gray: FloatArray) -> tuple[list[HashWords], int]:
    """The eight dihedral PDQ hashes (in :data:`DIHEDRAL` order) and the quality."""
    buffer = reduce_to_buffer(gray)
    block = dct_block(buffer)
    hashes = [block_to_words(dihedral_block(block, v)) for v in range(len(DIHEDRAL))]
    return hashes, quality(buffer)


def hamming(a: HashWords, b: HashWords) -> int:
    """Hamming distance between two packed hashes."""
    return int(np.bitwise_count(np.bitwise_xor(a, b)).sum())


def words_to_bits(words: HashWords) -> npt.NDArray[np.uint8]:
    """Unpack to 256 bits, bit ``k`` at position ``k``."""
    as_bytes = np.ascontiguousarray(words, dtype="<u8").view(np.uint8)
    return np.unpackbits(as_bytes, bitorder="little")


def bits_to_words(bits: npt.NDArray[np.generic]) -> HashWords:
    """Pack 256 bits (bit ``k`` at position ``k``) into words."""
    packed = np.packbits(np.asarray(bits, dtype=np.uint8), bitorder="little")
    return packed.view("<u8").astype(np.uint64)
