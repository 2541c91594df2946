import numpy as np
from PIL import Image

from tradeguard.imagematch.features import OrbExtractor
from tradeguard.imagematch.index import FlatHashIndex
from tradeguard.imagematch.matcher import Matcher
from tradeguard.imagematch.results import DecodedImage, IndexNotReady, MatchReport
from tradeguard.imagematch.verify import RansacVerifier

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
