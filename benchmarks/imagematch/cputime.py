"""CPU time per listing: the engine against PDQ-only hashing, in one process.

    python benchmarks/imagematch/cputime.py DATA_DIR/SPLIT [--every 20]

On a loaded shared machine wall-clock ratios (``speed.py``) move with the other
processes; CPU time does much less. Times every n-th listing with
``time.process_time``: decode + ``Matcher.match`` against decode + ``pdqhash.compute``
(Pillow decode, as ``speed.py``'s PDQ-only pass), and the references' preparation.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
import pdqhash
from PIL import Image

from tradeguard.imagematch.batch import _single_threaded, image_files
from tradeguard.imagematch.decode import decode_image
from tradeguard.imagematch.matcher import Matcher
from tradeguard.imagematch.results import DecodedImage


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("split", type=Path)
    parser.add_argument("--every", type=int, default=20)
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


if __name__ == "__main__":
    main()
