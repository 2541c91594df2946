"""The transform families of issue 6, at the severities it names."""

from __future__ import annotations

import io
import math
import random
from collections.abc import Callable

from PIL import Image, ImageDraw, ImageEnhance, ImageFont, ImageOps

Transform = Callable[[Image.Image, random.Random], Image.Image]

COMPANIES = ["ACME TRADING", "Shenzhen Best Co.", "GLOBAL SOURCE", "Yiwu Star Ltd", "TOPMAX"]


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=max(8, size))


def jpeg(image: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=quality)
    buffer.seek(0)
    return Image.open(buffer).convert("RGB")


def resize(image: Image.Image, rng: random.Random) -> Image.Image:
    scale = rng.uniform(0.3, 0.6) if rng.random() < 0.5 else rng.uniform(1.3, 1.6)
    return image.resize((max(8, round(image.width * scale)), max(8, round(image.height * scale))))


def jpeg_low(image: Image.Image, rng: random.Random) -> Image.Image:
    return jpeg(image, rng.randint(15, 35))


def _off_centre_crop(
    image: Image.Image, rng: random.Random, low: float, high: float
) -> Image.Image:
    box = []
    for side in (image.width, image.height):
        keep = rng.uniform(low, high)
        slack = 1.0 - keep
        start = (
            rng.uniform(0, 0.35 * slack) if rng.random() < 0.5 else rng.uniform(0.65 * slack, slack)
        )
        box.append((round(start * side), round((start + keep) * side)))
    return image.crop((box[0][0], box[1][0], box[0][1], box[1][1]))


def crop_mild(image: Image.Image, rng: random.Random) -> Image.Image:
    return _off_centre_crop(image, rng, 0.85, 0.92)


def crop_strong(image: Image.Image, rng: random.Random) -> Image.Image:
    return _off_centre_crop(image, rng, 0.62, 0.75)


def border(image: Image.Image, rng: random.Random) -> Image.Image:
    colour = rng.choice([(255, 255, 255), (0, 0, 0), tuple(rng.randint(0, 255) for _ in range(3))])
    pad = round(rng.uniform(0.06, 0.15) * max(image.size))
    return ImageOps.expand(image, border=pad, fill=colour)


def aspect(image: Image.Image, rng: random.Random) -> Image.Image:
    return image.resize((round(image.width * rng.uniform(0.72, 0.85)), image.height))


def colour(image: Image.Image, rng: random.Random) -> Image.Image:
    out = image
    for enhancer in (ImageEnhance.Brightness, ImageEnhance.Contrast, ImageEnhance.Color):
        factor = rng.uniform(0.7, 0.8) if rng.random() < 0.5 else rng.uniform(1.2, 1.3)
        out = enhancer(out).enhance(factor)
    return out


def grayscale(image: Image.Image, rng: random.Random) -> Image.Image:
    return image.convert("L").convert("RGB")


def mirror(image: Image.Image, rng: random.Random) -> Image.Image:
    return ImageOps.mirror(image)


def rotate_90s(image: Image.Image, rng: random.Random) -> Image.Image:
    return image.rotate(rng.choice([90, 180, 270]), expand=True)


def small_rotation(image: Image.Image, rng: random.Random) -> Image.Image:
    angle = rng.uniform(3, 7) * rng.choice([-1, 1])
    rotated = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False)
    # The largest centred axis-aligned box that avoids the empty corners.
    a = math.radians(abs(angle))
    w, h = image.size
    factor = min(w, h) / (min(w, h) * math.cos(a) + max(w, h) * math.sin(a))
    cw, ch = w * factor, h * factor
    return rotated.crop(
        (round((w - cw) / 2), round((h - ch) / 2), round((w + cw) / 2), round((h + ch) / 2))
    )


def watermark(image: Image.Image, rng: random.Random) -> Image.Image:
    name = rng.choice(COMPANIES)
    size = max(image.size)
    layer = Image.new("RGBA", (2 * size, 2 * size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    text_font = font(size // 14)
    alpha = rng.randint(80, 120)
    fill = (255, 255, 255, alpha) if rng.random() < 0.5 else (40, 40, 40, alpha)
    step = size // 6
    for row, y in enumerate(range(0, 2 * size, step)):
        for x in range(-(row % 2) * step, 2 * size, size // 2):
            draw.text((x, y), name, font=text_font, fill=fill)
    layer = layer.rotate(rng.uniform(25, 45), resample=Image.Resampling.BICUBIC)
    left = (layer.width - image.width) // 2
    top = (layer.height - image.height) // 2
    layer = layer.crop((left, top, left + image.width, top + image.height))
    return Image.alpha_composite(image.convert("RGBA"), layer).convert("RGB")


def text_middle(image: Image.Image, rng: random.Random) -> Image.Image:
    out = image.copy()
    draw = ImageDraw.Draw(out)
    name = rng.choice(COMPANIES)
    text_font = font(image.height // 9)
    box = draw.textbbox((0, 0), name, font=text_font)
    width = box[2] - box[0]
    if width > 0.9 * image.width:
        text_font = font(int(image.height // 9 * 0.9 * image.width / width))
        box = draw.textbbox((0, 0), name, font=text_font)
    x = (image.width - (box[2] - box[0])) // 2
    y = (image.height - (box[3] - box[1])) // 2
    fill = rng.choice([(255, 0, 0), (255, 255, 255), (0, 0, 0), (0, 90, 200)])
    draw.text((x, y), name, font=text_font, fill=fill, stroke_width=2, stroke_fill=fill)
    return out


def caption_bar(image: Image.Image, rng: random.Random) -> Image.Image:
    out = image.copy()
    draw = ImageDraw.Draw(out)
    bar = round(rng.uniform(0.12, 0.18) * image.height)
    colour = rng.choice([(0, 0, 0), (255, 255, 255), (200, 20, 20), (20, 60, 160)])
    draw.rectangle((0, image.height - bar, image.width, image.height), fill=colour)
    ink = (255, 255, 255) if sum(colour) < 300 else (0, 0, 0)
    text = f"{rng.choice(COMPANIES)}  tel +86 {rng.randint(1000000, 9999999)}"
    draw.text((bar // 3, image.height - bar + bar // 4), text, font=font(bar // 2), fill=ink)
    return out


def logo_box(image: Image.Image, rng: random.Random) -> Image.Image:
    out = image.copy()
    draw = ImageDraw.Draw(out)
    w = round(rng.uniform(0.15, 0.25) * image.width)
    h = round(rng.uniform(0.10, 0.18) * image.height)
    x = rng.choice([0, image.width - w])
    y = rng.choice([0, image.height - h])
    colour = tuple(rng.randint(0, 255) for _ in range(3))
    draw.rectangle((x, y, x + w, y + h), fill=colour)
    ink = (255, 255, 255) if sum(colour) < 380 else (0, 0, 0)
    draw.text((x + 4, y + h // 4), rng.choice(COMPANIES)[:6], font=font(h // 2), fill=ink)
    return out


def canvas(image: Image.Image, rng: random.Random) -> Image.Image:
    scale = rng.uniform(0.55, 0.70)
    small = image.resize((round(image.width * scale), round(image.height * scale)))
    out = Image.new("RGB", image.size, (255, 255, 255))
    text_height = max(10, round(image.height * 0.08))
    top = text_height + rng.randint(4, max(5, image.height - small.height - text_height - 4))
    top = min(top, image.height - small.height)
    left = rng.randint(0, image.width - small.width)
    out.paste(small, (left, top))
    draw = ImageDraw.Draw(out)
    draw.text((4, 2), rng.choice(COMPANIES) + " hot sale", font=font(text_height), fill=(0, 0, 0))
    return out


def combined(image: Image.Image, rng: random.Random) -> Image.Image:
    out = watermark(crop_mild(image, rng), rng)
    out = out.resize((max(8, out.width // 2), max(8, out.height // 2)))
    return jpeg(out, rng.randint(15, 35))


FAMILIES: dict[str, Transform] = {
    "resize": resize,
    "jpeg": jpeg_low,
    "crop_85_92": crop_mild,
    "crop_62_75": crop_strong,
    "border": border,
    "aspect": aspect,
    "colour": colour,
    "grayscale": grayscale,
    "mirror": mirror,
    "rotate_90s": rotate_90s,
    "rotate_3_7": small_rotation,
    "watermark": watermark,
    "text_middle": text_middle,
    "caption_bar": caption_bar,
    "logo_box": logo_box,
    "canvas": canvas,
    "combined": combined,
}
