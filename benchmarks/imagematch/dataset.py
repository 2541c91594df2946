"""Build the benchmark image sets from photographs shipped by installed packages.

References are non-overlapping tiles of scikit-image's and scikit-learn's sample
photographs, some cut out and placed on white like product shots, plus synthesized
products on white (a textured, shaded body with a printed label). Distractors are
crops of tiles of the *other* split's photographs (and of scikit-image's textures),
synthesized products with other seeds, and synthetic gradients, shapes and text;
every listing image, copy or distractor, goes through one of the transform families.
Sources are split in two by photograph: the "tune" split sets thresholds, the
"holdout" split is reported.

Distractors never come from a photograph that gives references to the same split: a
crop of a neighbouring tile of the same photograph can show the same object (the
same row of windows of the same palace, the same star field), which is a copy of the
reference's content in all but pixel position, and made ground truth ambiguous.

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
from hard import build_hard, recolour  # type: ignore[import-not-found]
from PIL import Image, ImageDraw, ImageFilter
from sklearn.datasets import load_sample_images
from transforms import COMPANIES, FAMILIES, font, jpeg  # type: ignore[import-not-found]

from tradeguard.imagematch import pdq

PHOTOS = [
    "astronaut.png", "camera.png", "cell.png", "chelsea.png", "clock_motion.png",
    "coffee.png", "coins.png", "hubble_deep_field.jpg", "ihc.png", "moon.png",
    "motorcycle_left.png", "retina.jpg", "rocket.jpg", "color.png", "page.png",
]  # fmt: skip
TEXTURES = ["brick.png", "grass.png", "gravel.png"]  # distractor pool only
TILE = 128
REFERENCE_SIDE = 360
DISTRACTORS_PER_SPLIT = 2000
SYNTHETIC_PRODUCTS = 75  # references per split, besides the photograph tiles
LABEL_WORDS = ["ORGANIC", "PREMIUM", "Fresh", "Pro Series", "ULTRA", "eco", "Classic", "MAX"]


def sources() -> dict[str, Image.Image]:
    data = Path(os.path.dirname(skimage.__file__)) / "data"
    images = {name: Image.open(data / name).convert("RGB") for name in PHOTOS + TEXTURES}
    for index, array in enumerate(load_sample_images().images):
        images[f"sklearn_{index}.jpg"] = Image.fromarray(array)
    return images


def tiles(image: Image.Image) -> list[Image.Image]:
    """Non-overlapping tiles."""
    out = []
    cols, rows = image.width // TILE, image.height // TILE
    for r in range(rows):
        for c in range(cols):
            out.append(image.crop((c * TILE, r * TILE, (c + 1) * TILE, (r + 1) * TILE)))
    return out


def product(seed: int) -> Image.Image:
    """A synthesized product shot: a textured, shaded body with a label, on white."""
    rng = np.random.default_rng(seed)
    side = 300
    texture = np.zeros((side, side, 3), np.float32)
    for octave, weight in ((3, 0.45), (12, 0.3), (48, 0.25)):
        noise = rng.random((octave + 2, octave + 2, 3)).astype(np.float32)
        layer = Image.fromarray((noise * 255).astype(np.uint8)).resize(
            (side, side), Image.Resampling.BICUBIC
        )
        texture += weight * np.asarray(layer, np.float32)
    tint = rng.uniform(0.4, 1.0, 3).astype(np.float32)
    shade = np.linspace(1.15, 0.7, side, dtype=np.float32)[None, :, None]
    body = Image.fromarray(np.clip(texture * tint * shade, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(body)
    for _ in range(int(rng.integers(4, 12))):  # printed pattern on the body
        x0, y0 = (int(v) for v in rng.integers(0, side - 30, 2))
        x1, y1 = x0 + int(rng.integers(10, 70)), y0 + int(rng.integers(10, 70))
        fill = tuple(int(v) for v in rng.integers(0, 256, 3))
        (draw.ellipse if rng.random() < 0.5 else draw.rectangle)((x0, y0, x1, y1), fill=fill)
    top = int(rng.integers(90, 170))  # the label
    label = tuple(int(v) for v in rng.integers(150, 256, 3))
    draw.rectangle((20, top, side - 20, top + 70), fill=label, outline=(30, 30, 30), width=2)
    word = LABEL_WORDS[int(rng.integers(len(LABEL_WORDS)))]
    draw.text(
        (32, top + 10), word, font=font(28), fill=tuple(int(v) for v in rng.integers(0, 90, 3))
    )
    draw.text(
        (32, top + 44), f"No. {int(rng.integers(100, 999))}", font=font(16), fill=(40, 40, 40)
    )
    mask = Image.new("L", (side, side), 0)
    shape = ImageDraw.Draw(mask)
    radius = int(rng.integers(10, 80))
    inset = int(rng.integers(0, 50))
    shape.rounded_rectangle((inset, 0, side - inset, side - 1), radius=radius, fill=255)
    margin = int(rng.integers(30, 70))
    canvas = Image.new("RGB", (side + 2 * margin, side + 2 * margin), (255, 255, 255))
    canvas.paste(body, (margin, margin), mask.filter(ImageFilter.GaussianBlur(1.5)))
    return canvas


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


def split_photos(
    names: list[tuple[str, Image.Image]],
) -> dict[str, list[tuple[str, Image.Image]]]:
    splits: dict[str, list[tuple[str, Image.Image]]] = {"tune": [], "holdout": []}
    for index, item in enumerate(names):  # largest photos alternate between the splits
        if item[0] not in TEXTURES:
            splits["tune" if index % 2 == 0 else "holdout"].append(item)
    return splits


def build(out: Path, seed: int = 6) -> None:
    images = sources()
    names = sorted(images.items(), key=lambda item: -item[1].width * item[1].height)
    splits = split_photos(names)
    # Every tile of every photograph: a reference of its own split when detailed and
    # distinct, else distractor material for the other split.
    references: dict[str, list[tuple[str, Image.Image]]] = {"tune": [], "holdout": []}
    spare: dict[str, list[Image.Image]] = {"tune": [], "holdout": []}
    taken: list[np.ndarray] = []
    for split, members in splits.items():
        for name, image in members:
            for number, tile in enumerate(tiles(image)):
                if busy(tile) and distinct(tile, taken):
                    references[split].append((f"{Path(name).stem}_{number}", tile))
                else:
                    spare[split].append(tile)
    textures = [tile for name in TEXTURES for tile in tiles(images[name])]
    summary = {}
    for split_number, split in enumerate(("tune", "holdout")):
        # Each split draws from its own generator, so that what one split holds does
        # not change the other's draw (issue 16f).
        rng = random.Random(seed * 10 + split_number)
        other = "holdout" if split == "tune" else "tune"
        pool = spare[other] + [tile for _, tile in references[other]] + textures
        root = out / split
        (root / "references").mkdir(parents=True, exist_ok=True)
        (root / "candidates").mkdir(parents=True, exist_ok=True)
        items: list[tuple[str, Image.Image]] = []
        for ref_number, (key, tile) in enumerate(references[split]):
            on = ref_number % 3 == 2
            items.append((f"{key}{'_white' if on else ''}", on_white(tile, rng) if on else tile))
        for number in range(SYNTHETIC_PRODUCTS):
            items.append((f"product_{number}", product(1000 * (split_number + 1) + number)))
        hard = build_hard(split, split_number, rng, product)
        kinds = dict.fromkeys((key for key, _ in items), "photo")
        for key, image, kind in hard.references:
            items.append((key, image))
            kinds[key] = kind
        truth = []
        for key, reference in items:
            scale = REFERENCE_SIDE / max(reference.size)
            reference = reference.resize(
                (round(reference.width * scale), round(reference.height * scale)),
                Image.Resampling.LANCZOS,
            )
            ref_name = f"{key}.png"
            reference.save(root / "references" / ref_name)
            for family, transform in FAMILIES.items():
                listing = transform(reference, rng)
                cand = f"copy_{key}_{family}.jpg"
                listing.save(root / "candidates" / cand, quality=92)
                truth.append(
                    {"candidate": cand, "reference": ref_name, "family": family, "kind": kinds[key]}
                )
            if kinds[key] != "photo":  # the same artwork recoloured is a copy (issue 16)
                listing = jpeg(
                    recolour(reference, rng, icon=key.startswith(("icon_", "subject_"))),
                    rng.randint(60, 90),
                )
                cand = f"copy_{key}_recolour.jpg"
                listing.save(root / "candidates" / cand, quality=92)
                truth.append(
                    {
                        "candidate": cand,
                        "reference": ref_name,
                        "family": "recolour",
                        "kind": kinds[key],
                    }
                )
        # Hard negatives (issue 16): every one through all 17 transform families.
        for key, base, kind in hard.negatives:
            scale = REFERENCE_SIDE / max(base.size)
            base = base.resize(
                (round(base.width * scale), round(base.height * scale)), Image.Resampling.LANCZOS
            )
            for family, transform in FAMILIES.items():
                cand = f"hard_{key}_{family}.jpg"
                transform(base, rng).save(root / "candidates" / cand, quality=92)
                truth.append({"candidate": cand, "reference": None, "family": family, "kind": kind})
        families = list(FAMILIES)
        for number in range(DISTRACTORS_PER_SPLIT):
            kind = number % 10
            if kind < 6:
                tile = rng.choice(pool)
                keep = rng.uniform(0.6, 1.0)
                w, h = round(tile.width * keep), round(tile.height * keep)
                x, y = rng.randint(0, tile.width - w), rng.randint(0, tile.height - h)
                base = tile.crop((x, y, x + w, y + h)).resize((round(w * 2.2), round(h * 2.2)))
                if rng.random() < 0.3:
                    base = on_white(base.resize((base.width, base.width)), rng)
            elif kind == 6:  # another product (other seeds than any reference)
                base = product(100_000 * (split_number + 1) + number)
            else:
                base = synthetic(rng)
            family = families[number % len(families)]
            cand = f"other_{number:05d}_{family}.jpg"
            FAMILIES[family](base, rng).save(root / "candidates" / cand, quality=92)
            truth.append(
                {"candidate": cand, "reference": None, "family": family, "kind": "distractor"}
            )
        (root / "truth.json").write_text(json.dumps(truth, indent=0))
        summary[split] = {
            "references": len(items),
            "listings": len(truth),
            "hard_references": len(hard.references),
            "hard_negatives": len(hard.negatives),
            "dropped_as_same_picture": hard.dropped,
        }
        print(split, summary[split], [name for name, _ in splits[split]])


if __name__ == "__main__":
    from tradeguard.imagematch.batch import _single_threaded

    _single_threaded()  # BLAS threads on a shared machine made PDQ 100x slower
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=6)
    build(parser.parse_args().out, parser.parse_args().seed)
