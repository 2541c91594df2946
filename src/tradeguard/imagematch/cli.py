"""``tradeguard images``: find copies of reference images (a stable CLI contract).

    tradeguard images match --references DIR --candidates DIR [--json] [--workers N]
    tradeguard images index build --index DIR --references DIR [--workers N]
    tradeguard images index add --index DIR --references DIR [--workers N]
    tradeguard images index query --index DIR --candidates DIR [--json] [--workers N]
    tradeguard images index stats --index DIR

``match`` prints one JSON object per (candidate, reference) pair judged a copy with
``--json`` (``{"candidate", "reference", "score"}``, paths relative to their folders),
otherwise a table. Progress and unreadable files go to stderr; the exit code is 0.

The engine needs no database, settings or apps, so the ``tradeguard`` console script
runs this module without starting Django (which takes ~0.7 s, a twentieth of matching
a 5,000-image folder); the ``images`` management command runs the same code for
``call_command`` and ``manage.py``-style use.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from tradeguard.imagematch import batch
from tradeguard.imagematch.matcher import Matcher
from tradeguard.imagematch.store import load_matcher, save_matcher

Write = Callable[[str], object]  # writes one line


class UsageError(Exception):
    """A bad argument the user can fix (printed as one line; exit code 2)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``images`` sub-commands and their options."""
    actions = parser.add_subparsers(dest="action", required=True)
    match = actions.add_parser("match", help="match a folder of candidates against references")
    match.add_argument("--references", type=Path, required=True)
    match.add_argument("--candidates", type=Path, required=True)
    _output_options(match)
    index = actions.add_parser("index", help="a persistent index for large collections")
    operations = index.add_subparsers(dest="operation", required=True)
    for name in ("build", "add"):
        op = operations.add_parser(name, help=f"{name} references into the index")
        op.add_argument("--index", type=Path, required=True)
        op.add_argument("--references", type=Path, required=True)
        op.add_argument("--workers", type=int, default=None)
    query = operations.add_parser("query", help="match candidates against the index")
    query.add_argument("--index", type=Path, required=True)
    query.add_argument("--candidates", type=Path, required=True)
    _output_options(query)
    stats = operations.add_parser("stats", help="describe the index")
    stats.add_argument("--index", type=Path, required=True)


def _output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--workers", type=int, default=None, help="processes (default: all cores)")
    parser.add_argument(
        "--threshold", type=float, default=None, help="minimum score (default: the engine's)"
    )


def run(options: dict[str, Any], out: Write, err: Write) -> None:
    """Carry out parsed ``options``; raises :class:`UsageError` for bad arguments."""
    workers = options.get("workers")
    if workers is not None and workers < 1:
        raise UsageError(f"--workers must be at least 1 (got {workers})")
    if options["action"] == "match":
        _require_dirs(options["references"], options["candidates"])
        results = batch.match_folders(
            options["references"],
            options["candidates"],
            workers=workers,
            threshold=options["threshold"],
            progress=_progress(err),
        )
        _emit(results, out, err, as_json=options["json"])
        return
    operation = options["operation"]
    index_dir: Path = options["index"]
    if operation in ("build", "add"):
        _index_add(index_dir, options["references"], workers, operation, err)
    elif operation == "query":
        _require_dirs(options["candidates"])
        matcher = _open(index_dir, options["threshold"])
        results = batch.match_folder(
            matcher,
            options["candidates"],
            workers=workers or batch.default_workers(),
            progress=_progress(err),
        )
        _emit(results, out, err, as_json=options["json"])
    else:
        started = time.perf_counter()
        matcher = _open(index_dir, None)
        stats = {
            "references": len(matcher),
            "hashes": len(matcher.hash_index),
            "descriptors": len(matcher.descriptor_index),
            "load_seconds": round(time.perf_counter() - started, 3),
        }
        out(json.dumps(stats))


def main(argv: Sequence[str] | None = None) -> int:
    """``tradeguard images ...`` without Django; returns the exit code."""
    parser = argparse.ArgumentParser(
        prog="tradeguard images", description="Find copies of reference images."
    )
    add_arguments(parser)
    options = vars(parser.parse_args(argv))

    def line(stream: Any) -> Write:
        return lambda text: print(text, file=stream, flush=stream is sys.stderr)

    try:
        run(options, line(sys.stdout), line(sys.stderr))
    except UsageError as exc:
        print(f"tradeguard images: error: {exc}", file=sys.stderr)
        return 2
    return 0


# -- helpers ----------------------------------------------------------------------------


def _index_add(
    index_dir: Path, references: Path, workers: int | None, operation: str, err: Write
) -> None:
    _require_dirs(references)
    if operation == "add" and (index_dir / "references.json").exists():
        matcher = _open(index_dir, None)
    else:
        matcher = Matcher()
    failures = batch.add_references(
        matcher,
        references,
        batch.image_files(references),
        workers=workers or batch.default_workers(),
        progress=_progress(err),
    )
    for failure in failures:
        err(f"unreadable: {failure.path}: {failure.reason}")
    save_matcher(matcher, index_dir)
    err(f"index {index_dir}: {len(matcher)} references")


def _open(index_dir: Path, threshold: float | None) -> Matcher:
    if not (index_dir / "references.json").exists():
        raise UsageError(f"no index at {index_dir} (build one with `images index build`)")
    return load_matcher(index_dir, threshold=threshold)


def _emit(
    results: Iterable[batch.PairMatch | batch.Unreadable], out: Write, err: Write, *, as_json: bool
) -> None:
    rows = []
    for result in results:
        if isinstance(result, batch.Unreadable):
            err(f"unreadable: {result.path}: {result.reason}")
        elif as_json:
            record = {"candidate": result.candidate, "reference": result.reference}
            out(json.dumps({**record, "score": result.score}))
        else:
            rows.append(result)
    if not as_json:
        _table(rows, out)


def _table(rows: list[batch.PairMatch], out: Write) -> None:
    if not rows:
        out("no copies found")
        return
    width = max(len("candidate"), *(len(r.candidate) for r in rows))
    out(f"{'candidate':<{width}}  {'score':>5}  reference")
    for row in sorted(rows, key=lambda r: (r.candidate, -r.score)):
        out(f"{row.candidate:<{width}}  {row.score:5.2f}  {row.reference}")


def _progress(err: Write) -> batch.Progress:
    def report(stage: str, done: int, total: int) -> None:
        if done == total or done % 100 == 0:
            err(f"{stage}: {done}/{total}")

    return report


def _require_dirs(*dirs: Path) -> None:
    for directory in dirs:
        if not directory.is_dir():
            raise UsageError(f"not a directory: {directory}")
