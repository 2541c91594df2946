"""A smooth photograph of few tones is not flat graphics (verify.MIN_FLAT_FILL).

A crop of a retina (orange, a few soft red vessels) or of the moon (grey) is nearly
all one level and the background's, as an icon is; but its ink is texture, where an
icon's is filled flat. Judged as flat graphics, its resized copy lost "ink" to that
texture and was refused, although it overlaid the reference almost exactly.
"""

from __future__ import annotations

import io

import cv2
import numpy as np
from PIL import Image, ImageDraw

from tradeguard.imagematch.features import OrbExtractor
from tradeguard.imagematch.matcher import ACTION_THRESHOLD, Matcher
from tradeguard.imagematch.results import MatchReport
from tradeguard.imagematch.verify import _one_level_ink, flat_graphics

from .test_hard_negatives import _arrow, _decoded


def _fundus(seed: int) -> np.ndarray:
    """An orange field with soft mottling, three blurred red vessels and the darker rim
    of the eye along the bottom: few tones, no corners."""
    rng = np.random.default_rng(seed)
    low = cv2.resize(rng.normal(0, 1, (12, 12)).astype(np.float32), (360, 360))
    fine = cv2.GaussianBlur(rng.normal(0, 1, (360, 360)).astype(np.float32), (0, 0), 1.5)
    shade = 7 * low + 5 * fine
    base = np.array([214, 112, 74], np.float32)
    pixels = np.clip(base[None, None, :] + shade[..., None], 0, 255).astype(np.uint8)
    canvas = Image.fromarray(pixels)
    draw = ImageDraw.Draw(canvas)
    for _ in range(3):
        points = [(int(x), int(y)) for x, y in rng.integers(0, 330, (4, 2))]
        draw.line(points, fill=(200, 80, 64), width=7)
    draw.rectangle((0, 330, 360, 360), fill=(124, 80, 62))
    return cv2.GaussianBlur(np.asarray(canvas), (0, 0), 2.0)


def _thumbnail(pixels: np.ndarray) -> np.ndarray:
    thumbnail = OrbExtractor().outline(pixels).thumbnail
    assert thumbnail is not None
    return thumbnail.astype(np.float32)


def _as_jpeg(pixels: np.ndarray, quality: int) -> np.ndarray:
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, "JPEG", quality=quality)
    return np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"))


def test_a_smooth_photograph_of_few_tones_is_not_flat_graphics() -> None:
    for seed in (1, 2, 3):
        thumbnail = _thumbnail(_fundus(seed))
        assert _one_level_ink(thumbnail) is not None  # one level, as an icon
        assert not flat_graphics(thumbnail)  # but its ink is texture


def test_an_icon_stays_flat_graphics_saved_as_a_jpeg() -> None:
    icon = _arrow()
    assert flat_graphics(_thumbnail(icon))
    for quality in (90, 60):
        assert flat_graphics(_thumbnail(_as_jpeg(icon, quality)))


def test_a_resized_copy_of_a_smooth_photograph_is_found() -> None:
    matcher = Matcher()
    for seed in (1, 2, 3):
        matcher.add_reference(f"fundus-{seed}.png", _decoded(_fundus(seed)))
    assert not matcher.graphics("fundus-1.png")
    copy = np.asarray(Image.fromarray(_fundus(1)).resize((144, 144), Image.Resampling.BILINEAR))
    report = matcher.match(_decoded(_as_jpeg(copy, 80)))
    assert isinstance(report, MatchReport)
    assert [c.reference for c in report.candidates] == ["fundus-1.png"]
    assert report.candidates[0].score >= ACTION_THRESHOLD
