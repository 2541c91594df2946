"""CPU time per listing: the engine against PDQ-only hashing, in one process.

    python benchmarks/imagematch/cputime.py DATA_DIR/SPLIT [--every 20] [--stages]

On a loaded shared machine wall-clock ratios (``speed.py``) move with the other
processes; CPU time does much less. Times every n-th listing with
``time.process_time``: decode + ``Matcher.match`` against decode + ``pdqhash.compute``
(Pillow decode, as ``speed.py``'s PDQ-only pass), and the references' preparation.
With ``--stages``, the listings are matched once more under ``cProfile`` and each
stage's share of that run is printed: where the time goes, for whoever makes it faster.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pdqhash
from PIL import Image

from tradeguard.imagematch.batch import _single_threaded, image_files
from tradeguard.imagematch.decode import decode_image
from tradeguard.imagematch.features import OrbExtractor
from tradeguard.imagematch.hashing import PdqVariantHasher
from tradeguard.imagematch.index import FlatHashIndex
from tradeguard.imagematch.matcher import Matcher
from tradeguard.imagematch.results import DecodedImage
from tradeguard.imagematch.verify import RansacVerifier, overlay

# The stages of Matcher.match that --stages reports (they do not overlap: the overlay
# is the part of verification that compares pixels, reported on its own).
STAGES: list[tuple[str, Callable[..., object]]] = [
    ("the listing's PDQ hashes", PdqVariantHasher.query_hashes),
    ("ORB keypoints and descriptors", OrbExtractor.extract),
    ("descriptor vote", FlatHashIndex.votes),
    ("verification: matches and fit", RansacVerifier.evidence),
    ("verification: overlay of the pixels", overlay),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("split", type=Path)
    parser.add_argument("--every", type=int, default=20)
    parser.add_argument("--stages", action="store_true", help="also profile each stage")
    args = parser.parse_args()
    _single_threaded()
    matcher = Matcher()
    references = image_files(args.split / "references")
    started = time.process_time()
    for path in references:
        image = decode_image(path)
        assert isinstance(image, DecodedImage)
        matcher.add_reference(path.name, image)
    reference_cpu = time.process_time() - started
    listings = image_files(args.split / "candidates")[:: args.every]
    started = time.process_time()
    for path in listings:
        image = decode_image(path)
        if isinstance(image, DecodedImage):
            matcher.match(image)
    match_cpu = time.process_time() - started
    started = time.process_time()
    for path in listings:
        pdqhash.compute(np.asarray(Image.open(path).convert("RGB")))
    pdq_cpu = time.process_time() - started
    per = 1000 / len(listings)
    print(f"references: {len(references)} prepared in {reference_cpu:.2f} s CPU")
    print(f"listings timed: {len(listings)}")
    print(f"match: {match_cpu * per:.2f} ms CPU per listing")
    print(f"PDQ only: {pdq_cpu * per:.2f} ms CPU per listing")
    print(f"ratio: {match_cpu / pdq_cpu:.2f}")
    if args.stages:
        _stages(matcher, listings)


# pstats' table: (file, line, function) -> (calls, primitive calls, own time,
# cumulative time, {caller: the same four figures}).
_Stats = dict[
    tuple[str, int, str],
    tuple[int, int, float, float, dict[tuple[str, int, str], tuple[int, int, float, float]]],
]


def _stages(matcher: Matcher, listings: list[Path]) -> None:
    """Each stage's CPU share of matching ``listings`` under cProfile (which adds its
    own overhead, so the shares are what to read, not the milliseconds)."""
    images = [image for image in map(decode_image, listings) if isinstance(image, DecodedImage)]
    profile = cProfile.Profile()
    profile.enable()
    for image in images:
        matcher.match(image)
    profile.disable()
    stats: _Stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = max(ct for _, _, _, ct, _ in stats.values())
    print(f"stages (cProfile, {len(images)} listings, {1000 * total / len(images):.2f} ms each):")
    counted = 0.0
    for label, function in STAGES:
        code = function.__code__
        key = (code.co_filename, code.co_firstlineno, code.co_name)
        spent = stats[key][3] if key in stats else 0.0
        if function is RansacVerifier.evidence:
            spent -= _called_from(stats, overlay, function)
        counted += spent
        print(f"  {label}: {1000 * spent / len(images):.2f} ms ({spent / total:.0%})")
    rest = total - counted
    label = "the rest (hash lookups, candidates, scores)"
    print(f"  {label}: {1000 * rest / len(images):.2f} ms ({rest / total:.0%})")


def _called_from(
    stats: _Stats, callee: Callable[..., object], caller: Callable[..., object]
) -> float:
    """Cumulative time ``callee`` spent when called by ``caller``."""
    code, outer = callee.__code__, caller.__code__
    entry = stats.get((code.co_filename, code.co_firstlineno, code.co_name))
    if entry is None:
        return 0.0
    return sum(
        timing[3]
        for (filename, line, name), timing in entry[4].items()
        if (filename, line, name) == (outer.co_filename, outer.co_firstlineno, outer.co_name)
    )


if __name__ == "__main__":
    main()
