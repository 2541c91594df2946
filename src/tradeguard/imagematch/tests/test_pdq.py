import numpy as np
import pdqhash
import pytest

from tradeguard.imagematch import pdq
from tradeguard.imagematch.results import hex_to_words

from .synthetic import photo

SIZES = [(320, 240), (240, 320), (512, 512), (97, 131), (640, 427), (1000, 700)]


def _reference_words(vector: np.ndarray) -> np.ndarray:
    # pdqhash returns bit k of Meta's Hash256 at position 255 - k.
    return pdq.bits_to_words(np.asarray(vector)[::-1])


@pytest.mark.parametrize("seed", range(6))
def test_agrees_with_meta_reference(seed: int) -> None:
    pixels = photo(seed, SIZES[seed])
    expected, quality = pdqhash.compute(pixels)
    ours = pdq.pdq_hash(pixels)
    assert quality >= 50  # a meaningful hash, not a flat image
    assert abs(ours.quality - quality) <= 1
    assert pdq.hamming(ours.words, _reference_words(expected)) <= 2


@pytest.mark.parametrize("seed", range(3))
def test_dihedral_hashes_agree_with_meta_reference(seed: int) -> None:
    pixels = photo(10 + seed, SIZES[seed])
    expected, _ = pdqhash.compute_dihedral(pixels)
    ours, _ = pdq.pdq_dihedral_from_luma(pdq.luma(pixels))
    for mine, theirs in zip(ours, expected, strict=True):
        assert pdq.hamming(mine, _reference_words(theirs)) <= 2


@pytest.mark.parametrize("variant", range(8))
def test_dihedral_variant_equals_hash_of_turned_pixels(variant: int) -> None:
    # At 320 px the reference's box window (3) and sampling grid (every 5th pixel) are
    # mirror-symmetric, so turning pixels and turning coefficients agree exactly. At
    # sizes with an even window they differ by up to ~40 bits, in Meta's code as here.
    pixels = photo(20, (320, 320))
    turns, _ = pdq.pdq_dihedral_from_luma(pdq.luma(pixels))
    turned = pdq.pdq_hash(pdq.transform_pixels(pixels, variant))
    assert pdq.hamming(turns[variant], turned.words) <= 2


def test_hex_round_trip_and_half_the_bits_set() -> None:
    words = pdq.pdq_hash(photo(3)).words
    text = pdq.pdq_hash(photo(3)).to_hex()
    assert len(text) == 64
    assert np.array_equal(hex_to_words(text), words)
    assert int(pdq.words_to_bits(words).sum()) == 128


def test_flat_image_has_zero_quality() -> None:
    assert pdq.pdq_hash(np.full((64, 64, 3), 128, np.uint8)).quality == 0
