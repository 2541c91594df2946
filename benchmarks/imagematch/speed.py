"""Speed figures: `images match` vs PDQ-only hashing, and 10 M-hash index queries.

    python benchmarks/imagematch/speed.py DATA_DIR/SPLIT [--hashes 10000000]

1. Runs ``tradeguard images match --json`` on the split (all cores) and, with the same
   number of processes, decodes every image in full and hashes it with Meta's PDQ
   (``pdqhash``): the cost of PDQ-only matching's unavoidable part.
2. Builds a random 10 M-hash index, saves and reloads it (memory-mapped), and times a
   query of one listing image's hashes (the image, its content box and main object; the
   dihedral turns and crop windows are on the reference side) on one core with the
   numba kernel, the numpy kernel and FAISS ``IndexBinaryFlat.range_search``.
"""

from __future__ import annotations

import argparse
import multiprocessing
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import faiss
import numpy as np
import pdqhash
from PIL import Image

from tradeguard.imagematch import kernels
from tradeguard.imagematch.batch import _single_threaded, image_files
from tradeguard.imagematch.index import FlatHashIndex
from tradeguard.imagematch.matcher import HASH_CANDIDATE_RADIUS

QUERY_HASHES = 3  # one listing at most: the image, its content box and main object


def _pdq_only(path: Path) -> None:
    pdqhash.compute(np.asarray(Image.open(path).convert("RGB")))


def match_vs_pdq(split: Path, workers: int) -> dict[str, float]:
    started = time.perf_counter()
    output = subprocess.run(
        [
            str(Path(sys.executable).parent / "tradeguard"),
            "images",
            "match",
            "--references",
            str(split / "references"),
            "--candidates",
            str(split / "candidates"),
            "--json",
            "--workers",
            str(workers),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    match_seconds = time.perf_counter() - started
    paths = image_files(split / "references") + image_files(split / "candidates")
    started = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(workers, initializer=_single_threaded) as pool:
        pool.map(_pdq_only, paths, chunksize=16)
    pdq_seconds = time.perf_counter() - started
    listings = len(image_files(split / "candidates"))
    return {
        "images": len(paths),
        "listings": listings,
        "pairs_reported": len(output.stdout.splitlines()),
        "match_seconds": match_seconds,
        "pdq_only_seconds": pdq_seconds,
        "ratio": match_seconds / pdq_seconds,
        "listings_per_second": listings / match_seconds,
    }


def _best_of(repeats: int, function: object) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return min(times)


def index_figures(count: int) -> dict[str, float]:
    _single_threaded()
    faiss.omp_set_num_threads(1)
    rng = np.random.default_rng(0)
    hashes = rng.integers(0, 2**64, size=(count, 4), dtype=np.uint64)
    queries = np.ascontiguousarray(hashes[:QUERY_HASHES])
    index = FlatHashIndex()
    index.add(np.arange(count, dtype=np.int64), hashes)
    out: dict[str, float] = {"hashes": count, "query_hashes": QUERY_HASHES}
    with tempfile.TemporaryDirectory() as tmp:
        index.save(Path(tmp) / "idx")
        del index
        started = time.perf_counter()
        loaded = FlatHashIndex.load(Path(tmp) / "idx")
        loaded.query(queries[:1], HASH_CANDIDATE_RADIUS)  # touches every page once
        out["load_and_first_query_seconds"] = time.perf_counter() - started
        out["bytes_per_hash"] = loaded.nbytes / len(loaded)
        columns = np.ascontiguousarray(loaded._columns)  # in RAM, as a serving process holds it
    radius = HASH_CANDIDATE_RADIUS
    numba_s = _best_of(5, lambda: kernels.search_numba(columns, count, queries, radius))
    numpy_s = _best_of(2, lambda: kernels.search_numpy(columns, count, queries, radius))
    flat = faiss.IndexBinaryFlat(256)
    flat.add(np.ascontiguousarray(columns.T).view(np.uint8))
    query_bytes = queries.view(np.uint8)
    faiss_s = _best_of(3, lambda: flat.range_search(query_bytes, radius + 1))
    for name, seconds in (("numba", numba_s), ("numpy", numpy_s), ("faiss", faiss_s)):
        out[f"{name}_query_ms"] = seconds * 1000
        out[f"{name}_gcomparisons_per_s"] = QUERY_HASHES * count / seconds / 1e9
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("split", type=Path)
    parser.add_argument("--hashes", type=int, default=10_000_000)
    parser.add_argument("--workers", type=int, default=multiprocessing.cpu_count())
    args = parser.parse_args()
    for key, value in match_vs_pdq(args.split, args.workers).items():
        print(f"{key}: {value:.3f}" if isinstance(value, float) else f"{key}: {value}")
    for key, value in index_figures(args.hashes).items():
        print(f"{key}: {value:.3f}" if isinstance(value, float) else f"{key}: {value}")


if __name__ == "__main__":
    main()
