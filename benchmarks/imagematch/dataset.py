"""Build the benchmark image sets from photographs shipped by installed packages.

References are non-overlapping tiles of scikit-image's and scikit-learn's sample
photographs, some cut out and placed on white like product shots. Distractors are
crops of *other* tiles of the same photographs (never overlapping a reference) and
synthetic textures, gradients, shapes and text; every listing image, copy or
distractor, goes through one of the transform families. Sources are split in two by
photograph: the "tune" split sets thresholds, the "holdout" split is reported.

    python benchmarks/imagematch/dataset.py OUT_DIR
"""

from __future__ import annotations

import argparse
import json
import os
import random
from pathlib import Path

import numpy as np
import skimage
from PIL import Image, ImageDraw, ImageFilter
from sklearn.datasets import load_sample_images
from transforms import COMPANIES, FAMILIES, font  # type: ignore[import-not-found]

from tradeguard.imagematch import pdq

PHOTOS = [
    "astronaut.png", "camera.png", "cell.png", "chelsea.png", "clock_motion.png",
    "coffee.png", "coins.png", "hubble_deep_field.jpg", "ihc.png", "moon.png",
    "motorcycle_left.png", "retina.jpg", "rocket.jpg", "color.png", "page.png",
]  # fmt: skip
TEXTURES = ["brick.png", "grass.png", "gravel.png"]  # distractor pool only
TILE = 140
REFERENCE_SIDE = 360
DISTRACTORS_PER_SPLIT = 2000


def sources() -> dict[str, Image.Image]:
    data = Path(os.path.dirname(skimage.__file__)) / "data"
    images = {name: Image.open(data / name).convert("RGB") for name in PHOTOS + TEXTURES}
    for index, array in enumerate(load_sample_images().images):
        images[f"sklearn_{index}.jpg"] = Image.fromarray(array)
    return images


def tiles(image: Image.Image) -> list[tuple[Image.Image, bool]]:
    """Non-overlapping tiles; checkerboard: (tile, is_reference_slot)."""
    out = []
    cols, rows = image.width // TILE, image.height // TILE
    for r in range(rows):
        for c in range(cols):
            tile = image.crop((c * TILE, r * TILE, (c + 1) * TILE, (r + 1) * TILE))
            out.append((tile, (r + c) % 3 != 0))
    return out


# A reference tile must carry detail (PDQ quality; Meta treats < 50 as unreliable) and
# differ from every reference already taken (no near-duplicate tiles, e.g. two tiles of
# black background with a curved edge), so ground truth is unambiguous.
MIN_QUALITY = 50
MIN_DISTANCE = 70


def busy(tile: Image.Image) -> bool:
    return float(np.asarray(tile.convert("L"), dtype=np.float32).std()) > 15


def distinct(tile: Image.Image, taken: list[np.ndarray]) -> bool:
    turns, quality = pdq.pdq_dihedral_from_luma(pdq.luma(np.asarray(tile)))
    if quality < MIN_QUALITY:
        return False
    if any(min(pdq.hamming(t, other) for t in turns) < MIN_DISTANCE for other in taken):
        return False
    taken.append(turns[0])
    return True


def on_white(tile: Image.Image, rng: random.Random) -> Image.Image:
    """Cut a blob out of a tile and place it on white with a margin (a product shot)."""
    side = tile.width
    mask = Image.new("L", tile.size, 0)
    draw = ImageDraw.Draw(mask)
    points = []
    for k in range(12):
        angle = 2 * np.pi * k / 12
        radius = side / 2 * rng.uniform(0.65, 0.95)
        points.append((side / 2 + radius * np.cos(angle), side / 2 + radius * np.sin(angle)))
    draw.polygon(points, fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(2))
    margin = round(side * rng.uniform(0.12, 0.25))
    canvas = Image.new("RGB", (side + 2 * margin, side + 2 * margin), (255, 255, 255))
    canvas.paste(tile, (margin, margin), mask)
    return canvas


def synthetic(rng: random.Random) -> Image.Image:
    w, h = rng.randint(250, 500), rng.randint(250, 500)
    kind = rng.choice(["gradient", "shapes", "text", "noise"])
    if kind == "gradient":
        x = np.linspace(0, 1, w)[None, :, None]
        y = np.linspace(0, 1, h)[:, None, None]
        a, b, c = (np.array([rng.randint(0, 255) for _ in range(3)]) for _ in range(3))
        return Image.fromarray(
            np.clip(a * (1 - x) + b * x * y + c * (1 - y) * 0.3, 0, 255).astype(np.uint8)
        )
    background = (
        (255, 255, 255) if rng.random() < 0.7 else tuple(rng.randint(0, 255) for _ in range(3))
    )
    image = Image.new("RGB", (w, h), background)
    draw = ImageDraw.Draw(image)
    if kind == "noise":
        scale = rng.randint(4, 32)
        noise = np.random.default_rng(rng.randint(0, 2**31)).integers(
            0, 255, (h // scale + 1, w // scale + 1, 3)
        )
        return Image.fromarray(noise.astype(np.uint8)).resize((w, h), Image.Resampling.BICUBIC)
    for _ in range(rng.randint(1, 8)):
        colour = tuple(rng.randint(0, 255) for _ in range(3))
        x0, y0 = rng.randint(0, w - 20), rng.randint(0, h - 20)
        x1, y1 = rng.randint(x0 + 10, w), rng.randint(y0 + 10, h)
        if kind == "text":
            draw.text((x0, y0), rng.choice(COMPANIES), font=font(rng.randint(14, 48)), fill=colour)
        elif rng.random() < 0.5:
            draw.ellipse((x0, y0, x1, y1), fill=colour)
        else:
            draw.rectangle((x0, y0, x1, y1), fill=colour)
    return image


def build(out: Path, seed: int = 6) -> None:
    rng = random.Random(seed)
    names = sorted(sources().items(), key=lambda item: -item[1].width * item[1].height)
    splits: dict[str, list[tuple[str, Image.Image]]] = {"tune": [], "holdout": []}
    for index, item in enumerate(names):  # largest photos alternate between the splits
        splits["tune" if index % 2 == 0 else "holdout"].append(item)
    summary = {}
    for split, members in splits.items():
        root = out / split
        (root / "references").mkdir(parents=True, exist_ok=True)
        (root / "candidates").mkdir(parents=True, exist_ok=True)
        references, pool = [], []
        taken: list[np.ndarray] = []
        for name, image in members:
            for number, (tile, reference_slot) in enumerate(tiles(image)):
                usable = reference_slot and name not in TEXTURES and busy(tile)
                if usable and distinct(tile, taken):
                    references.append((f"{Path(name).stem}_{number}", tile))
                else:
                    pool.append(tile)
        truth = []
        for ref_number, (key, tile) in enumerate(references):
            product = ref_number % 3 == 2
            reference = on_white(tile, rng) if product else tile
            scale = REFERENCE_SIDE / max(reference.size)
            reference = reference.resize(
                (round(reference.width * scale), round(reference.height * scale)),
                Image.Resampling.LANCZOS,
            )
            ref_name = f"{key}{'_white' if product else ''}.png"
            reference.save(root / "references" / ref_name)
            for family, transform in FAMILIES.items():
                listing = transform(reference, rng)
                cand = f"copy_{Path(ref_name).stem}_{family}.jpg"
                listing.save(root / "candidates" / cand, quality=92)
                truth.append({"candidate": cand, "reference": ref_name, "family": family})
        families = list(FAMILIES)
        for number in range(DISTRACTORS_PER_SPLIT):
            if number % 5 < 3 and pool:
                tile = rng.choice(pool)
                keep = rng.uniform(0.6, 1.0)
                w, h = round(tile.width * keep), round(tile.height * keep)
                x, y = rng.randint(0, tile.width - w), rng.randint(0, tile.height - h)
                base = tile.crop((x, y, x + w, y + h)).resize((round(w * 2.2), round(h * 2.2)))
                if rng.random() < 0.3:
                    base = on_white(base.resize((base.width, base.width)), rng)
            else:
                base = synthetic(rng)
            family = families[number % len(families)]
            cand = f"other_{number:05d}_{family}.jpg"
            FAMILIES[family](base, rng).save(root / "candidates" / cand, quality=92)
            truth.append({"candidate": cand, "reference": None, "family": family})
        (root / "truth.json").write_text(json.dumps(truth, indent=0))
        summary[split] = {"references": len(references), "listings": len(truth)}
        print(split, summary[split], [name for name, _ in members])


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=6)
    build(parser.parse_args().out, parser.parse_args().seed)
