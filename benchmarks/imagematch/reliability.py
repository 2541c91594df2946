"""Reliability of the engine's score: is a pair scored p a copy with probability p?

    python benchmarks/imagematch/reliability.py DATA_DIR/SPLIT SCORES.json OUT.png

Reads the scores ``evaluate.py --scores`` wrote (every candidate the engine verified,
whatever its score) and the split's truth, bins the pairs by score (ten bins of 0.1)
and draws the observed share of copies per bin against the bin's mean score, with the
number of pairs in each bin; prints the table and the expected calibration error
(pair-weighted mean |observed - predicted|). Pillow only, no plotting library.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

BINS = 10


def table(split: Path, scores_file: Path) -> list[tuple[float, float, float, int]]:
    """(low edge, mean score, share of copies, pairs) per non-empty bin."""
    truth = json.loads((split / "truth.json").read_text())
    copies = {(t["candidate"], t["reference"]) for t in truth if t["reference"]}
    bins: list[list[tuple[float, bool]]] = [[] for _ in range(BINS)]
    for candidate, reference, score in json.loads(scores_file.read_text()):
        index = min(BINS - 1, int(score * BINS))
        bins[index].append((score, (candidate, reference) in copies))
    rows = []
    for index, members in enumerate(bins):
        if members:
            mean = sum(s for s, _ in members) / len(members)
            share = sum(1 for _, hit in members if hit) / len(members)
            rows.append((index / BINS, mean, share, len(members)))
    return rows


def draw(rows: list[tuple[float, float, float, int]], out: Path, title: str) -> None:
    size, margin = 560, 70
    image = Image.new("RGB", (size + margin + 60, size + margin + 40), "white")
    pen = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=14)

    def at(x: float, y: float) -> tuple[float, float]:
        return margin + x * size, 30 + (1 - y) * size

    pen.rectangle((*at(0, 1), *at(1, 0)), outline=(0, 0, 0))
    for tick in range(0, 11, 2):
        value = tick / 10
        pen.line((*at(value, 0), at(value, 0)[0], at(value, 0)[1] + 5), fill=(0, 0, 0))
        pen.text(
            (at(value, 0)[0] - 8, at(value, 0)[1] + 8), f"{value:.1f}", fill=(0, 0, 0), font=font
        )
        pen.line((at(0, value)[0] - 5, at(0, value)[1], *at(0, value)), fill=(0, 0, 0))
        pen.text(
            (at(0, value)[0] - 36, at(0, value)[1] - 8), f"{value:.1f}", fill=(0, 0, 0), font=font
        )
        pen.line((*at(value, 0), *at(value, 1)), fill=(230, 230, 230))
        pen.line((*at(0, value), *at(1, value)), fill=(230, 230, 230))
    pen.line((*at(0, 0), *at(1, 1)), fill=(150, 150, 150), width=1)
    points = [at(mean, share) for _, mean, share, _ in rows]
    if len(points) > 1:
        pen.line(points, fill=(20, 90, 200), width=2)
    for (_, _, _, count), (x, y) in zip(rows, points, strict=True):
        pen.ellipse((x - 5, y - 5, x + 5, y + 5), fill=(20, 90, 200))
        pen.text((x + 7, y - 18), str(count), fill=(80, 80, 80), font=font)
    pen.text((margin, 8), title, fill=(0, 0, 0), font=font)
    pen.text((margin + size / 2 - 60, size + 58), "mean score in bin", fill=(0, 0, 0), font=font)
    pen.text((4, 30 + size / 2), "copies", fill=(0, 0, 0), font=font)
    image.save(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("split", type=Path)
    parser.add_argument("scores", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    rows = table(args.split, args.scores)
    total = sum(count for *_, count in rows)
    error = sum(count * abs(share - mean) for _, mean, share, count in rows) / max(1, total)
    print(f"{'bin':>5} {'mean score':>10} {'copies':>7} {'pairs':>6}")
    for low, mean, share, count in rows:
        print(f"{low:5.1f} {mean:10.3f} {share:7.3f} {count:6d}")
    print(f"expected calibration error {error:.4f} over {total} pairs")
    draw(rows, args.out, f"{args.split.name}: share of copies per score bin (ECE {error:.3f})")


if __name__ == "__main__":
    main()
