"""How a matcher worker's cold start and a listing's CPU grow with the references held.

    python benchmarks/imagematch/scale.py DATA_DIR/holdout DATA_DIR/tune \
        [--sizes 250 1000 2000 4250] [--every 20]

For each size N, a fresh matcher loads N references in one index build, as a matcher
worker does after a restart (`monitoring.matching.WorkerIndex`): the held-out split's
references first, then the other split's references and listings, which are unrelated
to the held-out listings. Each reference loaded is searched for the templates it shares
with those loaded before it, so the cold start grows with the square of N. Then every
n-th held-out listing is matched (decoded beforehand), which grows with N. Both are CPU
time in this process (``time.process_time``), single-threaded; the references are
decoded and described once, before any timing, since a worker reads them from stored
fingerprints. The other split's images are mostly copies and siblings of one another,
which makes the template search do the most work: a worst case, not a typical
catalogue.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from tradeguard.imagematch.batch import _single_threaded, image_files
from tradeguard.imagematch.decode import decode_image
from tradeguard.imagematch.matcher import Matcher, PreparedImage
from tradeguard.imagematch.results import DecodedImage


def _prepared(paths: list[Path], limit: int) -> list[tuple[str, PreparedImage]]:
    preparer = Matcher()
    out: list[tuple[str, PreparedImage]] = []
    for path in paths:
        if len(out) >= limit:
            break
        image = decode_image(path)
        if isinstance(image, DecodedImage):
            out.append(
                (f"{path.parent.parent.name}/{path.name}", preparer.prepare_reference(image))
            )
    return out


def _cold_start(references: list[tuple[str, PreparedImage]]) -> tuple[Matcher, float]:
    matcher = Matcher()
    matcher.begin_build(len(references))
    started = time.process_time()
    for key, prepared in references:
        matcher.add_reference(key, prepared)
    matcher.finish_build()
    return matcher, time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("split", type=Path, help="the held-out split (its listings are timed)")
    parser.add_argument("other", type=Path, help="a split whose images fill the index")
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 1000, 2000, 4250])
    parser.add_argument("--every", type=int, default=20)
    args = parser.parse_args()
    _single_threaded()
    paths = [
        *image_files(args.split / "references"),
        *image_files(args.other / "references"),
        *image_files(args.other / "candidates"),
    ]
    print(f"describing up to {max(args.sizes)} references ...", flush=True)
    references = _prepared(paths, max(args.sizes))
    listings = [
        image
        for image in map(decode_image, image_files(args.split / "candidates")[:: args.every])
        if isinstance(image, DecodedImage)
    ]
    print("references  cold start (CPU)  per reference  listing CPU  shared a template")
    for size in args.sizes:
        matcher, cold = _cold_start(references[:size])
        started = time.process_time()
        for image in listings:
            matcher.match(image)
        per_listing = (time.process_time() - started) / len(listings)
        shared = sum(1 for ref_id in range(size) if matcher.shared_mask(ref_id) is not None)
        print(
            f"{size:10d}  {cold:13.1f} s  {1000 * cold / size:10.1f} ms"
            f"  {1000 * per_listing:8.2f} ms  {shared:17d}",
            flush=True,
        )


if __name__ == "__main__":
    main()
