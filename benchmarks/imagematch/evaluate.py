"""Accuracy of TradeGuard's engine, PDQ + dihedral and pHash on one benchmark split.

    python benchmarks/imagematch/evaluate.py DATA_DIR/SPLIT [--workers N] [--json OUT]

Scores every (listing, reference) pair each method proposes and reports, per
transform family and overall: precision and recall at the method's default
threshold and the best recall with precision >= 0.99.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from collections import defaultdict
from pathlib import Path

import imagehash
import numpy as np
import pdqhash
from PIL import Image
from thresholds import lowest_threshold

from tradeguard.imagematch import pdq
from tradeguard.imagematch.batch import _single_threaded as single_threaded
from tradeguard.imagematch.decode import decode_image
from tradeguard.imagematch.matcher import MATCH_THRESHOLD, Matcher, action_threshold
from tradeguard.imagematch.results import DecodedImage, IndexNotReady

PDQ_THRESHOLD = 31
PHASH_THRESHOLD = 10  # imagehash's documented rule of thumb for "similar"
Scored = dict[tuple[str, str], float]  # (candidate, reference) -> score, higher = copy

_MATCHER: Matcher | None = None


def _engine_scores(path: Path) -> list[tuple[str, str, float]]:
    assert _MATCHER is not None
    image = decode_image(path)
    if not isinstance(image, DecodedImage):
        return []
    report = _MATCHER.score_all(image)
    assert not isinstance(report, IndexNotReady)
    return [(path.name, c.reference, c.score) for c in report.candidates]


def engine(root: Path, workers: int) -> tuple[Scored, dict[str, bool]]:
    """Every scored pair, and which references are flat graphics."""
    global _MATCHER
    _MATCHER = Matcher()
    for path in sorted((root / "references").iterdir()):
        image = decode_image(path)
        assert isinstance(image, DecodedImage), path
        _MATCHER.add_reference(path.name, image)
    paths = sorted((root / "candidates").iterdir())
    with multiprocessing.get_context("fork").Pool(workers, initializer=single_threaded) as pool:
        rows = pool.map(_engine_scores, paths, chunksize=16)
    graphics = {path.name: _MATCHER.graphics(path.name) for path in (root / "references").iterdir()}
    return {(c, r): s for batch in rows for c, r, s in batch}, graphics


def of_kind(
    scores: Scored, truth: list[dict], graphics: dict[str, bool], kind: bool
) -> tuple[Scored, list[dict]]:
    """The pairs and listings that concern references of one kind (flat graphics or
    not): pairs on such references, and listings copying one or copying none."""
    mine = {(c, r): s for (c, r), s in scores.items() if graphics[r] == kind}
    rows = [t for t in truth if t["reference"] is None or graphics[t["reference"]] == kind]
    return mine, rows


def _pdq_dihedral(path: Path) -> np.ndarray:
    pixels = np.asarray(Image.open(path).convert("RGB"))
    vectors, _ = pdqhash.compute_dihedral(pixels)
    return np.stack([pdq.bits_to_words(np.asarray(v)[::-1]) for v in vectors])


def _phash(path: Path) -> np.ndarray:
    return imagehash.phash(Image.open(path).convert("RGB")).hash.reshape(-1)


def baselines(root: Path, workers: int) -> tuple[Scored, Scored]:
    refs = sorted((root / "references").iterdir())
    cands = sorted((root / "candidates").iterdir())
    with multiprocessing.get_context("fork").Pool(workers, initializer=single_threaded) as pool:
        ref_pdq = np.stack([h[0] for h in pool.map(_pdq_dihedral, refs)])
        cand_pdq = np.stack(pool.map(_pdq_dihedral, cands))
        ref_ph = np.stack(pool.map(_phash, refs))
        cand_ph = np.stack(pool.map(_phash, cands))
    pdq_scores: Scored = {}
    ph_scores: Scored = {}
    for i, cand in enumerate(cands):
        xor = np.bitwise_xor(cand_pdq[i][:, None, :], ref_pdq[None, :, :])
        distance = np.bitwise_count(xor).sum(axis=2).min(axis=0)
        ph_distance = (cand_ph[i][None, :] != ref_ph).sum(axis=1)
        for j, ref in enumerate(refs):
            pdq_scores[(cand.name, ref.name)] = -float(distance[j])
            ph_scores[(cand.name, ref.name)] = -float(ph_distance[j])
    return pdq_scores, ph_scores


def metrics(scores: Scored, truth: list[dict], threshold: float) -> dict[str, dict[str, float]]:
    positives = {(t["candidate"], t["reference"]) for t in truth if t["reference"]}
    groups: dict[str, list[dict]] = defaultdict(list)
    for t in truth:
        groups[t["family"]].append(t)
        groups["overall"].append(t)
    for t in truth:  # listings by kind (issue 16's hard negatives and their references)
        groups[f"kind:{t.get('kind', 'photo')}"].append(t)
    pairs = sorted(scores.items(), key=lambda item: -item[1])
    out = {}
    for family, members in groups.items():
        names = {t["candidate"] for t in members}
        wanted = {p for p in positives if p[0] in names}
        ranked = [(pair in wanted, s) for pair, s in pairs if pair[0] in names]
        predicted = [hit for hit, s in ranked if s >= threshold]
        tp = sum(predicted)
        out[family] = {
            "positives": len(wanted),
            "precision": tp / len(predicted) if predicted else 1.0,
            "recall": tp / len(wanted) if wanted else 1.0,
            "false_positives": len(predicted) - tp,
        }
    # Best recall at >= 99% precision, threshold chosen overall and applied per family.
    # A threshold counts every pair scoring at least it: pairs tied at a score are
    # judged together, after the last of them.
    ranked = [(p in positives, s) for p, s in pairs]
    settled = [
        count == len(ranked) or ranked[count][1] != s for count, (_, s) in enumerate(ranked, 1)
    ]
    best_t, best_recall, tp = None, 0.0, 0
    for count, ((hit, s), last) in enumerate(zip(ranked, settled, strict=True), start=1):
        tp += hit
        if last and tp / count >= 0.99 and tp / len(positives) >= best_recall:
            best_t, best_recall = s, tp / len(positives)
    for family, members in groups.items():
        names = {t["candidate"] for t in members}
        wanted = {p for p in positives if p[0] in names}
        hits = sum(1 for p in wanted if best_t is not None and scores.get(p, -1e9) >= best_t)
        out[family]["recall_at_p99"] = hits / len(wanted) if wanted else 1.0
    out["overall"]["threshold_at_p99"] = best_t if best_t is not None else float("nan")
    # The lowest score threshold with precision >= 0.995 over everything above it.
    strict = lowest_threshold(((s, hit) for hit, s in ranked), 0.995)
    out["overall"]["threshold_at_p995"] = strict if strict is not None else float("nan")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("split", type=Path)
    parser.add_argument("--workers", type=int, default=multiprocessing.cpu_count())
    parser.add_argument("--json", type=Path)
    parser.add_argument("--scores", type=Path, help="write every engine score here")
    parser.add_argument("--no-baselines", action="store_true", help="the engine only")
    args = parser.parse_args()
    single_threaded()  # OpenCV's thread pool does not survive fork(); never start it
    truth = json.loads((args.split / "truth.json").read_text())
    started = time.perf_counter()
    ours, graphics = engine(args.split, args.workers)
    engine_seconds = time.perf_counter() - started
    if args.scores:
        args.scores.write_text(json.dumps([[c, r, s] for (c, r), s in ours.items()]))
    if args.no_baselines:
        pdq_scores: Scored = {}
        ph_scores: Scored = {}
    else:
        pdq_scores, ph_scores = baselines(args.split, args.workers)
    result = {
        "tradeguard": metrics(ours, truth, MATCH_THRESHOLD),
        # Complaint-ready: at or above the threshold of the reference's kind.
        "tradeguard_action": metrics(
            {(c, r): float(s >= action_threshold(graphics[r])) for (c, r), s in ours.items()},
            truth,
            1.0,
        ),
        "pdq_dihedral": metrics(pdq_scores, truth, -PDQ_THRESHOLD),
        "phash": metrics(ph_scores, truth, -PHASH_THRESHOLD),
        "engine_seconds": engine_seconds,
    }
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))
    families = list(result["tradeguard"])
    print(
        f"{'family':24} {'TG P':>6} {'TG R':>6} {'FP':>4} {'TG R99':>6} {'act P':>6} {'act R':>6}"
        f" {'PDQ R':>6} {'PDQ R99':>7} {'pH R99':>6}"
    )
    empty = {"precision": 0.0, "recall": 0.0, "recall_at_p99": 0.0}
    for family in families:
        tg, act = result["tradeguard"][family], result["tradeguard_action"][family]
        pq, ph = (result[m].get(family, empty) for m in ("pdq_dihedral", "phash"))
        print(
            f"{family:24} {tg['precision']:6.3f} {tg['recall']:6.3f} {tg['false_positives']:4d}"
            f" {tg['recall_at_p99']:6.3f} {act['precision']:6.3f} {act['recall']:6.3f}"
            f" {pq['recall']:6.3f} {pq['recall_at_p99']:7.3f} {ph['recall_at_p99']:6.3f}"
        )
    overall = result["tradeguard"]["overall"]
    print(f"threshold for precision >= 0.99: {overall['threshold_at_p99']:.4f}")
    print(f"threshold for precision >= 0.995: {overall['threshold_at_p995']:.4f}")
    for kind, name in ((False, "photographs and other references"), (True, "flat graphics")):
        kind_scores, kind_truth = of_kind(ours, truth, graphics, kind)
        found = metrics(kind_scores, kind_truth, action_threshold(kind))["overall"]
        print(
            f"  {name}: threshold for precision >= 0.995 {found['threshold_at_p995']:.4f};"
            f" at {action_threshold(kind)}: precision {found['precision']:.4f},"
            f" recall {found['recall']:.3f}, false pairs {found['false_positives']}"
        )
    print(f"engine {engine_seconds:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
