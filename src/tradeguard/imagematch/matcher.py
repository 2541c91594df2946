"""The engine: references in, scored candidates out. It never acts on a match.

Two first-stage lookups feed one verifier:

* PDQ variants (:mod:`tradeguard.imagematch.hashing`) in a Hamming index find resized,
  re-compressed, recoloured, turned, mirrored and framed copies in one cheap lookup;
* ORB descriptors in a second Hamming index vote for references sharing local
  features, which finds crops, small rotations, canvases and occluded copies.

Every candidate is then verified geometrically; a very close PDQ match is accepted on
its hash alone, because thumbnails too small for local features are common.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from tradeguard.imagematch.features import RETRIEVAL_FEATURES, Features, OrbExtractor
from tradeguard.imagematch.hashing import MIRRORING, Hasher, PdqVariantHasher
from tradeguard.imagematch.index import FlatHashIndex, HashIndex
from tradeguard.imagematch.results import (
    Candidate,
    DecodedImage,
    HashedVariant,
    IndexNotReady,
    MatchReport,
    RgbPixels,
    Verification,
)
from tradeguard.imagematch.verify import RansacVerifier, Verifier

# PDQ hits up to this distance are verified. On the tuning split PDQ + dihedral keeps
# 99% precision up to distance 54 (docs/benchmarks.md); verification lets the first
# stage go a little further.
HASH_CANDIDATE_RADIUS = 60

# A PDQ distance maps to a score through a logistic curve centred here; Meta's
# recommended match threshold is 31, which scores 0.73.
HASH_MIDPOINT = 34.0
HASH_SCALE = 3.0

# ORB descriptors at most this far apart vote for a reference (of 256 bits; unrelated
# descriptors are ~100+ apart). Chosen, not yet tuned on the benchmark.
DESCRIPTOR_RADIUS = 40

# A reference needs this many distinct voting descriptors to be verified (chosen).
MIN_VOTES = 3

# At most this many candidates per query go to the verifier (best first).
MAX_VERIFIED = 6

# The default decision threshold on the combined score.
MATCH_THRESHOLD = 0.5

# Packing of (reference id, variant) into one index id.
_VARIANT_BITS = 4


@dataclass(frozen=True, slots=True)
class PreparedImage:
    """Everything the engine derives from one image, computed once (and picklable)."""

    hashes: list[HashedVariant]
    features: Features
    pixels: RgbPixels | None = None  # kept for queries (to describe the mirror image)


@dataclass(slots=True)
class _Evidence:
    distance: int = 10**6
    variant: int = 0
    votes: int = 0


@dataclass
class Matcher:
    """Keeps references and finds which of them a query image copies."""

    hasher: Hasher = field(default_factory=PdqVariantHasher)
    extractor: OrbExtractor = field(default_factory=OrbExtractor)
    verifier: Verifier = field(default_factory=RansacVerifier)
    hash_index: HashIndex = field(default_factory=FlatHashIndex)
    descriptor_index: HashIndex = field(default_factory=FlatHashIndex)
    threshold: float = MATCH_THRESHOLD
    _keys: dict[int, str] = field(default_factory=dict)
    _ids: dict[str, int] = field(default_factory=dict)
    _features: dict[int, Features] = field(default_factory=dict)
    _next_id: int = 0

    # -- references -------------------------------------------------------------------

    def prepare_reference(self, image: DecodedImage) -> PreparedImage:
        return PreparedImage(
            self.hasher.reference_hashes(image), self.extractor.extract(image.pixels)
        )

    def prepare_query(self, image: DecodedImage) -> PreparedImage:
        return PreparedImage(
            self.hasher.query_hashes(image), self.extractor.extract(image.pixels), image.pixels
        )

    def add_reference(self, key: str, image: DecodedImage | PreparedImage) -> None:
        """Register (or replace) the reference ``key``."""
        prepared = image if isinstance(image, PreparedImage) else self.prepare_reference(image)
        if key in self._ids:
            self.remove_reference(key)
        ref_id = self._next_id
        self._next_id += 1
        self._keys[ref_id], self._ids[key] = key, ref_id
        self._features[ref_id] = prepared.features
        hash_ids = np.array(
            [(ref_id << _VARIANT_BITS) | h.variant for h in prepared.hashes], dtype=np.int64
        )
        self.hash_index.add(hash_ids, np.stack([h.words for h in prepared.hashes]))
        descriptors = prepared.features.strongest(RETRIEVAL_FEATURES)
        self.descriptor_index.add(np.full(descriptors.shape[0], ref_id, np.int64), descriptors)

    def remove_reference(self, key: str) -> bool:
        """Forget ``key``; returns whether it was known."""
        ref_id = self._ids.pop(key, None)
        if ref_id is None:
            return False
        del self._keys[ref_id]
        del self._features[ref_id]
        variants = [(ref_id << _VARIANT_BITS) | v for v in range(1 << _VARIANT_BITS)]
        self.hash_index.remove(variants)
        self.descriptor_index.remove([ref_id])
        return True

    def __len__(self) -> int:
        return len(self._ids)

    # -- queries ----------------------------------------------------------------------

    def match(self, image: DecodedImage | PreparedImage) -> MatchReport | IndexNotReady:
        """Candidates whose score reaches the threshold, best first."""
        report = self.score_all(image)
        if isinstance(report, IndexNotReady):
            return report
        kept = [c for c in report.candidates if c.score >= self.threshold]
        return MatchReport(candidates=kept)

    def score_all(self, image: DecodedImage | PreparedImage) -> MatchReport | IndexNotReady:
        """Every verified candidate with its score, whatever the threshold."""
        prepared = image if isinstance(image, PreparedImage) else self.prepare_query(image)
        evidence = self._first_stage(prepared)
        if isinstance(evidence, IndexNotReady):
            return evidence
        ranked = sorted(evidence.items(), key=lambda item: (item[1].distance, -item[1].votes))
        by_votes = sorted(evidence.items(), key=lambda item: -item[1].votes)
        chosen: dict[int, _Evidence] = {}
        for ref_id, ev in [*ranked[: MAX_VERIFIED // 2], *by_votes]:
            if len(chosen) >= MAX_VERIFIED:
                break
            chosen.setdefault(ref_id, ev)
        mirrored: Features | None = None
        candidates = []
        for ref_id, ev in chosen.items():
            features = prepared.features
            if ev.variant in MIRRORING and prepared.pixels is not None:
                mirrored = mirrored or self.extractor.extract(prepared.pixels[:, ::-1])
                features = mirrored
            verification = self.verifier.verify(features, self._features[ref_id])
            candidates.append(self._candidate(ref_id, ev, verification))
        candidates.sort(key=lambda c: -c.score)
        return MatchReport(candidates=candidates)

    def _first_stage(self, prepared: PreparedImage) -> dict[int, _Evidence] | IndexNotReady:
        evidence: dict[int, _Evidence] = defaultdict(_Evidence)
        words = np.stack([h.words for h in prepared.hashes])
        hits = self.hash_index.query(words, HASH_CANDIDATE_RADIUS)
        if isinstance(hits, IndexNotReady):
            return hits
        for q, hit_id, distance in zip(
            hits.query.tolist(), hits.ids.tolist(), hits.distances.tolist(), strict=True
        ):
            ev = evidence[hit_id >> _VARIANT_BITS]
            if distance < ev.distance:
                ev.distance, ev.variant = distance, prepared.hashes[q].variant
        descriptors = prepared.features.strongest(RETRIEVAL_FEATURES)
        if descriptors.shape[0]:
            votes = self.descriptor_index.query(descriptors, DESCRIPTOR_RADIUS)
            if isinstance(votes, IndexNotReady):
                return votes
            pairs = np.unique(np.stack([votes.ids, votes.query]), axis=1)
            ref_ids, counts = np.unique(pairs[0], return_counts=True)
            for ref_id, count in zip(ref_ids.tolist(), counts.tolist(), strict=True):
                if count >= MIN_VOTES:
                    evidence[ref_id].votes = count
        return {ref_id: ev for ref_id, ev in evidence.items() if ref_id in self._keys}

    def _candidate(self, ref_id: int, ev: _Evidence, verification: Verification) -> Candidate:
        hash_evidence = hash_score(ev.distance) if ev.distance <= HASH_CANDIDATE_RADIUS else 0.0
        return Candidate(
            reference=self._keys[ref_id],
            score=round(max(verification.score, hash_evidence), 4),
            hash_distance=ev.distance if ev.distance <= HASH_CANDIDATE_RADIUS else None,
            verification=verification,
        )


def hash_score(distance: int) -> float:
    """Map a PDQ distance to [0, 1] (0.5 at :data:`HASH_MIDPOINT`)."""
    return 1.0 / (1.0 + math.exp((distance - HASH_MIDPOINT) / HASH_SCALE))


@dataclass(frozen=True, slots=True)
class ReferenceState:
    """What a :class:`Matcher` knows about its references besides its indexes."""

    keys: dict[int, str]
    features: dict[int, Features]
    next_id: int


def export_state(matcher: Matcher) -> ReferenceState:
    """The matcher's reference table and feature cache (for persistence)."""
    return ReferenceState(dict(matcher._keys), dict(matcher._features), matcher._next_id)


def restore_state(matcher: Matcher, state: ReferenceState) -> None:
    """Install a saved reference table into a matcher whose indexes were loaded."""
    matcher._keys = dict(state.keys)
    matcher._ids = {key: ref_id for ref_id, key in state.keys.items()}
    matcher._features = dict(state.features)
    matcher._next_id = state.next_id
