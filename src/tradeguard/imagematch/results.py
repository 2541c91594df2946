"""Explicit result types shared by the engine's stages.

Every stage returns one of these dataclasses; none of them signals failure with a
sentinel value such as ``""`` or ``None`` hash. Callers branch on the type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np
import numpy.typing as npt

HashWords = npt.NDArray[np.uint64]
"""A 256-bit hash packed little-endian into four ``uint64`` words (bit ``k`` of the
hash is bit ``k % 64`` of word ``k // 64``)."""

RgbPixels = npt.NDArray[np.uint8]
"""An ``H x W x 3`` RGB image."""


class DecodeErrorKind(StrEnum):
    """Why an image could not be decoded."""

    UNREADABLE = "unreadable"  # not an image, truncated or corrupt
    TOO_LARGE = "too_large"  # over the decompression-bomb pixel limit
    EMPTY = "empty"  # zero-sized image


@dataclass(frozen=True, slots=True)
class DecodedImage:
    """Pixels ready for hashing: RGB, EXIF-upright, alpha flattened on white."""

    pixels: RgbPixels
    original_size: tuple[int, int]  # (width, height) before any reduction

    @property
    def width(self) -> int:
        return int(self.pixels.shape[1])

    @property
    def height(self) -> int:
        return int(self.pixels.shape[0])


@dataclass(frozen=True, slots=True)
class DecodeFailure:
    """An image that could not be decoded; the engine reports it and moves on."""

    kind: DecodeErrorKind
    message: str


DecodeResult = DecodedImage | DecodeFailure


@dataclass(frozen=True, slots=True)
class PdqHash:
    """A PDQ hash with its quality score (0-100, Meta's image-domain metric)."""

    words: HashWords
    quality: int

    def to_hex(self) -> str:
        """Meta's 64-hex-digit format (most significant 16-bit word first)."""
        return words_to_hex(self.words)


@dataclass(frozen=True, slots=True)
class HashedVariant:
    """One hash of one variant (a crop, a trimmed copy, a dihedral turn) of an image."""

    words: HashWords
    variant: int  # index into the hasher's variant table
    # The part of the image hashed (x0, y0, x1, y1) for a region variant of a query
    # image; None for the whole image, turns, crop windows, and hashes read back from
    # storage.
    box: tuple[int, int, int, int] | None = None


@dataclass(frozen=True, slots=True)
class IndexNotReady:
    """The index is still building; the query must be retried later."""

    loaded: int
    expected: int


@dataclass(frozen=True, slots=True)
class IndexHits:
    """Every indexed hash within the radius of at least one query hash.

    ``query`` indexes the query hashes, ``ids`` are the stored ids and ``distances`` the
    Hamming distances; the three arrays are parallel.
    """

    query: npt.NDArray[np.int64]
    ids: npt.NDArray[np.int64]
    distances: npt.NDArray[np.int32]

    def __len__(self) -> int:
        return int(self.ids.shape[0])


IndexQueryResult = IndexHits | IndexNotReady


@dataclass(frozen=True, slots=True)
class Verification:
    """The geometric check of one (candidate, reference) pair.

    ``score`` is in [0, 1]; ``region`` is the matched area in the candidate as an
    ``(x0, y0, x1, y1)`` box in the candidate's pixel coordinates (empty when nothing
    matched).
    """

    score: float
    inliers: int
    matches: int
    coverage: float
    region: tuple[int, int, int, int] = (0, 0, 0, 0)
    agreement: float = 0.0  # mean cell correlation of the overlaid images (whole overlap)
    # The same measured on the reference's own content, outside the structure it
    # shares with other references (a template, a frame, a label): equal to the whole
    # when it shares none.
    own_inliers: int = 0
    own_agreement: float = 0.0
    shared_share: float = 0.0  # the share of the reference's detail that is shared
    turned: bool = False  # the fit turns the candidate a quarter or more, or mirrors it
    # The PDQ distance of the two images once the fit overlays them (None without a fit
    # or when the overlap is too small to hash; verify.registered_distance).
    registered_distance: int | None = None
    # Overlaid as a hash hit aligns them, the candidate lacks a blob of the reference's
    # ink or adds one where it has background (flat graphics; verify.MAX_ALIGNED_INK).
    ink_differs: bool = False
    # Pixels (of the reference's 96 px thumbnail) of the largest blob of its ink that the
    # overlaid candidate lacks, and of the largest solid blob the candidate adds where
    # the reference has background (verify.lost_ink, verify.extra_ink); None unless
    # the reference is flat graphics and the images were overlaid.
    lost_ink: int | None = None
    extra_ink: int | None = None
    # The band of rows that a line of text across the listing covers, (x0, y0, x1, y1)
    # as fractions of the reference's width and height, when the registered distance
    # was measured without it (flat graphics; verify.text_band): what the text hides
    # was not compared. None otherwise.
    text_band: tuple[float, float, float, float] | None = None


class Basis(StrEnum):
    """What a candidate's score rests on (the reviewer's "why")."""

    OBJECT = "object"  # local features and overlay agree on the reference's own content
    TEMPLATE = "template"  # agreement mostly where the reference shares a template
    OVERLAY = "overlay"  # the hash aligned the images and the overlay agrees
    HASH = "hash"  # a very close hash, confirmed by the overlay where it can be


@dataclass(frozen=True, slots=True)
class Candidate:
    """A reference that the engine judges the query image to copy, with its evidence."""

    reference: str
    score: float
    hash_distance: int | None  # best PDQ distance, None when only local features found it
    verification: Verification | None = None
    basis: Basis = Basis.OBJECT
    # The reference is flat graphics (an icon, a logo, line art): a match on it needs
    # the higher complaint threshold (matcher.action_threshold).
    graphics: bool = False


@dataclass(frozen=True, slots=True)
class MatchReport:
    """All candidates for one query image, best first."""

    candidates: list[Candidate] = field(default_factory=list)


def words_to_hex(words: HashWords) -> str:
    """Format packed words as Meta's PDQ hex string (64 hex digits)."""
    value = 0
    for index, word in enumerate(words.tolist()):
        value |= int(word) << (64 * index)
    return f"{value:064x}"


def hex_to_words(text: str) -> HashWords:
    """Parse Meta's PDQ hex string into packed words."""
    if len(text) != 64:
        raise ValueError(f"a PDQ hash has 64 hex digits, got {len(text)}")
    value = int(text, 16)
    mask = (1 << 64) - 1
    return np.array([(value >> (64 * i)) & mask for i in range(4)], dtype=np.uint64)
