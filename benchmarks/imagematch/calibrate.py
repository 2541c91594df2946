"""Fit the verifier's score (a logistic regression) on the tuning split.

    python benchmarks/imagematch/calibrate.py DATA_DIR/tune [--workers N]

Runs the engine's first stage on every listing of the split and measures every pair
it would verify: from local features (inliers, covered area, the two overlay
agreements) and, for hash candidates, overlaid as the hash aligns them (PDQ distance,
the two agreements). Fits a logistic regression of "is a copy" on the first, and a
second stage on its logit, the lost ink of flat graphics (``verify.lost_ink``),
whether the fit turns or mirrors the listing (``verify.W_TURNED``) and whether the
reference is flat graphics (``verify.W_FLAT``), how close the pair's hashes are
(``verify.W_HASH``), how close they are once the fit overlays the two
(``verify.W_REGISTERED``) and the extra ink of flat graphics (``verify.extra_ink``);
then, on the hash candidates where local features found no fit (and the ink of flat
graphics agrees), one on the distance and the agreement, and shows where the agreement
gate separates copies from other pairs. Prints the coefficients that
``tradeguard.imagematch.verify`` holds as named constants. Refuses any split but
the tuning one.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from tradeguard.imagematch.batch import _single_threaded as single_threaded
from tradeguard.imagematch.decode import decode_image
from tradeguard.imagematch.hashing import MIRRORING
from tradeguard.imagematch.matcher import (
    HASH_CANDIDATE_RADIUS,
    Matcher,
    _boxes_of,
    _informative,
    hash_alignment,
)
from tradeguard.imagematch.results import DecodedImage
from tradeguard.imagematch.verify import (
    MIN_INLIERS,
    PairEvidence,
    RansacVerifier,
    aligned_agreement,
    extra_ink_input,
    hash_closeness_input,
    ink_differs,
    lost_ink_input,
    overlay,
    pair_score,
    registered_closeness_input,
    score_inputs,
)

_MATCHER: Matcher | None = None
score_inputs_names = (
    "W_INLIERS",
    "W_COVERAGE",
    "W_AGREEMENT",
    "W_DETAIL",
    "W_UNEXPLAINED",
    "W_DETAIL_UNEXPLAINED",
    "W_WHOLE_AGREEMENT",
    "W_WHOLE_DETAIL",
    "W_SHARED",
    "W_ALL_INLIERS",
    "W_CENTRE_INLIERS",
    "W_CENTRE_SHARE",
    "W_CENTRE_AGREEMENT",
    "W_CENTRE_UNEXPLAINED",
    "W_CENTRE_DETAIL",
)
_TRUTH: dict[str, str | None] = {}


Row = tuple[list[float] | None, list[float] | None, int, str, str]
# score inputs (local features), hash-aligned inputs, label, listing, reference


def _pairs(path: Path) -> list[Row]:
    assert _MATCHER is not None
    image = decode_image(path)
    if not isinstance(image, DecodedImage):
        return []
    prepared = _MATCHER.prepare_query(image)
    evidence = _MATCHER._first_stage(prepared)  # the pairs the engine would verify
    assert isinstance(evidence, dict)
    verifier = RansacVerifier()
    boxes = _boxes_of(prepared.hashes, prepared.pixels)
    rows: list[Row] = []
    informative = _informative(prepared.features)
    for ref_id, ev in _MATCHER._worth_verifying(evidence):
        reference = _MATCHER._features[ref_id]
        shared = _MATCHER.shared_mask(ref_id)
        # Like the matcher (Matcher._verified): the query as it is and, when the
        # closest hash hit is mirrored, its mirror image; the pair the current weights
        # score higher.
        orientations = [(prepared.features, False)]
        if ev.variant in MIRRORING:
            orientations.append((_MATCHER.extractor.extract(image.pixels[:, ::-1]), True))
        measured = max(
            (
                verifier.evidence(
                    features, reference, shared, mirrored=mirrored, hash_distance=ev.hit_distance
                )
                for features, mirrored in orientations
            ),
            key=lambda m: pair_score(m) if isinstance(m, PairEvidence) else -1.0,
        )
        local = (
            [
                *score_inputs(measured),
                lost_ink_input(measured),
                float(measured.turned),
                float(measured.flat),
                hash_closeness_input(measured),
                registered_closeness_input(measured),
                extra_ink_input(measured),
            ]
            if isinstance(measured, PairEvidence) and measured.inliers >= MIN_INLIERS
            else None
        )
        aligned = None
        trusted = informative and _MATCHER._hash_trusted(ref_id)
        if ev.distance <= HASH_CANDIDATE_RADIUS and trusted:
            matrix = hash_alignment(ev, boxes, prepared.features.size, reference.size)
            if matrix is not None:
                measured_overlay = overlay(
                    prepared.features, reference, matrix, interior=True, shared=shared
                )
                aligned = [
                    float(ev.distance),
                    aligned_agreement(measured_overlay),
                    measured_overlay.own_agreement,
                    measured_overlay.lost_ink,
                    measured_overlay.extra_ink,
                    float(ink_differs(measured_overlay)),
                ]
        if local is not None or aligned is not None:
            key = _MATCHER._keys[ref_id]
            rows.append((local, aligned, int(_TRUTH[path.name] == key), path.name, key))
    return rows


def main() -> None:
    global _MATCHER, _TRUTH
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("split", type=Path)
    parser.add_argument("--workers", type=int, default=multiprocessing.cpu_count())
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--every", type=int, default=1, help="fit on every n-th listing")
    parser.add_argument("--dump", type=Path, help="write every measured pair here (JSON)")
    args = parser.parse_args()
    single_threaded()
    if args.split.name != "tune":
        raise SystemExit("calibrate on the tuning split only")
    _TRUTH = {
        t["candidate"]: t["reference"] for t in json.loads((args.split / "truth.json").read_text())
    }
    _MATCHER = Matcher()
    for path in sorted((args.split / "references").iterdir()):
        image = decode_image(path)
        assert isinstance(image, DecodedImage)
        _MATCHER.add_reference(path.name, image)
    paths = sorted((args.split / "candidates").iterdir())[:: args.every]
    with multiprocessing.get_context("fork").Pool(
        args.workers, initializer=single_threaded
    ) as pool:
        rows = [row for batch in pool.map(_pairs, paths, chunksize=16) for row in batch]
    if args.dump:
        args.dump.write_text(json.dumps(rows))
    local = [(r[0][: len(score_inputs_names)], r[2]) for r in rows if r[0] is not None]
    x = np.array([r[0] for r in local])
    y = np.array([r[1] for r in local])
    model = LogisticRegression(C=10.0, max_iter=2000).fit(x, y)
    p = model.predict_proba(x)[:, 1]
    print(f"local-feature pairs {len(y)} (copies {int(y.sum())})")
    print(f"INTERCEPT = {model.intercept_[0]:.2f}")
    for name, weight in zip(score_inputs_names, model.coef_[0], strict=True):
        print(f"{name} = {weight:.3f}")
    missed, accepted = int((p[y == 1] < 0.5).sum()), int((p[y == 0] >= 0.5).sum())
    print(f"  at 0.5: copies missed {missed}, others accepted {accepted}")
    # The second stage: the first stage's logit, the lost ink of flat graphics,
    # whether the fit turns or mirrors the listing and whether the reference is flat.
    after = len(score_inputs_names)
    ink = np.array([r[0][after] for r in rows if r[0] is not None])
    turned = np.array([r[0][after + 1] for r in rows if r[0] is not None])
    z = model.decision_function(x)
    flat = np.array([r[0][after + 2] for r in rows if r[0] is not None])
    closeness = np.array([r[0][after + 3] for r in rows if r[0] is not None])
    registered = np.array([r[0][after + 4] for r in rows if r[0] is not None])
    extra = np.array([r[0][after + 5] for r in rows if r[0] is not None])
    second_inputs = np.column_stack([z, ink, turned, flat, closeness, registered, extra])
    second = LogisticRegression(C=10.0, max_iter=2000).fit(second_inputs, y)
    print(f"SCORE_SCALE = {second.coef_[0][0]:.4f}")
    print(f"SCORE_SHIFT = {second.intercept_[0]:.3f}")
    print(f"W_LOST_INK = {second.coef_[0][1]:.4f}")
    print(f"W_TURNED = {second.coef_[0][2]:.4f}")
    print(f"W_FLAT = {second.coef_[0][3]:.4f}")
    print(f"W_HASH = {second.coef_[0][4]:.4f}")
    print(f"W_REGISTERED = {second.coef_[0][5]:.4f}")
    print(f"W_EXTRA_INK = {second.coef_[0][6]:.4f}")
    p = second.predict_proba(second_inputs)[:, 1]
    missed, accepted = int((p[y == 1] < 0.5).sum()), int((p[y == 0] >= 0.5).sum())
    print(f"  at 0.5 after the second stage: copies missed {missed}, others accepted {accepted}")
    # Where local features found no fit (Matcher.score_all), and not where the ink of
    # flat graphics differs (verify.ink_differs), which scores 0.
    weak = [
        (aligned, label)
        for features, aligned, label, *_ in rows
        if aligned is not None and features is None and not aligned[5]
    ]
    copies = [r[0] for r in weak if r[1] == 1]
    others = [r[0] for r in weak if r[1] == 0]
    print(f"hash-aligned pairs {len(weak)} (copies {len(copies)})")
    if not copies or not others:
        return
    if args.show:
        for row, label in sorted(weak):
            print(
                f"  distance {row[0]:.0f} agreement {row[1]:.3f} (object only {row[2]:.3f})"
                f" copy {label}"
            )
    # The gate: between the most agreeing pair that is not a copy and the least
    # agreeing copy above it.
    highest_other = max((r[1] for r in others), default=-1.0)
    above = [r[1] for r in copies if r[1] > highest_other]
    print(f"  not copies: agreement <= {highest_other:.3f}; copies above it: >= {min(above):.3f}")
    print(f"  copies below it: {sum(1 for r in copies if r[1] <= highest_other)}")
    # The score: a logistic in the distance and the agreement over all those pairs.
    x = np.array([[row[0], row[1]] for row, _ in weak])
    y = np.array([label for _, label in weak])
    fit = LogisticRegression(C=10.0, max_iter=5000).fit(x, y)
    print(f"ALIGNED_INTERCEPT = {fit.intercept_[0]:.2f}")
    print(f"ALIGNED_W_DISTANCE = {fit.coef_[0][0]:.3f}")
    print(f"ALIGNED_W_AGREEMENT = {fit.coef_[0][1]:.2f}")


if __name__ == "__main__":
    main()
