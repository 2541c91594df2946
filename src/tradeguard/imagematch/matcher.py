"""The engine: references in, scored candidates out. It never acts on a match.

Two first-stage lookups feed one verifier:

* PDQ variants (:mod:`tradeguard.imagematch.hashing`) in a Hamming index find resized,
  re-compressed, recoloured, turned, mirrored and framed copies in one cheap lookup;
* ORB descriptors in a second Hamming index vote for references sharing local
  features, which finds crops, small rotations, canvases and occluded copies.

Every candidate is then verified geometrically. A very close PDQ match is accepted
without local features (thumbnails too small for them are common) once the overlay of
the two images, as the hash aligns them, agrees on the reference's own content; and
never for a low-information image (:mod:`tradeguard.imagematch.information`) or a
reference that shares a template with another reference, which hash alike whatever
they show. Flat graphics (icons, logos) are held to more: an icon set's siblings hash
within Meta's threshold of each other, so the overlay must also show no blob of the
reference's ink lost and none added, and a hit that cannot be overlaid is verified on
local features like any other (issue 16, ninth round).

When a reference is added, the references it shares structure with (a frame, a
backdrop, a label) are found with the same two lookups and verified; the cells they
agree on become its *shared structure*, which the verifier discounts (issue 16).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field, replace

import cv2
import numpy as np
import numpy.typing as npt

from tradeguard.imagematch import information, pdq, regions
from tradeguard.imagematch.features import (
    QUERY_RETRIEVAL_FEATURES,
    RETRIEVAL_FEATURES,
    Features,
    OrbExtractor,
)
from tradeguard.imagematch.hashing import (
    CROP_BASE,
    CROP_WINDOWS,
    MIRRORING,
    Hasher,
    PdqVariantHasher,
    Variant,
)
from tradeguard.imagematch.index import FlatHashIndex, HashIndex
from tradeguard.imagematch.regions import Box
from tradeguard.imagematch.results import (
    Basis,
    Candidate,
    DecodedImage,
    HashedVariant,
    IndexNotReady,
    MatchReport,
    RgbPixels,
    Verification,
)
from tradeguard.imagematch.verify import (
    MIN_ALIGNED_AGREEMENT,
    MIN_INLIERS,
    Mask,
    RansacVerifier,
    Verifier,
    aligned_score,
    flat_graphics,
    shared_cells,
)

# PDQ hits up to this distance are verified. On the tuning split PDQ + dihedral keeps
# 99% precision up to distance 54 (docs/benchmarks.md); verification lets the first
# stage go a little further.
HASH_CANDIDATE_RADIUS = 60

# A PDQ hit this close is accepted without local features, which are then not even
# extracted (score >= 0.73). 31 is Meta's recommended PDQ match threshold; on the tuning
# split the closest hit between a listing and a reference it does not copy was at
# distance 46 (27 such hits within 60 among 4,686 listings x 158 references), and PDQ
# + dihedral at <= 31 had precision 1.000 in every family. Raising it from 22 to 31
# changed no tuning-split result, skips local features for ~5% of listings and removed
# 3 false pairs on the held-out split (docs/benchmarks.md).
HASH_ACCEPT_DISTANCE = 31

# A PDQ distance maps to a score through a logistic curve centred here; Meta's
# recommended match threshold is 31, which scores 0.73. Used only for very close hits
# and for hits on a reference's region hash, which cannot be overlaid for the
# verifier; every other hash candidate is verified (verify.py).
HASH_MIDPOINT = 34.0
HASH_SCALE = 3.0

# A listing's ORB descriptor votes for the reference holding its nearest descriptor when
# that is at most this far (of 256 bits; unrelated descriptors are ~100+ apart).
# Chosen; on the tuning split 48 (with MIN_VOTES 2, 300 retrieval descriptors and the
# range vote used until the twelfth round) found no more copies and took twice as long.
DESCRIPTOR_RADIUS = 40

# A reference needs this many votes to be verified (chosen): listing descriptors whose
# nearest reference descriptor is its (FlatHashIndex.votes; docs/benchmarks.md, twelfth
# round).
MIN_VOTES = 3

# At most this many candidates per query go to the verifier (best first). On 800
# listings of the tuning split the copied reference was among the verified candidates
# 438 times with 6 and 436 times with 3 (first in 435), at half the verifications.
MAX_VERIFIED = 3

# A hash candidate the overlay confirms with at least this score is accepted before
# local features are extracted (Matcher._aligned_only).
ALIGNED_SHORTCUT_SCORE = 0.9

# The default decision threshold on the combined score.
MATCH_THRESHOLD = 0.5

# The score at or above which a candidate is certain enough to act on (a complaint
# pre-filled from it), one per kind of reference: the lowest threshold with precision
# >= 0.995 on the tuning split's pairs on references of that kind, hard negatives
# included (evaluate.py prints both; docs/benchmarks.md, sixth to eighth rounds).
# Flat graphics (icons, logos, line art: one ink level on a background,
# verify.flat_graphics) hold most of the hard negatives that score high, icon siblings
# that share most of their drawing; one threshold for both kinds held photographs to
# what icons need. Refitted in the twelfth round, when each listing descriptor came to
# vote for its nearest reference only and more copies (and siblings) reached the
# verifier. Held out, photographs and other references (multi-coloured flags among
# them) at ACTION_THRESHOLD reached precision 0.9957 and recall 0.982; flat graphics
# at ACTION_THRESHOLD_GRAPHICS 0.9920 and 0.893. Refitted in the fourteenth round,
# when the middle's fine detail became an input: flat graphics' threshold rose to
# 0.8815 by the rule (0.8637 reached only 0.9948 on the tuning split). For photographs
# the rule would have fallen to 0.4855, below MATCH_THRESHOLD, the score at which a
# pair is a match at all; between the two the tuning split held 16 copies and 6 false
# pairs, and a complaint is not pre-filled from a band where one pair in four is an
# innocent supplier's, so photographs keep 0.7261 (the tuning split's precision there:
# 0.9976). Held out: photographs and others 0.9962 and 0.986, flat graphics 0.9926
# and 0.893 (benchmarks/imagematch/compare.py gives each its 95 % interval, about
# +-0.003 on precision). In the fifteenth round a smooth photograph of few tones
# stopped counting as flat graphics (verify.MIN_FLAT_FILL); without its copies, flat
# graphics reached only 0.9948 at 0.8815 on the tuning split, and the rule raised
# their threshold to 0.8939 (photographs' would have fallen to 0.4789).
# In the eighteenth round both splits were built again from other icons, flags and
# templates (dataset.py --seed 7 and 8): at 0.8939 flat graphics reached precision
# 0.979 and 0.986 on those seeds' tuning splits and 0.982 and 0.988 held out, where one
# confusable sibling (a clock whose hour hand differs, a caret pointing the other way)
# brings up to 17 false pairs at once. The rule applied to the three tuning splits
# pooled (benchmarks/imagematch/thresholds.py) sets flat graphics at 0.9876; held out,
# precision 0.9957 / 0.9973 / 0.9964 on seeds 6 / 7 / 8, recall 0.816 / 0.832 / 0.812.
# A match between the two thresholds is still shown, marked "look closely", and its
# owner may still report the listing in the IP portal; it no longer pre-fills a
# complaint. Photographs keep 0.7261 (held out 0.9965 / 0.9992 / 0.9977).
ACTION_THRESHOLD = 0.7261
ACTION_THRESHOLD_GRAPHICS = 0.9876

# When a reference is added, at most this many existing references that share
# descriptors or a hash with it are verified against it for shared structure.
SIBLING_CANDIDATES = 6


# Packing of (reference id, variant) into one index id.
_VARIANT_BITS = 5


@dataclass(frozen=True, slots=True)
class PreparedImage:
    """Everything the engine derives from one image, computed once (and picklable)."""

    hashes: list[HashedVariant]
    features: Features
    pixels: RgbPixels | None = None  # kept for queries (to describe the mirror image)


@dataclass(slots=True)
class _Evidence:
    distance: int = 10**6
    variant: int = 0  # the reference-side variant of the closest hash hit
    query_variant: int = 0  # the query-side variant of that hit
    votes: int = 0

    @property
    def hit_distance(self) -> int | None:
        """The closest hash hit's distance, None when none came within
        HASH_CANDIDATE_RADIUS."""
        return self.distance if self.distance <= HASH_CANDIDATE_RADIUS else None


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
    # Per reference: the structure it shares with each sibling reference (a mask over
    # its thumbnail), and whether it carries enough information for its hash to count.
    _shared: dict[int, dict[int, Mask]] = field(default_factory=dict)
    _informative: dict[int, bool] = field(default_factory=dict)
    _graphics: dict[int, bool] = field(default_factory=dict)  # flat graphics, by ref_id
    # References that are another reference's mirror image (see add_reference).
    _mirror_images: set[int] = field(default_factory=set)

    # -- references -------------------------------------------------------------------

    def prepare_reference(self, image: DecodedImage) -> PreparedImage:
        return PreparedImage(
            self.hasher.reference_hashes(image), self.extractor.extract(image.pixels)
        )

    def prepare_query(self, image: DecodedImage) -> PreparedImage:
        return PreparedImage(
            self.hasher.query_hashes(image), self.extractor.extract(image.pixels), image.pixels
        )

    def add_reference(
        self,
        key: str,
        image: DecodedImage | PreparedImage,
        *,
        find_shared: bool = True,
        mirror_image: bool = False,
    ) -> None:
        """Register (or replace) the reference ``key``; unless ``find_shared`` is off
        (a variant of a reference already held, such as its mirror image), find the
        structure it shares with the references already held. ``mirror_image``: the
        image is another reference's mirror image, so a listing that matches it
        upright matches that reference mirrored (the score counts it so)."""
        prepared = image if isinstance(image, PreparedImage) else self.prepare_reference(image)
        if key in self._ids:
            self.remove_reference(key)
        ref_id = self._next_id
        self._next_id += 1
        siblings = self._siblings(prepared) if find_shared else {}
        self._keys[ref_id], self._ids[key] = key, ref_id
        self._features[ref_id] = prepared.features
        self._informative[ref_id] = _informative(prepared.features)
        self._graphics[ref_id] = _graphics(prepared.features)
        if mirror_image:
            self._mirror_images.add(ref_id)
        self._shared[ref_id] = {}
        for other, (mine, theirs) in siblings.items():
            self._shared[ref_id][other] = mine
            self._shared[other][ref_id] = theirs
        hash_ids = np.array(
            [(ref_id << _VARIANT_BITS) | h.variant for h in prepared.hashes], dtype=np.int64
        )
        self.hash_index.add(hash_ids, np.stack([h.words for h in prepared.hashes]))
        descriptors = prepared.features.strongest(RETRIEVAL_FEATURES)
        self.descriptor_index.add(np.full(descriptors.shape[0], ref_id, np.int64), descriptors)

    def begin_build(self, expected: int) -> None:
        """Both indexes answer "not ready" until :meth:`finish_build` (a worker loading
        ``expected`` references); adding references still finds their templates."""
        for index in (self.hash_index, self.descriptor_index):
            begin = getattr(index, "begin_build", None)
            if begin is not None:
                begin(expected)

    def finish_build(self) -> None:
        for index in (self.hash_index, self.descriptor_index):
            finish = getattr(index, "finish_build", None)
            if finish is not None:
                finish()

    def remove_reference(self, key: str) -> bool:
        """Forget ``key``; returns whether it was known."""
        ref_id = self._ids.pop(key, None)
        if ref_id is None:
            return False
        del self._keys[ref_id]
        del self._features[ref_id]
        self._informative.pop(ref_id, None)
        self._graphics.pop(ref_id, None)
        self._mirror_images.discard(ref_id)
        for other in self._shared.pop(ref_id, {}):
            self._shared.get(other, {}).pop(ref_id, None)
        variants = [(ref_id << _VARIANT_BITS) | v for v in range(1 << _VARIANT_BITS)]
        self.hash_index.remove(variants)
        self.descriptor_index.remove([ref_id])
        return True

    def __len__(self) -> int:
        return len(self._ids)

    def shared_mask(self, ref_id: int) -> Mask | None:
        """The union of the structure ``ref_id`` shares with other references."""
        masks = list(self._shared.get(ref_id, {}).values())
        if not masks:
            return None
        return np.maximum.reduce(masks) if len(masks) > 1 else masks[0]

    def _siblings(self, prepared: PreparedImage) -> dict[int, tuple[Mask, Mask]]:
        """Existing references that share structure with a new one: for each, the
        shared mask on the new reference's thumbnail and on the sibling's."""
        if not self._keys:
            return {}
        features = prepared.features
        evidence: dict[int, _Evidence] = defaultdict(_Evidence)
        plain = [h for h in prepared.hashes if h.variant == Variant.ORIGINAL][:1]
        # Among the references held so far, also while an index build is in progress (a
        # worker loading its references): a build that skipped this search would leave
        # every template it loads undiscounted and ungrouped.
        if plain:
            hits = self.hash_index.query(
                np.stack([plain[0].words]), HASH_CANDIDATE_RADIUS, partial=True
            )
            if not isinstance(hits, IndexNotReady):
                for hit_id, distance in zip(
                    hits.ids.tolist(), hits.distances.tolist(), strict=True
                ):
                    ev = evidence[hit_id >> _VARIANT_BITS]
                    if distance < ev.distance:
                        ev.distance, ev.variant = distance, hit_id & ((1 << _VARIANT_BITS) - 1)
        descriptors = features.strongest(RETRIEVAL_FEATURES)
        if descriptors.shape[0]:
            votes = self.descriptor_index.votes(descriptors, DESCRIPTOR_RADIUS, partial=True)
            if not isinstance(votes, IndexNotReady):
                ids, counts = votes
                for other, count in zip(ids.tolist(), counts.tolist(), strict=True):
                    if count >= MIN_VOTES:
                        evidence[other].votes = count
        ranked = sorted(
            (item for item in evidence.items() if item[0] in self._keys),
            key=lambda item: (item[1].distance, -item[1].votes),
        )[:SIBLING_CANDIDATES]
        found: dict[int, tuple[Mask, Mask]] = {}
        for other, ev in ranked:
            theirs_features = self._features[other]
            matrix = self.verifier.fit(theirs_features, features)
            if (
                matrix is None
                and ev.variant < len(pdq.DIHEDRAL)
                and ev.distance <= HASH_CANDIDATE_RADIUS
            ):
                ev.query_variant = Variant.ORIGINAL
                back = hash_alignment(ev, {}, features.size, theirs_features.size)
                matrix = None if back is None else _inverse(back)
            if matrix is None:
                continue
            mine = shared_cells(theirs_features, features, matrix)
            theirs = shared_cells(features, theirs_features, _inverse(matrix))
            if mine is not None and theirs is not None:
                found[other] = (mine, theirs)
        return found

    # -- queries ----------------------------------------------------------------------

    def match(self, image: DecodedImage | PreparedImage) -> MatchReport | IndexNotReady:
        """Candidates whose score reaches the threshold, best first."""
        report = self.score_all(image)
        if isinstance(report, IndexNotReady):
            return report
        kept = [c for c in report.candidates if c.score >= self.threshold]
        return MatchReport(candidates=kept)

    def score_all(self, image: DecodedImage | PreparedImage) -> MatchReport | IndexNotReady:
        """Every verified candidate with its score, whatever the threshold.

        Given pixels, the query is hashed first: when a hash hit is close enough to be
        accepted without local features (and the overlay agrees), the local features
        are never extracted (the costliest step).
        """
        hash_evidence: dict[int, _Evidence] | None = None
        # Whether the query is informative: measured once, on the thumbnail that the
        # outline and the local features share.
        query_informative: bool | None = None
        if isinstance(image, PreparedImage):
            prepared = image
        else:
            hashes = self.hasher.query_hashes(image)
            close = self._hash_stage(hashes)
            if isinstance(close, IndexNotReady):
                return close
            outline: Features | None = None
            if close:
                outline = self.extractor.outline(image.pixels)
                boxes = _boxes_of(hashes, image.pixels)
                query_informative = _informative(outline)
                accepted = self._hash_accepted(
                    close, boxes, outline, query_informative
                ) or self._aligned_only(outline, boxes, close, query_informative)
                if accepted:
                    accepted.sort(key=lambda c: -c.score)
                    return MatchReport(candidates=accepted)
            prepared = PreparedImage(hashes, self.extractor.extract(image.pixels), image.pixels)
            hash_evidence = close  # the same hashes: do not look them up twice
        evidence = self._first_stage(prepared, hash_evidence)
        if isinstance(evidence, IndexNotReady):
            return evidence
        mirrored: Features | None = None
        boxes_found: dict[int, Box | None] | None = None
        if query_informative is None:
            query_informative = _informative(prepared.features)
        candidates = []
        for ref_id, ev in self._worth_verifying(evidence):
            if ev.distance <= HASH_ACCEPT_DISTANCE:
                boxes_found = boxes_found or _boxes_of(prepared.hashes, prepared.pixels)
                accepted = self._hash_accepted(
                    {ref_id: ev}, boxes_found, prepared.features, query_informative
                )
                if accepted:
                    candidates.extend(accepted)
                    continue
            shared = self.shared_mask(ref_id)
            mirror_image: Features | None = None  # when the closest hash hit is mirrored
            if ev.variant in MIRRORING and prepared.pixels is not None:
                mirrored = mirrored or self.extractor.extract(prepared.pixels[:, ::-1])
                mirror_image = mirrored
            verification = self._verified(prepared.features, mirror_image, ref_id, ev, shared)
            basis = _basis_of(verification, shared)
            # Overlaid as the hash aligns them only when local features found no fit
            # (smooth images have few corners): where they fit, their score (which
            # weighs the hash, the overlay and the ink) has judged the pair, and the
            # overlay alone would pass an icon's sibling that agrees but for an emblem.
            if (
                verification.score < self.threshold
                and verification.inliers < MIN_INLIERS
                and ev.distance <= HASH_CANDIDATE_RADIUS
                and query_informative
                and self._hash_trusted(ref_id)
            ):
                boxes_found = boxes_found or _boxes_of(prepared.hashes, prepared.pixels)
                aligned = self._overlaid(ev, boxes_found, prepared.features, ref_id)
                if aligned is not None and aligned.score > verification.score:
                    verification, basis = aligned, Basis.OVERLAY
            candidates.append(self._candidate(ref_id, ev, verification, basis))
        candidates.sort(key=lambda c: -c.score)
        return MatchReport(candidates=candidates)

    def _verified(
        self,
        upright: Features,
        mirrored: Features | None,
        ref_id: int,
        ev: _Evidence,
        shared: Mask | None,
    ) -> Verification:
        """The better of the verifications of the query as it is and, when given, of its
        mirror image (``mirrored``: its features, extracted because the closest hash hit
        was a mirrored variant), with the region in the query's own coordinates.

        A hash hit names an orientation, not a fit: a reference that is nearly its own
        mirror image (most icons, many products shot head on) hashes about as close to
        an upright copy in either orientation, and the mirrored fit would count the
        copy as turned (W_TURNED).
        """
        reference = self._features[ref_id]
        best: Verification | None = None
        for features in (upright, mirrored):
            if features is None:
                continue
            verification = self.verifier.verify(
                features,
                reference,
                shared,
                mirrored=(features is mirrored) != (ref_id in self._mirror_images),
                hash_distance=ev.hit_distance,
            )
            if features is mirrored:
                x0, y0, x1, y1 = verification.region
                width = features.size[0]
                if x1 > x0:
                    verification = replace(verification, region=(width - x1, y0, width - x0, y1))
            if best is None or verification.score > best.score:
                best = verification
        assert best is not None
        return best

    def graphics(self, key: str) -> bool:
        """Whether reference ``key`` is flat graphics (False for an unknown key)."""
        ref_id = self._ids.get(key)
        return ref_id is not None and self._graphics.get(ref_id, False)

    def _hash_trusted(self, ref_id: int) -> bool:
        """Whether a close hash hit on ``ref_id`` may count without local features: the
        reference is informative and shares no template with another reference."""
        return self._informative.get(ref_id, False) and not self._shared.get(ref_id)

    def _hash_accepted(
        self,
        evidence: dict[int, _Evidence],
        boxes: dict[int, Box | None],
        query: Features,
        query_informative: bool,
    ) -> list[Candidate]:
        """The hits within HASH_ACCEPT_DISTANCE that count without local features.

        Both images must be informative, the reference must share no template with
        another reference, and the overlay (as the hash aligns the images) must agree
        with the reference's inside, without a blob of ink lost or added on flat
        graphics (verify.MAX_ALIGNED_INK); a hit on a reference-side region, which
        cannot be overlaid, counts on its hash alone, except on flat graphics, where
        the region is mostly what a set's siblings share (the arcs of a wifi glyph
        without its emblem).
        """
        near = [
            (ref_id, ev)
            for ref_id, ev in evidence.items()
            if ev.distance <= HASH_ACCEPT_DISTANCE and ref_id in self._keys
        ]
        if not near or not query_informative:
            return []
        accepted = []
        for ref_id, ev in near:
            if not self._hash_trusted(ref_id):
                continue
            aligned = self._overlaid(ev, boxes, query, ref_id)
            if aligned is None:
                if not self._graphics.get(ref_id, False):
                    accepted.append(self._candidate(ref_id, ev, None, Basis.HASH))
            elif aligned.own_agreement >= MIN_ALIGNED_AGREEMENT and not aligned.ink_differs:
                accepted.append(self._candidate(ref_id, ev, aligned, Basis.HASH))
        return accepted

    def _aligned_only(
        self,
        outline: Features,
        boxes: dict[int, Box | None],
        evidence: dict[int, _Evidence],
        query_informative: bool,
    ) -> list[Candidate]:
        """The hash candidates that the overlay alone confirms, before local features.

        A hash hit beyond HASH_ACCEPT_DISTANCE but close enough for
        :func:`~tradeguard.imagematch.verify.aligned_score` to reach the threshold is
        overlaid as its hash aligns it; when the overlay agrees, the candidate is
        accepted with that score and local features are never extracted. The full
        path lets the overlay decide only where local features find no fit, so it
        may judge such a pair on them instead (on the tuning split's photographs,
        recall at precision 0.995 was 0.963 with and without that rule of the full
        path, docs/benchmarks.md, ninth round). Like a hit within
        HASH_ACCEPT_DISTANCE, it ends the search for this image: another reference
        the image may also copy (a collage of two protected photos) is not looked for,
        and the full path might have verified a vote-ranked reference in place of the
        third-closest hash hit. On the tuning split this cost no copy and saved the
        local features for ~5% of listing images (docs/benchmarks.md). Neither a
        low-information image nor a reference sharing a template is accepted here,
        nor flat graphics: the full path lets the overlay decide only where local
        features find no fit, and an icon's sibling that differs by an emblem
        overlays at 0.85 agreement and more.
        """
        near = sorted(
            (
                (ref_id, ev)
                for ref_id, ev in evidence.items()
                if self._hash_trusted(ref_id)
                and not self._graphics.get(ref_id, False)
                and aligned_score(ev.distance, 1.0) >= ALIGNED_SHORTCUT_SCORE
            ),
            key=lambda item: item[1].distance,
        )[:MAX_VERIFIED]
        if not near or not query_informative:
            return []
        accepted = []
        for ref_id, ev in near:
            verification = self._overlaid(ev, boxes, outline, ref_id)
            if verification and verification.score >= max(ALIGNED_SHORTCUT_SCORE, self.threshold):
                accepted.append(self._candidate(ref_id, ev, verification, Basis.OVERLAY))
        return accepted

    def _overlaid(
        self, ev: _Evidence, boxes: dict[int, Box | None], query: Features, ref_id: int
    ) -> Verification | None:
        """The verifier's score of the query overlaid on reference ``ref_id`` as the hash
        hit `ev` aligns them; None when the hit cannot be aligned (see hash_alignment)."""
        reference = self._features[ref_id]
        matrix = hash_alignment(ev, boxes, query.size, reference.size)
        if matrix is None:
            return None
        return self.verifier.verify_aligned(
            query, reference, matrix, ev.distance, self.shared_mask(ref_id)
        )

    def _worth_verifying(self, evidence: dict[int, _Evidence]) -> list[tuple[int, _Evidence]]:
        """The closest hash hits, then the most-voted references, at most MAX_VERIFIED.

        Hash hits come first (leaving one place for votes): unrelated images rarely
        come within HASH_CANDIDATE_RADIUS, while every image shares some descriptors.
        """
        by_hash = sorted(
            (item for item in evidence.items() if item[1].distance <= HASH_CANDIDATE_RADIUS),
            key=lambda item: item[1].distance,
        )
        by_votes = sorted(
            (item for item in evidence.items() if item[1].votes >= MIN_VOTES),
            key=lambda item: -item[1].votes,
        )
        chosen: dict[int, _Evidence] = {}
        for ref_id, ev in [*by_hash[: MAX_VERIFIED - 1], *by_votes, *by_hash]:
            if len(chosen) >= MAX_VERIFIED:
                break
            chosen.setdefault(ref_id, ev)
        return list(chosen.items())

    def _hash_stage(self, hashes: list[HashedVariant]) -> dict[int, _Evidence] | IndexNotReady:
        """The closest hash hit per reference within HASH_CANDIDATE_RADIUS."""
        evidence: dict[int, _Evidence] = defaultdict(_Evidence)
        words = np.stack([h.words for h in hashes])
        hits = self.hash_index.query(words, HASH_CANDIDATE_RADIUS)
        if isinstance(hits, IndexNotReady):
            return hits
        for q, hit_id, distance in zip(
            hits.query.tolist(), hits.ids.tolist(), hits.distances.tolist(), strict=True
        ):
            ev = evidence[hit_id >> _VARIANT_BITS]
            if distance < ev.distance:
                ev.distance = distance
                ev.variant = hit_id & ((1 << _VARIANT_BITS) - 1)
                ev.query_variant = hashes[q].variant
        return evidence

    def _first_stage(
        self, prepared: PreparedImage, hash_evidence: dict[int, _Evidence] | None = None
    ) -> dict[int, _Evidence] | IndexNotReady:
        """Hash hits (``hash_evidence`` when the caller already looked the hashes up)
        and descriptor votes per reference."""
        evidence = self._hash_stage(prepared.hashes) if hash_evidence is None else hash_evidence
        if isinstance(evidence, IndexNotReady):
            return evidence
        descriptors = prepared.features.strongest(QUERY_RETRIEVAL_FEATURES)
        if descriptors.shape[0]:
            votes = self.descriptor_index.votes(descriptors, DESCRIPTOR_RADIUS)
            if isinstance(votes, IndexNotReady):
                return votes
            ref_ids, counts = votes
            for ref_id, count in zip(ref_ids.tolist(), counts.tolist(), strict=True):
                if count >= MIN_VOTES:
                    evidence[ref_id].votes = count
        return {ref_id: ev for ref_id, ev in evidence.items() if ref_id in self._keys}

    def _candidate(
        self, ref_id: int, ev: _Evidence, verification: Verification | None, basis: Basis
    ) -> Candidate:
        # The hash distance scores only a very close hit that _hash_accepted let count.
        hash_evidence = hash_score(ev.distance) if basis == Basis.HASH else 0.0
        verified = verification.score if verification is not None else 0.0
        return Candidate(
            reference=self._keys[ref_id],
            score=round(max(verified, hash_evidence), 4),
            hash_distance=ev.hit_distance,
            verification=verification,
            basis=basis,
            graphics=self._graphics.get(ref_id, False),
        )


def _boxes_of(hashes: list[HashedVariant], pixels: RgbPixels | None) -> dict[int, Box | None]:
    """The query's region boxes by variant: as its hashes recorded them, or found
    again in ``pixels`` for hashes read back from storage (none without pixels)."""
    regions_hashed = [h for h in hashes if h.variant in (Variant.CONTENT_BOX, Variant.MAIN_OBJECT)]
    if all(h.box is not None for h in regions_hashed):
        return {h.variant: h.box for h in regions_hashed}
    if pixels is None:
        return {}
    content, main = regions.region_boxes(pixels)
    return {Variant.CONTENT_BOX: content, Variant.MAIN_OBJECT: main}


def hash_alignment(
    ev: _Evidence,
    boxes: dict[int, Box | None],
    query_size: tuple[int, int],
    reference_size: tuple[int, int],
) -> npt.NDArray[np.float64] | None:
    """The 2 x 3 map from query to reference pixels that the closest hash hit implies.

    The query part (whole image, or its content box / main object) is the reference
    turned by the hit's dihedral variant, or the hit's crop window of the reference;
    ``None`` when the reference side of the hit is a region (its box is not kept) or
    the query box is unknown.
    """
    window = (0.0, 0.0, 1.0, 1.0)
    turn = ev.variant
    if CROP_BASE <= ev.variant < CROP_BASE + len(CROP_WINDOWS):
        window, turn = CROP_WINDOWS[ev.variant - CROP_BASE], 0
    elif ev.variant >= len(pdq.DIHEDRAL):
        return None
    x0, y0, x1, y1 = 0, 0, query_size[0], query_size[1]
    if ev.query_variant != Variant.ORIGINAL:
        box = boxes.get(ev.query_variant)
        if box is None:
            return None
        x0, y0, x1, y1 = box
    # Pixel centres: the query part's pixel x maps to (x - x0 + 0.5) / width in the unit
    # square, and the unit square to reference pixel u * width - 0.5.
    width, height = x1 - x0, y1 - y0
    to_unit = np.array(
        [[1 / width, 0, (0.5 - x0) / width], [0, 1 / height, (0.5 - y0) / height], [0, 0, 1]]
    )
    transpose, flip_rows, flip_cols = pdq.DIHEDRAL[turn]
    undo = np.eye(3)  # undo the turn: flip columns, then rows, then the transpose
    if flip_cols:
        undo = np.array([[-1, 0, 1], [0, 1, 0], [0, 0, 1]]) @ undo
    if flip_rows:
        undo = np.array([[1, 0, 0], [0, -1, 1], [0, 0, 1]]) @ undo
    if transpose:
        undo = np.array([[0, 1, 0], [1, 0, 0], [0, 0, 1]]) @ undo
    # the unit square -> the reference window (the whole reference unless cropped)
    wx0, wy0, wx1, wy1 = window
    to_window = np.array([[wx1 - wx0, 0, wx0], [0, wy1 - wy0, wy0], [0, 0, 1]])
    to_pixels = np.array([[reference_size[0], 0, -0.5], [0, reference_size[1], -0.5], [0, 0, 1]])
    return (to_pixels @ to_window @ undo @ to_unit)[:2].astype(np.float64)


def action_threshold(graphics: bool) -> float:
    """The score a candidate needs to be acted on: ACTION_THRESHOLD_GRAPHICS when its
    reference is flat graphics, else ACTION_THRESHOLD."""
    return ACTION_THRESHOLD_GRAPHICS if graphics else ACTION_THRESHOLD


def _graphics(features: Features) -> bool:
    thumbnail = features.thumbnail
    return thumbnail is not None and flat_graphics(thumbnail.astype(np.float32))


def _informative(features: Features) -> bool:
    return information.of_thumbnail(features.thumbnail).informative


def _inverse(matrix: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    return np.asarray(cv2.invertAffineTransform(matrix), dtype=np.float64)


def _basis_of(verification: Verification, shared: Mask | None) -> Basis:
    """Object when local features agree inside the reference's own content; template
    when it shares structure and fewer than MIN_INLIERS of them lie outside it."""
    if shared is not None and verification.own_inliers < MIN_INLIERS:
        return Basis.TEMPLATE
    return Basis.OBJECT


def hash_score(distance: int) -> float:
    """Map a PDQ distance to [0, 1] (0.5 at :data:`HASH_MIDPOINT`)."""
    return 1.0 / (1.0 + math.exp((distance - HASH_MIDPOINT) / HASH_SCALE))


@dataclass(frozen=True, slots=True)
class ReferenceState:
    """What a :class:`Matcher` knows about its references besides its indexes."""

    keys: dict[int, str]
    features: dict[int, Features]
    next_id: int
    shared: dict[int, dict[int, Mask]] = field(default_factory=dict)
    mirror_images: frozenset[int] = frozenset()


def export_state(matcher: Matcher) -> ReferenceState:
    """The matcher's reference table, feature cache and shared structure."""
    shared = {ref_id: dict(masks) for ref_id, masks in matcher._shared.items()}
    return ReferenceState(
        dict(matcher._keys),
        dict(matcher._features),
        matcher._next_id,
        shared,
        frozenset(matcher._mirror_images),
    )


def restore_state(matcher: Matcher, state: ReferenceState) -> None:
    """Install a saved reference table into a matcher whose indexes were loaded."""
    matcher._keys = dict(state.keys)
    matcher._ids = {key: ref_id for ref_id, key in state.keys.items()}
    matcher._features = dict(state.features)
    matcher._next_id = state.next_id
    matcher._shared = {ref_id: {} for ref_id in state.keys}
    for ref_id, masks in state.shared.items():
        if ref_id in matcher._shared:
            matcher._shared[ref_id].update(masks)
    matcher._informative = {
        ref_id: _informative(features) for ref_id, features in state.features.items()
    }
    matcher._graphics = {ref_id: _graphics(features) for ref_id, features in state.features.items()}
    matcher._mirror_images = set(state.mirror_images) & set(state.keys)
