"""Deterministic photo-like test images (no image data ships with the test deps)."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw


def photo(seed: int, size: tuple[int, int] = (320, 240)) -> np.ndarray:
    """Multi-octave coloured noise plus shapes: textured enough for ORB and PDQ."""
    rng = np.random.default_rng(seed)
    width, height = size
    image = np.zeros((height, width, 3), np.float32)
    for octave, weight in ((4, 0.5), (16, 0.3), (64, 0.2)):
        noise = rng.random((octave * height // width + 2, octave + 2, 3)).astype(np.float32)
        image += weight * cv2.resize(noise, (width, height), interpolation=cv2.INTER_CUBIC)
    pixels = np.clip(image * 255, 0, 255).astype(np.uint8)
    canvas = Image.fromarray(pixels)
    draw = ImageDraw.Draw(canvas)
    for _ in range(25):
        x0, y0 = int(rng.integers(0, width - 20)), int(rng.integers(0, height - 20))
        x1, y1 = x0 + int(rng.integers(8, 60)), y0 + int(rng.integers(8, 60))
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        if rng.random() < 0.5:
            draw.ellipse((x0, y0, x1, y1), fill=colour)
        else:
            draw.rectangle((x0, y0, x1, y1), fill=colour)
    return np.asarray(canvas)


def watermark(pixels: np.ndarray, text: str = "ACME TRADING") -> np.ndarray:
    """A translucent diagonal repeated company name."""
    base = Image.fromarray(pixels).convert("RGBA")
    layer = Image.new("RGBA", base.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for y in range(0, base.height, 40):
        for x in range(-60, base.width, 120):
            draw.text((x + y // 2, y), text, fill=(255, 255, 255, 110))
    return np.asarray(Image.alpha_composite(base, layer).convert("RGB"))
