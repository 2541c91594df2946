"""The benchmark's labels (benchmarks/imagematch/hard.py): a negative that is a
reference's own picture (upright, turned or mirrored) is dropped, never labelled either
way; a sibling drawing that differs is kept as a negative."""

from __future__ import annotations

from types import ModuleType

import numpy as np
import pytest
from PIL import Image, ImageDraw

from tradeguard.imagematch import pdq

from . import benchmark_scripts


@pytest.fixture(scope="module")
def hard() -> ModuleType:
    return benchmark_scripts.load("hard")


def _chevron_in_circle(mark: bool = False) -> Image.Image:
    """A flat glyph: a white chevron pointing up in a black disc (Font Awesome's
    circle-chevron-up, drawn with PIL), with an exclamation mark beside it when
    ``mark``."""
    image = Image.new("L", (360, 360), 255)
    draw = ImageDraw.Draw(image)
    draw.ellipse((40, 40, 320, 320), fill=0)
    draw.line([(110, 215), (180, 145), (250, 215)], fill=255, width=36)
    if mark:
        draw.rectangle((262, 90, 288, 200), fill=255)
        draw.ellipse((262, 220, 288, 246), fill=255)
    return image.convert("RGB")


def _described(hard: ModuleType, image: Image.Image) -> tuple[list, list, list]:
    luma = pdq.luma(np.asarray(image))
    return (
        pdq.pdq_dihedral_from_luma(luma)[0],
        hard._turns(hard._gray64(image)),
        hard._turns(hard._content64(image)),
    )


def _negative(hard: ModuleType, image: Image.Image) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    words = pdq.pdq_from_luma(pdq.luma(np.asarray(image))).words
    return words, hard._gray64(image), hard._content64(image)


def test_a_glyph_that_is_another_turned_is_the_same_picture(hard: ModuleType) -> None:
    up = _chevron_in_circle()
    left = up.rotate(90)
    assert hard._same_picture(_described(hard, up), _negative(hard, left))


def test_the_same_pixels_turned_are_the_same_picture_whatever_pdq_says(
    hard: ModuleType,
) -> None:
    """PDQ's bits flip on a nearly symmetric flat glyph (Font Awesome's circle-chevron-
    left was 18 bits from circle-chevron-up's quarter turn at 0.01 grey levels apart):
    the pixels decide."""
    up = _chevron_in_circle()
    reference = _described(hard, up)
    _words, gray, content = _negative(hard, up.rotate(180))
    far = np.bitwise_not(reference[0][0])  # 256 bits from every turn's hash
    assert min(pdq.hamming(turn, far) for turn in reference[0]) > hard.SAME_PICTURE_BITS
    assert hard._same_picture(reference, (far, gray, content))


def test_the_same_drawing_placed_elsewhere_on_its_canvas_is_the_same_picture(
    hard: ModuleType,
) -> None:
    """MDI's arrow-u-right-bottom-bold is arrow-u-down-right-bold mirrored and turned,
    a few pixels lower in its em box: 7.7 grey levels apart as they are."""
    up = _chevron_in_circle()
    lower = Image.new("RGB", up.size, "white")
    lower.paste(up.crop((0, 0, 360, 330)), (0, 30))
    reference = _described(hard, up)
    _words, gray, content = _negative(hard, lower.transpose(Image.Transpose.FLIP_LEFT_RIGHT))
    as_they_are = min(float(np.abs(turn - gray).mean()) for turn in reference[1])
    assert as_they_are > hard.IDENTICAL_PIXEL_DIFFERENCE
    far = np.bitwise_not(reference[0][0])
    assert hard._same_picture(reference, (far, gray, content))


def test_a_sibling_with_a_mark_added_stays_a_negative(hard: ModuleType) -> None:
    up = _chevron_in_circle()
    alert = _chevron_in_circle(mark=True)
    _words, gray, content = _negative(hard, alert)
    reference = _described(hard, up)
    difference = min(float(np.abs(turn - gray).mean()) for turn in reference[1])
    assert difference > hard.IDENTICAL_PIXEL_DIFFERENCE
    far = np.bitwise_not(reference[0][0])
    assert not hard._same_picture(reference, (far, gray, content))
