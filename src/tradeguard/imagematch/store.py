"""A matcher's references on disk: two hash indexes, the key table and the features.

Layout of an index directory::

    hashes/        FlatHashIndex of PDQ variants
    descriptors/   FlatHashIndex of ORB descriptors
    references.json  {"next_id": N, "keys": {"<id>": "<key>", ...},
                      "mirror_images": [<id>, ...]}
    features.npz   concatenated keypoints, descriptors, responses, sizes, offsets and
                   thumbnails (padded to THUMBNAIL_SIDE squared, with their shapes), and
                   the structure references share (pairs and masks, padded likewise)
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from tradeguard.imagematch.features import THUMBNAIL_SIDE, Features
from tradeguard.imagematch.index import FlatHashIndex
from tradeguard.imagematch.matcher import Matcher, ReferenceState, export_state, restore_state

KEYS_FILE = "references.json"
FEATURES_FILE = "features.npz"


def save_matcher(matcher: Matcher, directory: Path) -> None:
    """Write ``matcher`` (built with :class:`FlatHashIndex` indexes) to ``directory``."""
    if not isinstance(matcher.hash_index, FlatHashIndex) or not isinstance(
        matcher.descriptor_index, FlatHashIndex
    ):
        raise TypeError("only FlatHashIndex indexes can be saved")
    directory.mkdir(parents=True, exist_ok=True)
    matcher.hash_index.save(directory / "hashes")
    matcher.descriptor_index.save(directory / "descriptors")
    state = export_state(matcher)
    meta = {
        "next_id": state.next_id,
        "keys": {str(k): v for k, v in state.keys.items()},
        "mirror_images": sorted(state.mirror_images),
    }
    (directory / KEYS_FILE).write_text(json.dumps(meta))
    ids = sorted(state.features)
    feats = [state.features[i] for i in ids]
    pairs = [(ref_id, sorted(state.shared.get(ref_id, {}).items())) for ref_id in ids]
    np.savez(
        directory / FEATURES_FILE,
        ids=np.array(ids, dtype=np.int64),
        offsets=np.cumsum([0] + [len(f) for f in feats]).astype(np.int64),
        points=np.concatenate([f.points for f in feats]) if feats else np.zeros((0, 2), np.float32),
        descriptors=(
            np.concatenate([f.descriptors for f in feats]) if feats else np.zeros((0, 32), np.uint8)
        ),
        responses=(
            np.concatenate([f.responses for f in feats]) if feats else np.zeros(0, np.float32)
        ),
        sizes=np.array([f.size for f in feats], dtype=np.int64).reshape(-1, 2),
        thumbnails=np.stack([_padded(f) for f in feats])
        if feats
        else np.zeros((0, THUMBNAIL_SIDE, THUMBNAIL_SIDE), np.uint8),
        thumbnail_shapes=np.array(
            [f.thumbnail.shape if f.thumbnail is not None else (0, 0) for f in feats],
            dtype=np.int64,
        ).reshape(-1, 2),
        shared_pairs=np.array(
            [(ref_id, other) for ref_id, masks in pairs for other, _ in masks], dtype=np.int64
        ).reshape(-1, 2),
        shared_masks=(
            np.stack([_pad(mask > 0.5) for _, masks in pairs for _, mask in masks])
            if any(masks for _, masks in pairs)
            else np.zeros((0, THUMBNAIL_SIDE, THUMBNAIL_SIDE), np.bool_)
        ),
    )


def _pad(mask: np.ndarray) -> np.ndarray:
    out = np.zeros((THUMBNAIL_SIDE, THUMBNAIL_SIDE), np.bool_)
    out[: mask.shape[0], : mask.shape[1]] = mask
    return out


def _padded(features: Features) -> np.ndarray:
    out = np.zeros((THUMBNAIL_SIDE, THUMBNAIL_SIDE), np.uint8)
    if features.thumbnail is not None:
        height, width = features.thumbnail.shape
        out[:height, :width] = features.thumbnail
    return out


def load_matcher(directory: Path, *, threshold: float | None = None) -> Matcher:
    """Open a matcher saved by :func:`save_matcher` (indexes memory-mapped)."""
    matcher = Matcher(
        hash_index=FlatHashIndex.load(directory / "hashes"),
        descriptor_index=FlatHashIndex.load(directory / "descriptors"),
    )
    if threshold is not None:
        matcher.threshold = threshold
    meta = json.loads((directory / KEYS_FILE).read_text())
    with np.load(directory / FEATURES_FILE) as data:
        offsets = data["offsets"]
        thumbnails, shapes = data["thumbnails"], data["thumbnail_shapes"]
        features = {
            int(ref_id): Features(
                points=data["points"][offsets[n] : offsets[n + 1]],
                descriptors=data["descriptors"][offsets[n] : offsets[n + 1]],
                responses=data["responses"][offsets[n] : offsets[n + 1]],
                size=(int(data["sizes"][n][0]), int(data["sizes"][n][1])),
                thumbnail=(
                    np.ascontiguousarray(thumbnails[n, : shapes[n][0], : shapes[n][1]])
                    if shapes[n][0]
                    else None
                ),
            )
            for n, ref_id in enumerate(data["ids"].tolist())
        }
        shared: dict[int, dict[int, np.ndarray]] = {}
        if "shared_pairs" in data.files:
            for (ref_id, other), mask in zip(
                data["shared_pairs"].tolist(), data["shared_masks"], strict=True
            ):
                thumbnail = features[ref_id].thumbnail
                height, width = thumbnail.shape if thumbnail is not None else mask.shape
                shared.setdefault(ref_id, {})[other] = mask[:height, :width].astype(np.float32)
    keys = {int(k): v for k, v in meta["keys"].items()}
    mirror_images = frozenset(int(i) for i in meta.get("mirror_images", []))
    restore_state(
        matcher, ReferenceState(keys, features, int(meta["next_id"]), shared, mirror_images)
    )
    return matcher
