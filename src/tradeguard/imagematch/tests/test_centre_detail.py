"""Text across a copy's middle against another product under the same light (issue 16,
fourteenth round).

A supplier's studio lights every product the same way, so two different products can
correlate cell by cell in plain grey levels; in fine detail they do not. A copy with
its seller's name across the middle keeps its fine detail wherever the text is not.
The middle's fine-detail agreement (verify.Overlay.centre_detail, an input of the
score) tells the two apart.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from tradeguard.imagematch.features import Features, OrbExtractor
from tradeguard.imagematch.verify import overlay

SIDE = 384


def _product(seed: int) -> np.ndarray:
    """A textured product body shaded from left to right (the studio's light)."""
    rng = np.random.default_rng(seed)
    texture = np.zeros((SIDE, SIDE, 3), np.float32)
    for cells, weight in ((4, 0.4), (24, 0.35), (48, 0.25)):
        noise = (rng.random((cells, cells, 3)) * 255).astype(np.uint8)
        layer = Image.fromarray(noise).resize((SIDE, SIDE), Image.Resampling.BICUBIC)
        texture += weight * np.asarray(layer, np.float32)
    shade = np.linspace(1.3, 0.5, SIDE, dtype=np.float32)[None, :, None]
    return np.clip(texture * shade, 0, 255).astype(np.uint8)


def _with_text_across_the_middle(pixels: np.ndarray) -> np.ndarray:
    """The seller's name in thick black strokes on a band across the middle."""
    image = Image.fromarray(pixels)
    draw = ImageDraw.Draw(image)
    for left in range(40, SIDE - 60, 36):  # one stroke-built letter every 36 px
        draw.rectangle((left, 172, left + 8, 212), fill="black")
        draw.rectangle((left, 172, left + 24, 180), fill="black")
        draw.rectangle((left, 204, left + 24, 212), fill="black")
    return np.asarray(image)


def _outline(pixels: np.ndarray) -> Features:
    return OrbExtractor().outline(pixels)


IDENTITY = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])


def test_the_middles_fine_detail_tells_text_over_a_copy_from_another_product() -> None:
    reference = _product(1)
    copy = _with_text_across_the_middle(reference)
    other = _product(2)  # another product, lit the same way

    copied = overlay(_outline(copy), _outline(reference), IDENTITY)
    different = overlay(_outline(other), _outline(reference), IDENTITY)

    # The copy's middle agrees in fine detail where the text is not; the other's does
    # not agree anywhere.
    assert copied.centre_detail > 0.5
    assert different.centre_detail < 0.2


def test_an_untouched_copys_middle_agrees_in_fine_detail() -> None:
    reference = _product(3)
    assert overlay(_outline(reference), _outline(reference), IDENTITY).centre_detail > 0.99
