"""The monitoring app's only door into :mod:`tradeguard.imagematch`.

Everything the product needs from the engine goes through this module, so a change of
the engine's API is a one-file fix here. It is pure (no Django imports either):

* :func:`fingerprint_reference` / :func:`fingerprint_query` decode an image and derive
  the engine's first-stage hashes and local features, packed into bytes the database
  stores (:class:`Fingerprint`), so workers rebuild their in-memory index from the
  database without decoding any image again;
* :class:`ReferenceIndex` holds references (monitored images) in memory and answers
  which of them a listing image copies, with the matched region on both images as
  fractions of the image (for the side-by-side review);
* :func:`scan_index` builds a one-reference index to scan stored listing-image
  fingerprints for a newly registered image.

The engine returns candidates with scores; acting on them is the services' job.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import numpy as np

from tradeguard.imagematch.decode import decode_image
from tradeguard.imagematch.features import Features
from tradeguard.imagematch.hashing import Variant
from tradeguard.imagematch.matcher import (
    ACTION_THRESHOLD,
    ACTION_THRESHOLD_GRAPHICS,
    MATCH_THRESHOLD,
    Matcher,
    PreparedImage,
)
from tradeguard.imagematch.results import (
    Basis,
    Candidate,
    DecodedImage,
    DecodeFailure,
    HashedVariant,
    IndexNotReady,
    Verification,
)

# Stored fingerprints carry this version; a worker only loads fingerprints of its own
# version, and bumping it (new hashes or features) makes every image hash again. Kept
# when only smooth images gained keypoints (imagematch.features.FEW_KEYPOINTS): one
# hashed before matches as it did until it is hashed again (docs/monitoring.md).
ENGINE_VERSION = "imagematch-2"

# The score's weights (imagematch.verify) and the complaint thresholds set for them
# change without new fingerprints; each match records the model that scored it
# (Match.score_model), since a score is read against its own model's threshold. The
# fourteenth round's refit (the middle's fine detail) is "score-14"; the twelfth's
# refit kept "score-9" (policy.EARLIER_THRESHOLDS).
SCORE_MODEL = "score-14"

# Shard keys are the top SHARD_BITS bits of an image's plain PDQ hash (see
# docs/monitoring.md, "Image monitoring at scale").
SHARD_BITS = 16
SHARD_SPACE = 1 << SHARD_BITS

# Candidates at or above this score are reported as matches (the engine's default,
# chosen on its benchmark: precision >= 0.99 at that threshold).
DEFAULT_THRESHOLD = MATCH_THRESHOLD

# Matches at or above these scores may pre-fill a complaint: the engine's thresholds
# for precision >= 0.995 on its benchmark, hard negatives included, for photographs and
# other references, and for flat graphics (icons, logos, line art), whose sibling
# drawings need the higher one (docs/benchmarks.md, sixth round).
COMPLAINT_THRESHOLD = ACTION_THRESHOLD
COMPLAINT_THRESHOLD_GRAPHICS = ACTION_THRESHOLD_GRAPHICS

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 as fractions of width/height
WHOLE_IMAGE: Box = (0.0, 0.0, 1.0, 1.0)

_MIRROR_SUFFIX = "~mirror"


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What the database stores per image and role: hashes and local features."""

    hashes: bytes
    features: bytes
    width: int  # of the decoded image the feature coordinates refer to
    height: int
    shard_key: int
    hash_count: int
    feature_count: int


@dataclass(frozen=True, slots=True)
class FingerprintFailure:
    """The image could not be decoded (corrupt, too large, empty)."""

    kind: str
    message: str


@dataclass(frozen=True, slots=True)
class QueryImage:
    """A listing image ready to match: its fingerprint and (when just decoded) pixels."""

    fingerprint: Fingerprint
    prepared: PreparedImage


@dataclass(frozen=True, slots=True)
class Hit:
    """A reference a query image copies, with the evidence the reviewer sees.

    ``basis`` says what the score rests on (a value of
    :class:`~tradeguard.imagematch.results.Basis`); ``own_inliers`` counts the
    matching features inside the reference's own content (outside a template it
    shares with other references); ``template`` names the template (the smallest key
    among the references sharing it; empty when it shares none)."""

    key: str
    score: float
    hash_distance: int | None
    inliers: int
    query_region: Box
    reference_region: Box
    basis: str = Basis.OBJECT.value
    own_inliers: int = 0
    template: str = ""
    turned: bool = False  # matched turned a quarter or more, or mirrored
    graphics: bool = False  # the reference is flat graphics (its complaint threshold is higher)
    score_model: str = SCORE_MODEL
    # The PDQ distance once local features have overlaid the images (None without)
    registered_distance: int | None = None
    # Pixels of ink lost and added, on flat graphics (imagematch Verification)
    lost_ink: int | None = None
    extra_ink: int | None = None
    # The band of the protected image that a line of text across the listing covers,
    # when the registered distance left it out (imagematch Verification.text_band):
    # what the text hides was not compared. None otherwise.
    text_band: Box | None = None


@dataclass(frozen=True, slots=True)
class NotReady:
    """The in-memory index is still being built; retry later (never "no match")."""

    loaded: int
    expected: int


# --- packing ---------------------------------------------------------------------------


def _npz(**arrays: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)  # type: ignore[arg-type]
    return buffer.getvalue()


def _unnpz(data: bytes) -> dict[str, np.ndarray]:
    with np.load(io.BytesIO(data), allow_pickle=False) as loaded:
        return {name: loaded[name] for name in loaded.files}


def pack_hashes(hashes: list[HashedVariant]) -> bytes:
    words = np.stack([h.words for h in hashes]).astype(np.uint64) if hashes else np.zeros((0, 4))
    variants = np.array([int(h.variant) for h in hashes], dtype=np.int16)
    return _npz(words=words.astype(np.uint64), variants=variants)


def unpack_hashes(data: bytes) -> list[HashedVariant]:
    arrays = _unnpz(data)
    return [
        HashedVariant(words=np.ascontiguousarray(words), variant=int(variant))
        for words, variant in zip(arrays["words"], arrays["variants"].tolist(), strict=True)
    ]


def pack_features(features: Features) -> bytes:
    return _npz(
        points=features.points.astype(np.float32),
        descriptors=features.descriptors.astype(np.uint8),
        responses=features.responses.astype(np.float32),
        size=np.array(features.size, dtype=np.int64),
        thumbnail=(
            features.thumbnail if features.thumbnail is not None else np.zeros((0, 0), np.uint8)
        ),
    )


def unpack_features(data: bytes) -> Features:
    arrays = _unnpz(data)
    width, height = (int(v) for v in arrays["size"].tolist())
    return Features(
        points=arrays["points"],
        descriptors=arrays["descriptors"],
        responses=arrays["responses"],
        size=(width, height),
        thumbnail=arrays["thumbnail"] if arrays.get("thumbnail", np.zeros(0)).size else None,
    )


def shard_key_of(hashes: list[HashedVariant]) -> int:
    """The top bits of the image's plain PDQ hash (word 3 holds bits 192-255)."""
    for hashed in hashes:
        if hashed.variant == Variant.ORIGINAL:
            return int(int(hashed.words[3]) >> (64 - SHARD_BITS))
    return 0


def shard_range(shard: int, shards: int) -> tuple[int, int]:
    """The half-open range of shard keys worker ``shard`` of ``shards`` holds."""
    if shards < 1 or not 0 <= shard < shards:
        raise ValueError(f"shard {shard} of {shards} does not exist")
    return shard * SHARD_SPACE // shards, (shard + 1) * SHARD_SPACE // shards


def _fingerprint(prepared: PreparedImage, image: DecodedImage) -> Fingerprint:
    return Fingerprint(
        hashes=pack_hashes(prepared.hashes),
        features=pack_features(prepared.features),
        width=image.width,
        height=image.height,
        shard_key=shard_key_of(prepared.hashes),
        hash_count=len(prepared.hashes),
        feature_count=len(prepared.features),
    )


def prepared_from(fingerprint_hashes: bytes, fingerprint_features: bytes) -> PreparedImage:
    """A stored fingerprint as the engine's prepared image (without pixels)."""
    return PreparedImage(
        hashes=unpack_hashes(fingerprint_hashes),
        features=unpack_features(fingerprint_features),
    )


# --- fingerprints ----------------------------------------------------------------------

_preparer: Matcher | None = None


def _engine() -> Matcher:
    """A matcher used only for its hasher and feature extractor (stateless use)."""
    global _preparer
    if _preparer is None:
        _preparer = Matcher()
    return _preparer


def decode(data: bytes) -> DecodedImage | FingerprintFailure:
    image = decode_image(data)
    if isinstance(image, DecodeFailure):
        return FingerprintFailure(kind=str(image.kind), message=image.message)
    return image


def fingerprint_reference(data: bytes) -> Fingerprint | FingerprintFailure:
    """Decode a protected image and derive its reference-side fingerprint."""
    image = decode(data)
    if isinstance(image, FingerprintFailure):
        return image
    return _fingerprint(_engine().prepare_reference(image), image)


def fingerprint_query(data: bytes) -> QueryImage | FingerprintFailure:
    """Decode a listing image and derive its query-side fingerprint (pixels kept)."""
    image = decode(data)
    if isinstance(image, FingerprintFailure):
        return image
    prepared = _engine().prepare_query(image)
    return QueryImage(fingerprint=_fingerprint(prepared, image), prepared=prepared)


# --- matching --------------------------------------------------------------------------


def _fraction_box(box: tuple[int, int, int, int], size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    width, height = max(1, size[0]), max(1, size[1])
    if x1 <= x0 or y1 <= y0:
        return WHOLE_IMAGE
    return (
        round(max(0.0, x0 / width), 4),
        round(max(0.0, y0 / height), 4),
        round(min(1.0, x1 / width), 4),
        round(min(1.0, y1 / height), 4),
    )


@dataclass
class ReferenceIndex:
    """References in memory (a :class:`Matcher` plus each reference's features)."""

    threshold: float = DEFAULT_THRESHOLD
    matcher: Matcher = field(default_factory=Matcher)
    _features: dict[str, Features] = field(default_factory=dict)
    _building: bool = False
    _expected: int = 0  # references the build in progress will hold

    def __post_init__(self) -> None:
        self.matcher.threshold = self.threshold

    def __len__(self) -> int:
        return len(self.matcher)

    def __contains__(self, key: str) -> bool:
        return key in self._features

    @property
    def building(self) -> bool:
        """Whether a build is in progress (queries answer :class:`NotReady`)."""
        return self._building

    def begin_build(self, expected: int) -> None:
        """Queries answer :class:`NotReady` until :meth:`finish_build`."""
        self._building, self._expected = True, expected
        self.matcher.begin_build(expected)

    def finish_build(self) -> None:
        self._building = False
        self.matcher.finish_build()

    def add(self, key: str, hashes: bytes, features: bytes) -> None:
        """Add (or replace) the reference ``key`` from a stored fingerprint."""
        prepared = prepared_from(hashes, features)
        self.add_prepared(key, prepared)

    def add_prepared(self, key: str, prepared: PreparedImage) -> None:
        self.matcher.add_reference(key, prepared)
        self._features[key] = prepared.features

    def remove(self, key: str) -> bool:
        self._features.pop(key, None)
        return self.matcher.remove_reference(key)

    def match(self, query: PreparedImage, threshold: float | None = None) -> list[Hit] | NotReady:
        """References ``query`` copies (score >= threshold), best first, one per key."""
        if threshold is not None:
            self.matcher.threshold = threshold
        if not len(self.matcher):
            return [] if not self._building else NotReady(loaded=0, expected=self._expected)
        report = self.matcher.match(query)
        if isinstance(report, IndexNotReady):  # counted in references, not index rows
            return NotReady(loaded=len(self.matcher), expected=self._expected)
        hits: dict[str, Hit] = {}
        for candidate in report.candidates:
            key = candidate.reference.removesuffix(_MIRROR_SUFFIX)
            if key in hits and hits[key].score >= candidate.score:
                continue
            hits[key] = self._hit(key, candidate.score, candidate, query)
        return sorted(hits.values(), key=lambda h: -h.score)

    def template_of(self, key: str) -> str:
        """The template ``key`` shares with other references: the smallest key among
        them (empty when it shares none)."""
        ref_id = self.matcher._ids.get(key)
        if ref_id is None:
            return ""
        siblings = self.matcher._shared.get(ref_id, {})
        if not siblings:
            return ""
        keys = [self.matcher._keys[other] for other in siblings if other in self.matcher._keys]
        return min([key, *keys]).removesuffix(_MIRROR_SUFFIX)

    def _hit(self, key: str, score: float, candidate: Candidate, query: PreparedImage) -> Hit:
        verification: Verification | None = candidate.verification
        query_size = query.features.size
        query_region = WHOLE_IMAGE
        reference_region = WHOLE_IMAGE
        inliers = own_inliers = 0
        if verification is not None and verification.score > 0:
            inliers, own_inliers = verification.inliers, verification.own_inliers
            query_region = _fraction_box(verification.region, query_size)
            reference = self._features.get(key)
            if reference is not None:
                # The verifier reports the region in its first argument's coordinates:
                # swapping the pair outlines the same area on the protected image.
                back = self.matcher.verifier.verify(reference, query.features)
                if back.score > 0:
                    reference_region = _fraction_box(back.region, reference.size)
        return Hit(
            key=key,
            score=float(score),
            hash_distance=candidate.hash_distance,
            inliers=inliers,
            query_region=query_region,
            reference_region=reference_region,
            basis=candidate.basis.value,
            own_inliers=own_inliers,
            turned=verification is not None and verification.turned,
            template=self.template_of(candidate.reference),
            graphics=candidate.graphics,
            registered_distance=None if verification is None else verification.registered_distance,
            lost_ink=None if verification is None else verification.lost_ink,
            extra_ink=None if verification is None else verification.extra_ink,
            text_band=None if verification is None else verification.text_band,
        )


def scan_index(
    key: str, hashes: bytes, features: bytes, data: bytes | None = None, *, threshold: float
) -> ReferenceIndex:
    """An index of one reference for scanning stored listing fingerprints.

    Stored listing fingerprints have no pixels, so the engine cannot describe a
    mirrored listing image; instead the reference is also added mirrored (from its
    file's bytes ``data``) under the same key.
    """
    index = ReferenceIndex(threshold=threshold)
    index.add(key, hashes, features)
    if data is not None:
        image = decode(data)
        if not isinstance(image, FingerprintFailure):
            mirrored = DecodedImage(
                pixels=np.ascontiguousarray(image.pixels[:, ::-1]),
                original_size=image.original_size,
            )
            # the mirror image is the reference itself: not a template it shares
            index.matcher.add_reference(
                key + _MIRROR_SUFFIX,
                index.matcher.prepare_reference(mirrored),
                find_shared=False,
                mirror_image=True,
            )
    return index
