"""Product shots for the demo listings, drawn with Pillow: one object on a white
background with a soft shadow, the way marketplace main images look. Deterministic,
so the same drawing always has the same SHA-256 (seeding stays idempotent)."""

from __future__ import annotations

import io
from collections.abc import Callable

from PIL import Image, ImageDraw, ImageFilter

SIZE = 640
Color = tuple[int, int, int]


def _canvas() -> tuple[Image.Image, ImageDraw.ImageDraw]:
    img = Image.new("RGB", (SIZE, SIZE), (255, 255, 255))
    return img, ImageDraw.Draw(img)


def _shadow(img: Image.Image, box: tuple[int, int, int, int]) -> None:
    layer = Image.new("L", img.size, 0)
    ImageDraw.Draw(layer).ellipse(box, fill=90)
    layer = layer.filter(ImageFilter.GaussianBlur(18))
    img.paste((200, 200, 200), mask=layer)


def _vertical_gradient(
    img: Image.Image, box: tuple[int, int, int, int], top: Color, bottom: Color, radius: int
) -> None:
    x0, y0, x1, y1 = box
    fill = Image.new("RGB", (x1 - x0, y1 - y0))
    draw = ImageDraw.Draw(fill)
    height = max(1, y1 - y0)
    for y in range(height):
        t = y / height
        draw.line(
            [(0, y), (x1 - x0, y)],
            fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    mask = Image.new("L", fill.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle(
        (0, 0, x1 - x0 - 1, y1 - y0 - 1), radius=radius, fill=255
    )
    img.paste(fill, (x0, y0), mask)


def desk_lamp(shade: Color = (40, 44, 52), accent: Color = (250, 214, 120)) -> Image.Image:
    img, draw = _canvas()
    _shadow(img, (170, 520, 470, 580))
    draw.ellipse((190, 500, 450, 560), fill=shade)  # base
    draw.ellipse((205, 498, 435, 540), fill=tuple(min(255, c + 30) for c in shade))
    draw.line([(320, 520), (250, 300)], fill=shade, width=18)  # lower arm
    draw.line([(250, 300), (420, 190)], fill=shade, width=16)  # upper arm
    draw.ellipse((236, 286, 264, 314), fill=(150, 150, 150))  # joint
    draw.polygon([(470, 270), (350, 215), (300, 470), (560, 470)], fill=(255, 248, 222))  # glow
    draw.polygon([(380, 150), (500, 210), (470, 270), (350, 215)], fill=shade)  # head
    draw.line([(350, 215), (470, 270)], fill=accent, width=6)  # light strip
    return img


def speaker(body: Color = (52, 58, 70)) -> Image.Image:
    img, draw = _canvas()
    _shadow(img, (150, 480, 490, 560))
    _vertical_gradient(img, (150, 200, 490, 500), tuple(c + 40 for c in body), body, 60)  # type: ignore[arg-type]
    for row in range(6):
        for col in range(11):
            x, y = 190 + col * 26, 250 + row * 30
            draw.ellipse((x, y, x + 10, y + 10), fill=(30, 33, 40))
    draw.rounded_rectangle((270, 440, 370, 460), radius=10, fill=(90, 200, 160))  # status bar
    draw.arc((210, 120, 430, 300), start=200, end=340, fill=(30, 33, 40), width=14)  # strap
    return img


def glass_plate(tint: Color = (222, 236, 242)) -> Image.Image:
    img, draw = _canvas()
    _shadow(img, (110, 380, 530, 470))
    draw.ellipse((90, 200, 550, 440), fill=tint, outline=(170, 196, 208), width=4)  # rim
    draw.ellipse(
        (170, 245, 470, 395),
        fill=tuple(min(255, c + 12) for c in tint),
        outline=(190, 210, 220),
        width=3,
    )
    draw.arc((120, 215, 520, 425), start=200, end=260, fill=(255, 255, 255), width=8)  # highlight
    return img


def cake_mould(silicone: Color = (214, 60, 72)) -> Image.Image:
    img, draw = _canvas()
    _shadow(img, (90, 430, 550, 510))
    draw.rounded_rectangle((80, 180, 560, 470), radius=40, fill=silicone)
    darker = tuple(int(c * 0.72) for c in silicone)
    for row in range(2):
        for col in range(3):
            x, y = 120 + col * 145, 210 + row * 130
            draw.ellipse((x, y, x + 110, y + 110), fill=darker)
            draw.ellipse(
                (x + 18, y + 18, x + 92, y + 92), fill=tuple(int(c * 0.6) for c in silicone)
            )
    return img


def water_bottle(steel: Color = (176, 184, 192)) -> Image.Image:
    img, draw = _canvas()
    _shadow(img, (230, 540, 410, 590))
    _vertical_gradient(img, (240, 170, 400, 560), (230, 234, 238), steel, 50)
    draw.rounded_rectangle((262, 100, 378, 180), radius=18, fill=(40, 40, 44))  # cap
    draw.rectangle((240, 300, 400, 360), fill=(46, 110, 170))  # sleeve band
    return img


def power_bank(shell: Color = (120, 128, 140)) -> Image.Image:
    img, draw = _canvas()
    _shadow(img, (180, 470, 460, 540))
    _vertical_gradient(img, (200, 140, 440, 500), (214, 220, 228), shell, 36)
    draw.rounded_rectangle((300, 480, 340, 492), radius=4, fill=(30, 30, 34))  # USB-C port
    for i in range(4):
        draw.ellipse(
            (280 + i * 22, 200, 292 + i * 22, 212), fill=(90, 200, 160) if i < 3 else (70, 74, 82)
        )
    return img


def crop_and_recompress(img: Image.Image, margin: int = 40) -> Image.Image:
    """The kind of copy a re-seller makes of another store's photo: cropped, resized."""
    cropped = img.crop((margin, margin, img.width - margin, img.height - margin))
    return cropped.resize((600, 600))


def encode(img: Image.Image, fmt: str = "JPEG", *, quality: int = 88) -> bytes:
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.save(buf, fmt, quality=quality, optimize=False)
    else:
        img.save(buf, fmt)
    return buf.getvalue()


DRAWINGS: dict[str, Callable[[], Image.Image]] = {
    "desk_lamp": desk_lamp,
    "desk_lamp_white": lambda: desk_lamp(shade=(232, 232, 236), accent=(255, 226, 140)),
    "speaker": speaker,
    "speaker_blue": lambda: speaker(body=(40, 70, 120)),
    "glass_plate": glass_plate,
    "glass_plate_amber": lambda: glass_plate(tint=(244, 226, 196)),
    "cake_mould": cake_mould,
    "cake_mould_blue": lambda: cake_mould(silicone=(60, 120, 200)),
    "water_bottle": water_bottle,
    "water_bottle_black": lambda: water_bottle(steel=(60, 64, 70)),
    "power_bank": power_bank,
    "desk_lamp_copy": lambda: crop_and_recompress(desk_lamp()),
}
