from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from tradeguard.imagematch.features import Features, OrbExtractor
from tradeguard.imagematch.index import FlatHashIndex
from tradeguard.imagematch.kernels import knn2_hamming
from tradeguard.imagematch.matcher import (
    ALIGNED_SHORTCUT_SCORE,
    HASH_ACCEPT_DISTANCE,
    Matcher,
    PreparedImage,
    _boxes_of,
    hash_alignment,
)
from tradeguard.imagematch.results import DecodedImage, IndexNotReady, MatchReport
from tradeguard.imagematch.store import load_matcher, save_matcher
from tradeguard.imagematch.verify import MIN_ALIGNED_AGREEMENT, RansacVerifier, overlay_agreement

from .synthetic import photo, watermark


def _decoded(pixels: np.ndarray) -> DecodedImage:
    return DecodedImage(pixels=np.ascontiguousarray(pixels), original_size=pixels.shape[1::-1])


def _crop_watermark(pixels: np.ndarray) -> np.ndarray:
    height, width = pixels.shape[:2]
    cropped = pixels[int(0.05 * height) : int(0.80 * height), int(0.20 * width) : int(0.92 * width)]
    return watermark(cropped)


def test_verifier_accepts_cropped_watermarked_copy_and_rejects_unrelated() -> None:
    extractor, verifier = OrbExtractor(), RansacVerifier()
    original = photo(1, (400, 300))
    copy = _crop_watermark(original)
    accepted = verifier.verify(extractor.extract(copy), extractor.extract(original))
    rejected = verifier.verify(extractor.extract(photo(2, (400, 300))), extractor.extract(original))
    assert accepted.score > 0.9
    assert accepted.inliers >= 20
    assert rejected.score < 0.1
    x0, y0, x1, y1 = accepted.region
    assert 0 <= x0 < x1 <= copy.shape[1]
    assert 0 <= y0 < y1 <= copy.shape[0]


def test_matcher_finds_copies_and_nothing_for_unrelated_images() -> None:
    matcher = Matcher()
    for seed in range(4):
        matcher.add_reference(f"ref{seed}.png", _decoded(photo(seed, (400, 300))))
    source = photo(2, (400, 300))
    small = np.asarray(Image.fromarray(source).resize((200, 150)))
    copies = {
        "crop+watermark": _crop_watermark(source),
        "mirror": source[:, ::-1],
        "half size": small,
        "rotate 90": np.rot90(source),
    }
    for name, pixels in copies.items():
        report = matcher.match(_decoded(pixels))
        assert isinstance(report, MatchReport)
        assert [c.reference for c in report.candidates] == ["ref2.png"], name
        assert 0.5 <= report.candidates[0].score <= 1.0
    unrelated = matcher.match(_decoded(photo(99, (400, 300))))
    assert isinstance(unrelated, MatchReport)
    assert unrelated.candidates == []


def test_matcher_answers_not_ready_while_its_index_builds() -> None:
    index = FlatHashIndex()
    matcher = Matcher(hash_index=index)
    index.begin_build(expected=100)
    matcher.add_reference("ref.png", _decoded(photo(5)))
    assert isinstance(matcher.match(_decoded(photo(5))), IndexNotReady)
    index.finish_build()
    report = matcher.match(_decoded(photo(5)))
    assert isinstance(report, MatchReport)
    assert report.candidates[0].reference == "ref.png"


def test_remove_reference_forgets_it() -> None:
    matcher = Matcher()
    matcher.add_reference("a.png", _decoded(photo(6)))
    assert matcher.remove_reference("a.png")
    assert not matcher.remove_reference("a.png")
    report = matcher.match(_decoded(photo(6)))
    assert isinstance(report, MatchReport)
    assert report.candidates == []


def test_hash_alignment_overlays_turned_and_cropped_copies_exactly() -> None:
    matcher = Matcher()
    reference = photo(3, (400, 300))
    matcher.add_reference("ref.png", _decoded(reference))
    copies = {
        "rotate 90": np.rot90(reference),
        "rotate 180": np.rot90(reference, 2),
        "mirror": reference[:, ::-1],
        "transpose": np.swapaxes(reference, 0, 1),
        "top-left crop": reference[:264, :352],
        "centre crop": reference[47:253, 63:337],
    }
    for name, pixels in copies.items():
        prepared = matcher.prepare_query(_decoded(pixels))
        evidence = matcher._first_stage(prepared)
        assert isinstance(evidence, dict)
        ev = evidence[0]
        features = matcher._features[0]
        matrix = hash_alignment(
            ev, _boxes_of(prepared.hashes, prepared.pixels), prepared.features.size, features.size
        )
        assert matrix is not None, name
        agreement, _ = overlay_agreement(prepared.features, features, matrix)
        assert agreement > 0.95, name


def test_overlay_check_rejects_pairs_that_share_only_a_label() -> None:
    extractor, verifier = OrbExtractor(), RansacVerifier()

    def product(seed: int) -> np.ndarray:
        pixels = photo(seed, (320, 320)).copy()
        canvas = Image.fromarray(pixels)
        draw = ImageDraw.Draw(canvas)
        draw.rectangle((20, 120, 300, 200), fill=(230, 230, 200), outline=(0, 0, 0), width=2)
        draw.text((30, 130), "PREMIUM", font=ImageFont.load_default(size=40), fill=(20, 20, 20))
        draw.text((30, 175), "No. 123", font=ImageFont.load_default(size=16), fill=(20, 20, 20))
        return np.asarray(canvas)

    same = verifier.verify(extractor.extract(product(1)), extractor.extract(product(1)))
    other = verifier.verify(extractor.extract(product(2)), extractor.extract(product(1)))
    assert same.score > 0.9
    assert other.score < 0.5


def test_knn2_matches_brute_force() -> None:
    rng = np.random.default_rng(4)
    left = rng.integers(0, 256, size=(30, 32), dtype=np.uint8)
    right = rng.integers(0, 256, size=(50, 32), dtype=np.uint8)
    best, first, second = knn2_hamming(left, right)
    bits = np.unpackbits(left[:, None, :] ^ right[None, :, :], axis=2).sum(axis=2)
    order = np.sort(bits, axis=1)
    assert np.array_equal(first, order[:, 0])
    assert np.array_equal(second, order[:, 1])
    assert np.array_equal(bits[np.arange(30), best], order[:, 0])


def test_knn2_ties_keep_the_first_nearest_and_count_twice() -> None:
    left = np.zeros((1, 32), dtype=np.uint8)
    right = np.full((4, 32), 255, dtype=np.uint8)
    right[1] = right[3] = 0  # two exact matches: the first wins, both count
    best, first, second = knn2_hamming(left, right)
    assert (int(best[0]), int(first[0]), int(second[0])) == (1, 0, 0)
    best, first, second = knn2_hamming(left, right[:1])  # one row: no second neighbour
    assert (int(best[0]), int(first[0]), int(second[0])) == (0, 256, 1 << 16)


def test_saved_matcher_keeps_thumbnails_and_finds_copies(tmp_path: Path) -> None:
    matcher = Matcher()
    matcher.add_reference("a.png", _decoded(photo(1, (400, 300))))
    save_matcher(matcher, tmp_path / "idx")
    loaded = load_matcher(tmp_path / "idx")
    original, restored = matcher._features[0], loaded._features[0]
    assert original.thumbnail is not None
    assert restored.thumbnail is not None
    assert np.array_equal(original.thumbnail, restored.thumbnail)
    report = loaded.match(_decoded(_crop_watermark(photo(1, (400, 300)))))
    assert isinstance(report, MatchReport)
    assert [c.reference for c in report.candidates] == ["a.png"]


class _CountingExtractor(OrbExtractor):
    """Counts full local-feature extractions."""

    def __init__(self) -> None:
        super().__init__()
        self.extractions = 0

    def extract(self, pixels: np.ndarray) -> Features:
        self.extractions += 1
        return super().extract(pixels)


def _caption_bar(pixels: np.ndarray) -> np.ndarray:
    out = pixels.copy()
    out[-50:] = 30
    return out


def _rotated(pixels: np.ndarray) -> np.ndarray:
    turn = cv2.getRotationMatrix2D((200, 150), 6, 1.0)
    return np.asarray(cv2.warpAffine(pixels, turn, (400, 300)))[30:270, 40:360]


@pytest.mark.parametrize(
    ("transform", "shortcut"),
    # A 50 px caption bar leaves the copy 34 bits from its reference: the overlay
    # confirms it. A 6 degree turn leaves no hash hit: local features find it.
    [(_caption_bar, True), (_rotated, False)],
)
def test_hash_hits_the_overlay_confirms_skip_local_features(
    transform: Callable[[np.ndarray], np.ndarray], shortcut: bool
) -> None:
    extractor = _CountingExtractor()
    matcher = Matcher(extractor=extractor)
    for seed in range(3):
        matcher.add_reference(f"r{seed}.png", _decoded(photo(seed, (400, 300))))
    extractor.extractions = 0
    report = matcher.match(_decoded(transform(photo(1, (400, 300)))))
    assert isinstance(report, MatchReport)
    assert [c.reference for c in report.candidates] == ["r1.png"]
    best = report.candidates[0]
    assert best.verification is not None
    assert extractor.extractions == (0 if shortcut else 1)
    if shortcut:
        assert best.hash_distance is not None
        assert best.hash_distance > HASH_ACCEPT_DISTANCE
        assert best.verification.inliers == 0
        assert best.score >= ALIGNED_SHORTCUT_SCORE
    else:
        assert best.hash_distance is None
        assert best.verification.inliers >= 7


def test_objects_on_white_are_compared_inside_not_by_outline() -> None:
    """Two different photos cut to the same disc on white: the outline agrees, the
    inside does not, and the hash-aligned check goes by the inside."""
    disc = np.zeros((240, 240), np.uint8)
    cv2.circle(disc, (120, 120), 70, 255, -1)

    def on_white(seed: int) -> Features:
        pixels = np.full((240, 240, 3), 255, np.uint8)
        darker = (60 + 0.5 * photo(seed, (240, 240)).astype(np.float32)).astype(np.uint8)
        pixels[disc > 0] = darker[disc > 0]
        return OrbExtractor().extract(pixels)

    reference, same, other = on_white(1), on_white(1), on_white(7)
    identity = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
    outline_only, _ = overlay_agreement(other, reference, identity)
    inside_other, _ = overlay_agreement(other, reference, identity, interior=True)
    inside_same, _ = overlay_agreement(same, reference, identity, interior=True)
    assert outline_only > MIN_ALIGNED_AGREEMENT  # the disc's edge alone would pass
    assert inside_other < MIN_ALIGNED_AGREEMENT
    assert inside_same > 0.95
    verifier = RansacVerifier()
    assert verifier.verify_aligned(other, reference, identity, 40).score == 0.0
    assert verifier.verify_aligned(same, reference, identity, 40).score > 0.95


def _mirrored_on_canvas(pixels: np.ndarray) -> np.ndarray:
    """The picture mirrored, cropped, watermarked, shrunk and placed in the right half
    of a white canvas with a caption above it: no hash is close, local features find
    it."""
    small = np.asarray(Image.fromarray(watermark(pixels[:, ::-1])).resize((240, 180)))
    canvas = Image.new("RGB", (520, 320), (255, 255, 255))
    canvas.paste(Image.fromarray(small), (260, 110))
    ImageDraw.Draw(canvas).text((10, 10), "HOT SALE factory direct", fill=(0, 0, 0))
    return np.asarray(canvas)


def test_a_mirrored_copy_is_outlined_where_it_is_in_the_listing() -> None:
    matcher = Matcher()
    for seed in range(3):
        matcher.add_reference(f"r{seed}.png", _decoded(photo(seed, (400, 300))))
    listing = matcher.prepare_query(_decoded(_mirrored_on_canvas(photo(2, (400, 300)))))
    report = matcher.match(listing)  # as the monitoring engine asks, prepared
    assert isinstance(report, MatchReport)
    assert [c.reference for c in report.candidates] == ["r2.png"]
    best = report.candidates[0]
    assert best.verification is not None
    assert best.verification.turned
    x0, y0, x1, y1 = best.verification.region
    # the copy spans x 260-500, y 110-290 of the 520 x 320 listing
    assert 245 <= x0 < x1 <= 515, best.verification.region
    assert 95 <= y0 < y1 <= 305, best.verification.region


def test_a_copy_of_a_symmetric_picture_is_not_counted_turned_for_its_mirrored_hash() -> None:
    """A picture that is its own mirror image hashes as close to an upright copy in
    either orientation; when the closest hash hit is on its mirror image, the copy is
    still fitted upright and scores as the upright copy it is."""
    half = photo(4, (200, 300))
    symmetric = np.concatenate([half, half[:, ::-1]], axis=1)
    matcher = Matcher()
    matcher.add_reference("sym.png", _decoded(symmetric))
    listing = matcher.prepare_query(_decoded(_crop_watermark(symmetric)))
    first_stage = matcher._first_stage

    def mirrored_hit(prepared: PreparedImage, hash_evidence: None = None) -> dict:
        evidence = first_stage(prepared, hash_evidence)
        assert isinstance(evidence, dict)
        assert evidence
        for ev in evidence.values():  # the closest hit: 40 bits from the mirror image
            ev.distance, ev.variant = 40, 4
        return evidence

    matcher._first_stage = mirrored_hit  # type: ignore[method-assign]
    report = matcher.score_all(listing)
    assert isinstance(report, MatchReport)
    assert [c.reference for c in report.candidates] == ["sym.png"]
    best = report.candidates[0]
    assert best.verification is not None
    assert not best.verification.turned
    upright = RansacVerifier().verify(listing.features, matcher._features[0], hash_distance=40)
    assert best.score == round(upright.score, 4) > 0.9
