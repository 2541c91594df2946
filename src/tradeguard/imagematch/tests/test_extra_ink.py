"""Icon siblings that add ink (issue 16, ninth round).

An icon set's siblings differ by a few shapes. One that lacks a shape of the reference
loses ink (verify.lost_ink); one that adds a solid shape where the reference has its
background (another wedge filled, an emblem in a bare corner) loses nothing, and the
hash alone cannot tell it from a copy either. The added ink is measured
(verify.extra_ink) and weighs in the score; a flat graphic is never accepted on a hash
that cannot be overlaid, nor on the overlay of a pair whose local features fit, nor
where the overlay shows the ink differs.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from tradeguard.imagematch.features import OrbExtractor
from tradeguard.imagematch.matcher import Matcher, action_threshold
from tradeguard.imagematch.results import Basis, MatchReport
from tradeguard.imagematch.verify import MAX_ALIGNED_INK, RansacVerifier, extra_ink

from .test_hard_negatives import _decoded, _document, _logo_box, _resized, _turned


def _scores(matcher: Matcher, pixels: np.ndarray) -> list[tuple[str, float, bool]]:
    report = matcher.score_all(_decoded(pixels))
    assert isinstance(report, MatchReport)
    return [
        (c.reference, c.score, c.score >= action_threshold(c.graphics)) for c in report.candidates
    ]


def test_a_sibling_that_adds_a_solid_shape_is_not_a_copy() -> None:
    """The sibling is the reference's every pixel plus a solid seal on the page: it
    loses no ink, so only what it adds tells it apart (it scored 0.80-0.94 before, one
    of them on the overlay as its hash aligned it, over the threshold then). Copies,
    turned, resized and under a logo box in a corner, stay certain."""
    matcher = Matcher()
    matcher.add_reference("page.png", _decoded(_document("none")))
    sealed = _document("seal")
    for listing in (sealed, _turned(sealed, 5), _resized(sealed, 0.8)):
        found = _scores(matcher, listing)
        assert found  # verified, then judged
        assert not any(ready for _, _, ready in found)
        assert all(score < 0.5 for _, score, _ in found)
    copy = _document("none")
    for listing in (_turned(copy, 5), _resized(copy, 0.8), _logo_box(_turned(copy, 5))):
        assert [(key, ready) for key, _, ready in _scores(matcher, listing)] == [("page.png", True)]


def _signal(filled: int, emblem: str = "") -> np.ndarray:
    """A signal-strength glyph: three arcs over a base, the lowest ``filled`` of them
    solid, with an emblem at the lower right ("alert": a bar and a dot)."""
    image = Image.new("RGB", (384, 384), "white")
    draw = ImageDraw.Draw(image)
    for band, (top, width) in enumerate(((48, 24), (120, 24), (192, 24))):
        box = (48 + top // 2, top, 336 - top // 2, 384 - top)
        if 3 - band <= filled:
            draw.pieslice(box, 225, 315, fill="black")
        else:
            draw.arc(box, 225, 315, fill="black", width=width)
    draw.rectangle((176, 296, 208, 328), fill="black")  # the base
    if emblem == "alert":
        draw.rectangle((300, 240, 324, 312), fill="black")
        draw.rectangle((300, 328, 324, 352), fill="black")
    return np.asarray(image)


def test_a_flat_graphic_is_not_accepted_on_its_hash_where_its_ink_differs() -> None:
    """The glyph with two arcs filled hashes close to the one with one filled, at every
    scale; the hash decided alone before (0.999). Now its local features fit and the
    score sees the filled arc; a resized copy is still accepted on its hash."""
    matcher = Matcher()
    matcher.add_reference("one.png", _decoded(_signal(1, "alert")))
    for listing in (_signal(2, "alert"), _resized(_signal(2, "alert"), 0.7)):
        found = _scores(matcher, listing)
        assert not any(ready for _, _, ready in found)
    report = matcher.score_all(_decoded(_resized(_signal(1, "alert"), 0.7)))
    assert isinstance(report, MatchReport)
    best = report.candidates[0]
    assert (best.reference, best.basis) == ("one.png", Basis.HASH)
    assert best.score >= action_threshold(best.graphics)


def _ink(pixels: np.ndarray) -> np.ndarray:
    return np.asarray(pixels.mean(axis=2) < 128)


def _gray(pixels: np.ndarray) -> np.ndarray:
    return np.asarray(pixels.mean(axis=2), dtype=np.float32)


def _draw(pixels: np.ndarray, paint: object) -> np.ndarray:
    image = Image.fromarray(pixels).convert("RGBA")
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    paint(ImageDraw.Draw(layer))  # type: ignore[operator]
    return np.asarray(Image.alpha_composite(image, layer).convert("RGB"))


def test_text_a_watermark_and_a_caption_bar_are_not_extra_ink() -> None:
    """Measured on 96 px thumbnails overlaid exactly: a solid seal is ~200 pixels of
    extra ink; text strokes (opened away), a translucent watermark (under half-way to
    the ink level) and a bar along the listing's edge (what a seller adds) are none."""
    thumbnail = (96, 96)

    def small(pixels: np.ndarray) -> np.ndarray:
        return np.asarray(Image.fromarray(pixels).resize(thumbnail, Image.Resampling.BOX))

    reference = small(_document("none"))
    ink, inside = _ink(reference), np.ones(thumbnail, np.float32)
    assert extra_ink(ink, _gray(reference), inside) == 0.0
    assert extra_ink(ink, _gray(small(_document("seal"))), inside) >= 150
    texts = _draw(
        _document("none"),
        lambda d: [d.line((96, y, 280, y + 6), fill=(0, 0, 0, 255), width=4) for y in (60, 290)],
    )
    assert extra_ink(ink, _gray(small(texts)), inside) == 0.0
    watermark = _draw(
        _document("none"), lambda d: d.rectangle((100, 250, 280, 330), fill=(40, 40, 40, 100))
    )
    assert extra_ink(ink, _gray(small(watermark)), inside) == 0.0
    captioned = _draw(
        _document("none"), lambda d: d.rectangle((0, 320, 384, 384), fill=(0, 0, 0, 255))
    )
    assert extra_ink(ink, _gray(small(captioned)), inside) == 0.0


def test_the_overlay_of_a_flat_graphic_scores_nothing_where_its_ink_differs() -> None:
    """As a hash hit aligns the pair (here: exactly), the overlay agrees almost
    everywhere with the sealed sibling, but the seal is more than MAX_ALIGNED_INK
    pixels of extra ink: the aligned score is 0. A copy's is not."""
    extractor = OrbExtractor()
    reference = extractor.extract(_document("none"))
    identity = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
    verifier = RansacVerifier()
    sealed = verifier.verify_aligned(extractor.extract(_document("seal")), reference, identity, 20)
    assert sealed.ink_differs
    assert sealed.score == 0.0
    assert MAX_ALIGNED_INK < 150
    copy = verifier.verify_aligned(extractor.extract(_document("none")), reference, identity, 20)
    assert not copy.ink_differs
    assert copy.score > 0.9
