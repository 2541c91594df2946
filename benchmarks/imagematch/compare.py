"""Precision and recall with their uncertainty, and what separates two engines.

    python benchmarks/imagematch/compare.py DATA_DIR/SPLIT SCORES.json [OTHER.json]
        [--thresholds PHOTOS FLAT] [--other-thresholds PHOTOS FLAT]

``SCORES.json`` is what ``evaluate.py --scores`` writes: every scored (listing,
reference, score). Each kind of reference (flat graphics, photographs and others) is
judged at its own complaint threshold (the engine's ``action_threshold`` unless given),
and the whole at both. Every rate comes with its 95 % Wilson interval: with a few dozen
false pairs among thousands of copies, a change of five false pairs is within the
interval, and a split-to-split difference of that size is noise, not a finding.

The Wilson interval counts every pair as an independent trial, but a split's pairs come
in clusters: each source image (a reference's copies, a hard negative) goes through all
17 transforms, and one confusable source (two clock icons that differ by a hand)
contributes up to 17 false pairs at once. Each rate is therefore also given with a 95 %
interval from a bootstrap over source images (``--resamples``, seeded), which is wider
and is the one to judge a target by.

With ``OTHER.json`` (another engine's scores on the same split), the two are compared
pair by pair: the copies each finds that the other misses, the false pairs each
accepts that the other does not, and the exact two-sided binomial (McNemar) test on the
copies found by one only. Families whose recall is under 0.85 are listed.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.stats import binomtest

from tradeguard.imagematch.decode import decode_image
from tradeguard.imagematch.matcher import Matcher, action_threshold
from tradeguard.imagematch.results import DecodedImage

Pair = tuple[str, str]
FAMILY_TARGET = 0.85


@dataclass(frozen=True)
class Accepted:
    """The pairs an engine accepts at its thresholds, and the copies it finds."""

    found: set[Pair]
    false: set[Pair]


def load_scores(path: Path) -> dict[Pair, float]:
    return {
        (candidate, reference): score
        for candidate, reference, score in json.loads(path.read_text())
    }


def graphics_of(split: Path) -> dict[str, bool]:
    """Which references the engine treats as flat graphics (each kind's threshold)."""
    matcher = Matcher()
    names = []
    for path in sorted((split / "references").iterdir()):
        image = decode_image(path)
        assert isinstance(image, DecodedImage), path
        matcher.add_reference(path.name, image)
        names.append(path.name)
    return {name: matcher.graphics(name) for name in names}


def accepted(
    scores: dict[Pair, float],
    copies: set[Pair],
    graphics: dict[str, bool],
    thresholds: dict[bool, float],
) -> Accepted:
    kept = {pair for pair, score in scores.items() if score >= thresholds[graphics[pair[1]]]}
    return Accepted(found=kept & copies, false=kept - copies)


def interval(successes: int, trials: int) -> str:
    if trials == 0:
        return "  -                 "
    low, high = binomtest(successes, trials).proportion_ci(method="wilson")
    return f"{successes / trials:.4f} [{low:.4f}, {high:.4f}]"


def source(pair: Pair, families: dict[str, str]) -> str:
    """The source image a listing was made from: its name without the transform."""
    name = pair[0]
    suffix = f"_{families.get(name, '')}"
    stem = name.rsplit(".", 1)[0]
    return stem[: -len(suffix)] if families.get(name) and stem.endswith(suffix) else stem


def clustered_interval(
    successes: dict[str, int], trials: dict[str, int], resamples: int, seed: int = 16
) -> str:
    """The 95 % percentile interval of sum(successes) / sum(trials) when the sources
    (the keys of ``trials``) are resampled with replacement."""
    keys = sorted(k for k, n in trials.items() if n)
    if not keys:
        return "  -             "
    hits = np.array([successes.get(k, 0) for k in keys], dtype=np.float64)
    counts = np.array([trials[k] for k in keys], dtype=np.float64)
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(keys), size=(resamples, len(keys)))
    rates = hits[picks].sum(axis=1) / counts[picks].sum(axis=1)
    low, high = np.percentile(rates, [2.5, 97.5])
    return f"[{low:.4f}, {high:.4f}]"


def report(
    name: str,
    result: Accepted,
    copies: set[Pair],
    families: dict[str, str] | None = None,
    resamples: int = 0,
) -> None:
    found, false = len(result.found), len(result.false)
    print(
        f"  {name:34} precision {interval(found, found + false)}"
        f"  recall {interval(found, len(copies))}  false pairs {false}"
    )
    if families is None or resamples <= 0:
        return
    accepted_by: dict[str, int] = defaultdict(int)
    found_by: dict[str, int] = defaultdict(int)
    copies_by: dict[str, int] = defaultdict(int)
    for pair in result.found | result.false:
        accepted_by[source(pair, families)] += 1
    for pair in result.found:
        found_by[source(pair, families)] += 1
    for pair in copies:
        copies_by[source(pair, families)] += 1
    print(
        f"  {'':34}   by source image {clustered_interval(found_by, accepted_by, resamples)}"
        f"         {clustered_interval(found_by, copies_by, resamples)}"
        f"  ({len(copies_by)} copied and {len(set(accepted_by) - set(copies_by))} other"
        " sources accepted)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("split", type=Path)
    parser.add_argument("scores", type=Path)
    parser.add_argument("other", type=Path, nargs="?")
    parser.add_argument("--thresholds", type=float, nargs=2, metavar=("PHOTOS", "FLAT"))
    parser.add_argument("--other-thresholds", type=float, nargs=2, metavar=("PHOTOS", "FLAT"))
    parser.add_argument("--resamples", type=int, default=2000)
    args = parser.parse_args()
    truth = json.loads((args.split / "truth.json").read_text())
    families = {t["candidate"]: t["family"] for t in truth}
    copies = {(t["candidate"], t["reference"]) for t in truth if t["reference"]}
    family = {pair: families[pair[0]] for pair in copies}
    graphics = graphics_of(args.split)
    default = {False: action_threshold(False), True: action_threshold(True)}

    def thresholds(given: list[float] | None) -> dict[bool, float]:
        return default if given is None else {False: given[0], True: given[1]}

    runs = [(args.scores, thresholds(args.thresholds))]
    if args.other is not None:
        runs.append((args.other, thresholds(args.other_thresholds)))
    results = []
    for path, limits in runs:
        scores = load_scores(path)
        result = accepted(scores, copies, graphics, limits)
        results.append(result)
        print(
            f"{path} (photographs and others at {limits[False]}, flat graphics at {limits[True]})"
        )
        for kind, label in ((False, "photographs and other references"), (True, "flat graphics")):
            mine = {pair for pair in copies if graphics[pair[1]] == kind}
            report(
                label,
                Accepted(
                    {p for p in result.found if p in mine},
                    {p for p in result.false if graphics[p[1]] == kind},
                ),
                mine,
                families,
                args.resamples,
            )
        report("all", result, copies, families, args.resamples)
        short = []
        for name in sorted(set(family.values())):
            members = {pair for pair, f in family.items() if f == name}
            recall = len(result.found & members) / len(members)
            if recall < FAMILY_TARGET:
                short.append(f"{name} {recall:.3f}")
        print(f"  families under {FAMILY_TARGET}: {', '.join(short) or 'none'}")
    if len(results) == 2:
        first, second = results
        only_first, only_second = first.found - second.found, second.found - first.found
        discordant = len(only_first) + len(only_second)
        p_value = binomtest(len(only_first), discordant).pvalue if discordant else 1.0
        print(
            f"copies found by the first only {len(only_first)}, by the second only"
            f" {len(only_second)} (McNemar exact p = {p_value:.3f})"
        )
        print(
            f"false pairs accepted by the first only {len(first.false - second.false)},"
            f" by the second only {len(second.false - first.false)}"
        )


if __name__ == "__main__":
    main()
