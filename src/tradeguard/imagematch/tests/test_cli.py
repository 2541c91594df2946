"""The ``tradeguard images`` contract."""

import io
import json
from pathlib import Path

import numpy as np
import pytest
from django.core.management import call_command
from PIL import Image

from .synthetic import photo, watermark


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    references = tmp_path / "refs"
    candidates = tmp_path / "cands"
    (references / "brand").mkdir(parents=True)
    (candidates / "shop" / "deep").mkdir(parents=True)
    for seed in range(3):
        Image.fromarray(photo(seed, (400, 300))).save(references / "brand" / f"p{seed}.png")
    source = photo(1, (400, 300))
    copy = watermark(source[30:260, 50:380])
    Image.fromarray(copy).save(candidates / "shop" / "deep" / "copy.jpg", quality=80)
    Image.fromarray(np.ascontiguousarray(source[:, ::-1])).save(candidates / "mirror.webp")
    Image.fromarray(photo(50, (300, 300))).save(candidates / "unrelated.bmp")
    (candidates / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 truncated")
    (candidates / "notes.txt").write_text("not an image")
    return references, candidates


def _run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("images", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_match_json_lines(folders: tuple[Path, Path]) -> None:
    references, candidates = folders
    out, err = _run(
        "match", "--references", str(references), "--candidates", str(candidates), "--json",
        "--workers", "2",
    )  # fmt: skip
    records = [json.loads(line) for line in out.splitlines()]
    assert {(r["candidate"], r["reference"]) for r in records} == {
        ("shop/deep/copy.jpg", "brand/p1.png"),
        ("mirror.webp", "brand/p1.png"),
    }
    for record in records:
        assert set(record) == {"candidate", "reference", "score"}
        assert 0.0 <= record["score"] <= 1.0
    assert "broken.jpg" in err
    assert "candidates: 4/4" in err


def test_match_table(folders: tuple[Path, Path]) -> None:
    references, candidates = folders
    out, _ = _run(
        "match", "--references", str(references), "--candidates", str(candidates), "--workers", "1"
    )
    assert out.splitlines()[0].split() == ["candidate", "score", "reference"]
    assert "shop/deep/copy.jpg" in out


def test_index_build_query_stats(folders: tuple[Path, Path], tmp_path: Path) -> None:
    references, candidates = folders
    index = tmp_path / "index"
    _run("index", "build", "--index", str(index), "--references", str(references), "--workers", "1")
    stats = json.loads(_run("index", "stats", "--index", str(index))[0])
    assert stats["references"] == 3
    assert stats["hashes"] >= 3
    out, _ = _run(
        "index",
        "query",
        "--index",
        str(index),
        "--candidates",
        str(candidates),
        "--json",
        "--workers",
        "1",
    )
    pairs = {(r["candidate"], r["reference"]) for r in map(json.loads, out.splitlines())}
    assert ("shop/deep/copy.jpg", "brand/p1.png") in pairs
