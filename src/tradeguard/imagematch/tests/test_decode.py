import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from tradeguard.imagematch.decode import DecodeOptions, decode_image
from tradeguard.imagematch.results import DecodedImage, DecodeErrorKind, DecodeFailure

from .synthetic import photo


def _encode(image: Image.Image, fmt: str, **params: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


def test_exif_orientation_is_applied() -> None:
    image = Image.new("RGB", (200, 100), (255, 0, 0))
    image.paste((0, 0, 255), (0, 0, 100, 100))  # left half blue
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to display
    decoded = decode_image(_encode(image, "JPEG", exif=exif, quality=95))
    assert isinstance(decoded, DecodedImage)
    assert (decoded.width, decoded.height) == (100, 200)
    top = decoded.pixels[10, 50]
    assert top[2] > 200
    assert top[0] < 60


def test_alpha_is_flattened_on_white() -> None:
    image = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    image.paste((255, 0, 0, 255), (16, 16, 48, 48))
    decoded = decode_image(_encode(image, "PNG"))
    assert isinstance(decoded, DecodedImage)
    assert decoded.pixels[0, 0].tolist() == [255, 255, 255]
    assert decoded.pixels[32, 32].tolist() == [255, 0, 0]


def test_palette_transparency_is_flattened_on_white() -> None:
    image = Image.new("P", (32, 32), 0)
    image.putpalette([0, 0, 0, 0, 255, 0] + [0] * 762)
    image.paste(1, (8, 8, 24, 24))
    decoded = decode_image(_encode(image, "GIF", transparency=0))
    assert isinstance(decoded, DecodedImage)
    assert decoded.pixels[0, 0].tolist() == [255, 255, 255]
    assert decoded.pixels[16, 16].tolist() == [0, 255, 0]


@pytest.mark.parametrize(
    "data", [b"", b"not an image at all", _encode(Image.new("RGB", (64, 64)), "PNG")[:60]]
)
def test_corrupt_files_are_reported_not_raised(data: bytes) -> None:
    result = decode_image(data)
    assert isinstance(result, DecodeFailure)
    assert result.kind == DecodeErrorKind.UNREADABLE


def test_truncated_jpeg_is_reported() -> None:
    data = _encode(Image.fromarray(photo(1)), "JPEG", quality=90)
    result = decode_image(data[: len(data) // 2])
    assert isinstance(result, DecodeFailure)


def test_decompression_bomb_is_refused_before_decoding() -> None:
    data = _encode(Image.new("L", (4000, 4000)), "PNG")  # compresses to a few KB
    result = decode_image(data, DecodeOptions(max_pixels=10_000_000))
    assert isinstance(result, DecodeFailure)
    assert result.kind == DecodeErrorKind.TOO_LARGE


def test_large_jpeg_is_reduced_to_max_side() -> None:
    big = Image.fromarray(photo(2, (320, 240))).resize((2048, 1536))
    decoded = decode_image(_encode(big, "JPEG", quality=90), DecodeOptions(max_side=512))
    assert isinstance(decoded, DecodedImage)
    assert max(decoded.width, decoded.height) == 512
    assert decoded.original_size == (2048, 1536)
    assert decoded.pixels.dtype == np.uint8
    assert decoded.pixels.shape[2] == 3


def _pillow_pixels(data: bytes, max_side: int) -> np.ndarray:
    """What Pillow alone makes of a JPEG: draft, then a bilinear thumbnail."""
    with Image.open(io.BytesIO(data)) as image:
        image.draft("RGB", (max_side, max_side))
        rgb = image.convert("RGB")
        rgb.thumbnail((max_side, max_side), Image.Resampling.BILINEAR)
        return np.asarray(rgb)


@pytest.mark.parametrize(
    "size",
    [(360, 300), (700, 520), (1100, 1050), (2300, 2100), (4200, 4100)],
    ids=["small", "thumbnailed", "half-scale", "quarter-scale", "eighth-scale"],
)
def test_jpeg_fast_path_gives_pillows_pixels(size: tuple[int, int]) -> None:
    image = Image.fromarray(photo(3, (320, 240))).resize(size, Image.Resampling.BICUBIC)
    data = _encode(image, "JPEG", quality=85)
    decoded = decode_image(data)
    assert isinstance(decoded, DecodedImage)
    np.testing.assert_array_equal(decoded.pixels, _pillow_pixels(data, 512))


def test_jpeg_with_trailing_bytes_still_decodes() -> None:
    data = _encode(Image.fromarray(photo(4)), "JPEG", quality=90) + b"\0" * 64
    decoded = decode_image(data)
    assert isinstance(decoded, DecodedImage)
    np.testing.assert_array_equal(decoded.pixels, _pillow_pixels(data, 512))


def test_plain_jpeg_files_take_the_opencv_path_and_others_do_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tradeguard.imagematch.decode as decode_module

    calls: list[int] = []
    real = decode_module._decode_jpeg

    def spy(*args: object) -> object:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(decode_module, "_decode_jpeg", spy)
    image = Image.fromarray(photo(5))
    jpeg = tmp_path / "plain.jpg"
    jpeg.write_bytes(_encode(image, "JPEG", quality=90))
    png = tmp_path / "photo.png"
    png.write_bytes(_encode(image, "PNG"))
    turned = tmp_path / "turned.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6
    turned.write_bytes(_encode(image, "JPEG", quality=90, exif=exif))
    for path, fast in ((jpeg, True), (png, False), (turned, False)):
        calls.clear()
        decoded = decode_image(path)
        assert isinstance(decoded, DecodedImage)
        assert bool(calls) is fast, path.name
    # Read from a path, the fast path gives the same pixels as from the bytes.
    np.testing.assert_array_equal(decode_image(jpeg).pixels, _pillow_pixels(jpeg.read_bytes(), 512))
