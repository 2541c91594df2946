"""Pillow-drawn product shots and the ways copiers reuse them (demo data and tests).

Deterministic: the same seed gives the same bytes, so demo seeding stays idempotent.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont


def studio_photo(seed: int, size: int = 480) -> Image.Image:
    """A textured, printed object on white with a soft shadow, like a product shot.

    The object's outline, size and place vary with the seed too, as different products
    do: two unrelated shots share no more than a white background."""
    rng = np.random.default_rng(seed)
    canvas = Image.new("RGB", (size, size), (255, 255, 255))
    w, h = int(size * rng.uniform(0.6, 0.8)), int(size * rng.uniform(0.55, 0.72))
    left = int(rng.uniform(0.06, 0.94) * (size - w))
    top = int(rng.uniform(0.05, 0.6) * (size - h - size * 0.12))
    shadow = Image.new("L", canvas.size, 0)
    ImageDraw.Draw(shadow).ellipse(
        (left - size * 0.04, top + h - size * 0.02, left + w + size * 0.04, top + h + size * 0.08),
        fill=110,
    )
    canvas.paste((190, 190, 190), mask=shadow.filter(ImageFilter.GaussianBlur(12)))
    texture = np.zeros((h, w, 3), np.float32)
    for cells, weight in ((3, 0.5), (12, 0.3), (40, 0.2)):
        noise = (rng.random((cells + 2, cells + 2, 3)) * 255).astype(np.uint8)
        layer = Image.fromarray(noise).resize((w, h), Image.Resampling.BICUBIC)
        texture += weight * np.asarray(layer, dtype=np.float32) / 255
    body = Image.fromarray(np.clip(texture * 255, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(body)
    for _ in range(18):
        x0, y0 = int(rng.integers(0, w - 30)), int(rng.integers(0, h - 30))
        x1, y1 = x0 + int(rng.integers(10, 70)), y0 + int(rng.integers(10, 70))
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        if rng.random() < 0.5:
            draw.ellipse((x0, y0, x1, y1), fill=colour)
        else:
            draw.rectangle((x0, y0, x1, y1), fill=colour)
    mask = Image.new("L", (w, h), 0)
    outline = ImageDraw.Draw(mask)
    shape = int(rng.integers(0, 3))
    if shape == 0:
        outline.rounded_rectangle(
            (0, 0, w - 1, h - 1), radius=int(min(w, h) * rng.uniform(0.05, 0.3)), fill=255
        )
    elif shape == 1:
        outline.ellipse((0, 0, w - 1, h - 1), fill=255)
    else:  # a bottle: a body with a neck
        neck = int(w * rng.uniform(0.25, 0.45))
        outline.rounded_rectangle((0, int(h * 0.3), w - 1, h - 1), radius=int(w * 0.15), fill=255)
        outline.rectangle(((w - neck) // 2, 0, (w + neck) // 2, int(h * 0.35)), fill=255)
    canvas.paste(body, (left, top), mask)
    return canvas


def watermarked_copy(
    image: Image.Image, text: str, *, keep: float = 0.82, scale: float = 0.7
) -> Image.Image:
    """An off-centre crop keeping `keep` of each side, resized by `scale`, with `text`
    stamped across it in translucent diagonal rows."""
    width, height = image.size
    left, top = int(width * 0.03), int(height * 0.1)
    crop = image.crop((left, top, left + int(width * keep), top + int(height * keep)))
    crop = crop.resize(
        (int(crop.width * scale), int(crop.height * scale)), Image.Resampling.BILINEAR
    )
    base = crop.convert("RGBA")
    layer = Image.new("RGBA", base.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for y in range(0, base.height, 45):
        for x in range(-80, base.width, 150):
            draw.text((x + y // 2, y), text, fill=(255, 255, 255, 120))
    return Image.alpha_composite(base, layer).convert("RGB")


def caption_bar(image: Image.Image, text: str, *, fraction: float = 0.15) -> Image.Image:
    """A solid bar with the copier's name over the bottom of the image."""
    out = image.copy()
    draw = ImageDraw.Draw(out)
    bar = int(out.height * fraction)
    draw.rectangle((0, out.height - bar, out.width, out.height), fill=(200, 30, 30))
    font = ImageFont.load_default(size=max(12, bar // 2))
    draw.text((16, out.height - bar + bar // 4), text, fill=(255, 255, 255), font=font)
    return out


BRAND_INK = (24, 52, 96)


def brand_mark(*, badge: int = 0, size: int = 480) -> Image.Image:
    """A brand mark in one ink on white, flat graphics as logos and icons are: a desk
    lamp's shade, arm, base and light. ``badge``: a solid square of that many 96ths of
    the side added at the lower right (what a copier stamps on a mark)."""
    unit = size / 96
    image = Image.new("RGB", (size, size), "white")
    draw = ImageDraw.Draw(image)
    shade = [(22 * unit, 40 * unit), (44 * unit, 14 * unit), (70 * unit, 30 * unit)]
    shade.append((56 * unit, 58 * unit))
    draw.line([*shade, shade[0]], fill=BRAND_INK, width=round(5 * unit), joint="curve")
    draw.line(
        [(48 * unit, 52 * unit), (40 * unit, 74 * unit)], fill=BRAND_INK, width=round(5 * unit)
    )
    draw.rectangle((24 * unit, 76 * unit, 60 * unit, 82 * unit), fill=BRAND_INK)
    draw.ellipse((62 * unit, 56 * unit, 70 * unit, 64 * unit), fill=BRAND_INK)
    if badge:
        corner = 74 * unit
        draw.rectangle(
            (corner, 70 * unit, corner + badge * unit, (70 + badge) * unit), fill=BRAND_INK
        )
    return image


# The JPEG quality of the demo's and the tests' listing photos.
PHOTO_QUALITY = 85
