"""Robust, fast image decoding for hashing.

JPEGs are decoded at reduced size with Pillow's ``draft`` mode (DCT scaling, several
times faster than a full decode followed by a resize), EXIF orientation is applied,
transparency is flattened on white and anything that is not a decodable image comes
back as a :class:`DecodeFailure` instead of an exception.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from tradeguard.imagematch.results import DecodedImage, DecodeErrorKind, DecodeFailure, DecodeResult

# The longest side images are reduced to before hashing. PDQ's reference tools hash at
# 512 px; local features are computed at the same size.
DEFAULT_MAX_SIDE = 512

# Refuse images over this many pixels before decoding them (a decompression bomb is a
# tiny file that expands to gigabytes). 100 MP covers every camera and scanner in use.
DEFAULT_MAX_PIXELS = 100_000_000

WHITE = (255, 255, 255)

_DECODE_ERRORS = (
    OSError,
    ValueError,
    SyntaxError,
    EOFError,
    UnidentifiedImageError,
    Image.DecompressionBombError,
    MemoryError,
)


@dataclass(frozen=True, slots=True)
class DecodeOptions:
    """Limits for :func:`decode_image`."""

    max_side: int = DEFAULT_MAX_SIDE
    max_pixels: int = DEFAULT_MAX_PIXELS


def decode_image(source: Path | str | bytes, options: DecodeOptions | None = None) -> DecodeResult:
    """Decode ``source`` (a path or the file's bytes) into upright RGB pixels.

    The result's longest side is at most ``options.max_side``; smaller images are not
    enlarged.
    """
    opts = options or DecodeOptions()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return _decode(source, opts)
    except Image.DecompressionBombWarning as exc:
        return DecodeFailure(DecodeErrorKind.TOO_LARGE, str(exc))
    except _DECODE_ERRORS as exc:
        return DecodeFailure(DecodeErrorKind.UNREADABLE, f"{type(exc).__name__}: {exc}")


def _decode(source: Path | str | bytes, opts: DecodeOptions) -> DecodeResult:
    with _open(source) as stream, Image.open(stream) as image:
        width, height = image.size
        if width <= 0 or height <= 0:
            return DecodeFailure(DecodeErrorKind.EMPTY, "image has no pixels")
        if width * height > opts.max_pixels:
            return DecodeFailure(
                DecodeErrorKind.TOO_LARGE,
                f"{width}x{height} exceeds the {opts.max_pixels} pixel limit",
            )
        if image.format == "JPEG":
            # draft() picks the largest DCT scale (1/2, 1/4, 1/8) that stays >= the size.
            image.draft("RGB", (opts.max_side, opts.max_side))
        upright = ImageOps.exif_transpose(image) or image
        rgb = flatten_on_white(upright)
        rgb.thumbnail((opts.max_side, opts.max_side), Image.Resampling.BILINEAR)
        pixels = np.asarray(rgb, dtype=np.uint8)
    if pixels.ndim != 3 or pixels.shape[0] == 0 or pixels.shape[1] == 0:
        return DecodeFailure(DecodeErrorKind.EMPTY, "image has no pixels")
    return DecodedImage(pixels=np.ascontiguousarray(pixels), original_size=(width, height))


def _open(source: Path | str | bytes) -> BinaryIO:
    return io.BytesIO(source) if isinstance(source, bytes) else Path(source).open("rb")


def flatten_on_white(image: Image.Image) -> Image.Image:
    """Return an RGB copy of ``image`` with any transparency composited on white."""
    if image.mode == "P":
        image = image.convert("RGBA" if "transparency" in image.info else "RGB")
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (*WHITE, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    if image.mode != "RGB":
        return image.convert("RGB")
    image.load()
    return image
