"""Finding the part of an image that carries the picture.

Copies often add a frame (a border of one colour) or put the picture smaller on a
larger canvas with text beside it; product shots sit on white. Hashing the content
box and the main object's box on both sides makes those copies hash alike.
"""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt

from tradeguard.imagematch.results import RgbPixels

Box = tuple[int, int, int, int]  # x0, y0, x1, y1 (exclusive)

# A pixel belongs to the background when every channel is within this of the corner
# colour (of 255 levels; chosen to ignore JPEG noise in flat borders, not tuned).
BACKGROUND_TOLERANCE = 28

# A row or column is content when more than this fraction of it differs from the
# background (ignores JPEG ringing and stray pixels along a border).
CONTENT_FRACTION = 0.02

# Boxes smaller than this fraction of the image (either side) are not worth hashing.
MIN_BOX_SIDE = 0.2

# A box must differ from the whole image by this fraction of a side to count as a
# separate variant (otherwise it would hash like the original).
MIN_TRIM = 0.03

# The working size for the object mask, and the dilation that joins an object's parts
# (in pixels at that size) while keeping a caption line apart from the picture.
MASK_SIDE = 128
JOIN_PIXELS = 2

# How the image is reduced for the mask. Bilinear instead of area averaging: 0.08 instead
# of 0.30 ms per listing image; on the tuning split it found one more bordered copy and
# changed nothing else (docs/benchmarks.md).
MASK_INTERPOLATION = cv2.INTER_LINEAR


def foreground_mask(pixels: RgbPixels) -> tuple[npt.NDArray[np.bool_], float]:
    """Where a thumbnail of the image differs from its border colour, and its scale.

    The mask is computed at :data:`MASK_SIDE` pixels on the longest side; multiply box
    coordinates by ``1 / scale`` to return to the image.
    """
    height, width = pixels.shape[:2]
    scale = min(1.0, MASK_SIDE / max(height, width))
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    small = cv2.resize(np.ascontiguousarray(pixels), size, interpolation=MASK_INTERPOLATION)
    corners = np.array([small[0, 0], small[0, -1], small[-1, 0], small[-1, -1]], dtype=np.int16)
    background = np.median(corners, axis=0).astype(np.uint8)
    # |pixel - background| per channel, then the largest channel: the same numbers as
    # int16 arithmetic and ``.max(axis=2)``, which took ~0.3 ms for a 128 px image.
    scalar = (*(int(v) for v in background), 0)  # OpenCV takes a tuple as a Scalar
    difference = cv2.absdiff(small, scalar)  # type: ignore[call-overload]  # stubs lack it
    largest = np.maximum(np.maximum(difference[..., 0], difference[..., 1]), difference[..., 2])
    return largest > BACKGROUND_TOLERANCE, scale


def region_boxes(pixels: RgbPixels) -> tuple[Box | None, Box | None]:
    """:func:`content_box` and :func:`main_object_box`, from one foreground mask."""
    mask, scale = foreground_mask(pixels)
    return _content_box(mask, scale, pixels), _main_object_box(mask, scale, pixels)


def content_box(pixels: RgbPixels) -> Box | None:
    """The box left after trimming a uniform border, if it trims anything notable."""
    mask, scale = foreground_mask(pixels)
    return _content_box(mask, scale, pixels)


def _content_box(mask: npt.NDArray[np.bool_], scale: float, pixels: RgbPixels) -> Box | None:
    rows = np.flatnonzero(mask.mean(axis=1) > CONTENT_FRACTION)
    cols = np.flatnonzero(mask.mean(axis=0) > CONTENT_FRACTION)
    if rows.size == 0 or cols.size == 0:
        return None
    box = (int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1)
    return _accept(_to_image(box, scale, pixels), pixels)


def main_object_box(pixels: RgbPixels) -> Box | None:
    """The box of the largest connected foreground region, if it is a notable part."""
    mask, scale = foreground_mask(pixels)
    return _main_object_box(mask, scale, pixels)


def _main_object_box(mask: npt.NDArray[np.bool_], scale: float, pixels: RgbPixels) -> Box | None:
    kernel = np.ones((2 * JOIN_PIXELS + 1, 2 * JOIN_PIXELS + 1), np.uint8)
    joined = cv2.morphologyEx(mask.astype(np.uint8), cv2.MORPH_CLOSE, kernel)
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    if count <= 1:
        return None
    largest = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    x, y, w, h = (int(v) for v in stats[largest, :4])
    return _accept(_to_image((x, y, x + w, y + h), scale, pixels), pixels)


def _to_image(box: Box, scale: float, pixels: RgbPixels) -> Box:
    height, width = pixels.shape[:2]
    x0, y0, x1, y1 = box
    return (
        max(0, int(x0 / scale)),
        max(0, int(y0 / scale)),
        min(width, int(np.ceil(x1 / scale))),
        min(height, int(np.ceil(y1 / scale))),
    )


def _accept(box: Box, pixels: RgbPixels) -> Box | None:
    height, width = pixels.shape[:2]
    x0, y0, x1, y1 = box
    if (x1 - x0) < MIN_BOX_SIDE * width or (y1 - y0) < MIN_BOX_SIDE * height:
        return None
    trimmed = max(x0, y0, width - x1, height - y1)
    if trimmed < MIN_TRIM * min(width, height):
        return None
    return box
