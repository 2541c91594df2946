"""The ``tradeguard images`` contract."""

import io
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from django.core.management import CommandError, call_command
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
        "--workers", "1",  # two workers: the console-script test (a fork here, in a
        # process with the test run's threads, can deadlock)
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


def _console(*args: str) -> subprocess.CompletedProcess[str]:
    """``tradeguard images ...`` as the console script runs it, in a fresh interpreter,
    reporting whether Django was imported."""
    script = (
        "import sys\n"
        "from tradeguard.cli import main\n"
        "try:\n"
        f"    main({['images', *args]!r})\n"
        "except SystemExit as exit:\n"
        "    print('exit', exit.code, 'django' in sys.modules, file=sys.stderr)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=300
    )


def test_console_script_matches_without_starting_django(folders: tuple[Path, Path]) -> None:
    references, candidates = folders
    result = _console(
        "match", "--references", str(references), "--candidates", str(candidates), "--json",
        "--workers", "2",
    )  # fmt: skip
    pairs = {(r["candidate"], r["reference"]) for r in map(json.loads, result.stdout.splitlines())}
    assert pairs == {("shop/deep/copy.jpg", "brand/p1.png"), ("mirror.webp", "brand/p1.png")}
    assert "unreadable: broken.jpg" in result.stderr
    assert result.stderr.splitlines()[-1] == "exit 0 False"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["match", "--references", "/no/such/dir", "--candidates", "."], "not a directory"),
        (["index", "stats", "--index", "/no/such/index"], "no index at"),
        (["match", "--references", ".", "--candidates", ".", "--workers", "0"], "--workers"),
    ],
)
def test_console_script_reports_bad_arguments_in_one_line(args: list[str], message: str) -> None:
    result = _console(*args)
    errors = result.stderr.splitlines()
    assert errors[0].startswith("tradeguard images: error: ")
    assert message in errors[0]
    assert errors[-1] == "exit 2 False"
    assert result.stdout == ""


def test_management_command_reports_bad_arguments_as_command_errors() -> None:
    with pytest.raises(CommandError, match="not a directory"):
        _run("match", "--references", "/no/such/dir", "--candidates", ".")
