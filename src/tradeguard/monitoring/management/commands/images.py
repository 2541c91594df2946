"""``tradeguard images``: find copies of reference images (a stable CLI contract).

    tradeguard images match --references DIR --candidates DIR [--json] [--workers N]
    tradeguard images index build --index DIR --references DIR [--workers N]
    tradeguard images index add --index DIR --references DIR [--workers N]
    tradeguard images index query --index DIR --candidates DIR [--json] [--workers N]
    tradeguard images index stats --index DIR

``match`` prints one JSON object per (candidate, reference) pair judged a copy with
``--json`` (``{"candidate", "reference", "score"}``, paths relative to their folders),
otherwise a table. Progress and unreadable files go to stderr; the exit code is 0.
All logic lives in :mod:`tradeguard.imagematch`.
"""

from __future__ import annotations

import json
import time
from argparse import ArgumentParser
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tradeguard.imagematch import batch
from tradeguard.imagematch.matcher import Matcher
from tradeguard.imagematch.store import load_matcher, save_matcher


class Command(BaseCommand):
    help = "Find copies of reference images among candidate images."

    def add_arguments(self, parser: CommandParser) -> None:
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

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "match":
            self._require_dirs(options["references"], options["candidates"])
            results = batch.match_folders(
                options["references"],
                options["candidates"],
                workers=options["workers"],
                threshold=options["threshold"],
                progress=self._progress,
            )
            self._emit(results, as_json=options["json"])
            return
        operation = options["operation"]
        index_dir: Path = options["index"]
        if operation in ("build", "add"):
            self._index_add(index_dir, options["references"], options["workers"], operation)
        elif operation == "query":
            self._require_dirs(options["candidates"])
            matcher = self._open(index_dir, options["threshold"])
            results = batch.match_folder(
                matcher,
                options["candidates"],
                workers=options["workers"] or batch.default_workers(),
                progress=self._progress,
            )
            self._emit(results, as_json=options["json"])
        else:
            self._stats(index_dir)

    # -- helpers ----------------------------------------------------------------------

    def _index_add(self, index_dir: Path, references: Path, workers: int | None, op: str) -> None:
        self._require_dirs(references)
        if op == "add" and (index_dir / "references.json").exists():
            matcher = self._open(index_dir, None)
        else:
            matcher = Matcher()
        failures = batch.add_references(
            matcher,
            references,
            batch.image_files(references),
            workers=workers or batch.default_workers(),
            progress=self._progress,
        )
        for failure in failures:
            self.stderr.write(f"unreadable: {failure.path}: {failure.reason}")
        save_matcher(matcher, index_dir)
        self.stderr.write(f"index {index_dir}: {len(matcher)} references")

    def _open(self, index_dir: Path, threshold: float | None) -> Matcher:
        if not (index_dir / "references.json").exists():
            raise CommandError(f"no index at {index_dir}")
        return load_matcher(index_dir, threshold=threshold)

    def _stats(self, index_dir: Path) -> None:
        started = time.perf_counter()
        matcher = self._open(index_dir, None)
        seconds = time.perf_counter() - started
        stats = {
            "references": len(matcher),
            "hashes": len(matcher.hash_index),
            "descriptors": len(matcher.descriptor_index),
            "load_seconds": round(seconds, 3),
        }
        self.stdout.write(json.dumps(stats))

    def _emit(
        self, results: Iterable[batch.PairMatch | batch.Unreadable], *, as_json: bool
    ) -> None:
        rows = []
        for result in results:
            if isinstance(result, batch.Unreadable):
                self.stderr.write(f"unreadable: {result.path}: {result.reason}")
            elif as_json:
                record = {"candidate": result.candidate, "reference": result.reference}
                self.stdout.write(json.dumps({**record, "score": result.score}))
            else:
                rows.append(result)
        if not as_json:
            self._table(rows)

    def _table(self, rows: list[batch.PairMatch]) -> None:
        if not rows:
            self.stdout.write("no copies found")
            return
        width = max(len("candidate"), *(len(r.candidate) for r in rows))
        self.stdout.write(f"{'candidate':<{width}}  {'score':>5}  reference")
        for row in sorted(rows, key=lambda r: (r.candidate, -r.score)):
            self.stdout.write(f"{row.candidate:<{width}}  {row.score:5.2f}  {row.reference}")

    def _progress(self, stage: str, done: int, total: int) -> None:
        if done == total or done % 100 == 0:
            self.stderr.write(f"{stage}: {done}/{total}")

    def _require_dirs(self, *dirs: Path) -> None:
        for directory in dirs:
            if not directory.is_dir():
                raise CommandError(f"not a directory: {directory}")


def _output_options(parser: ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--workers", type=int, default=None, help="processes (default: all cores)")
    parser.add_argument(
        "--threshold", type=float, default=None, help="minimum score (default: the engine's)"
    )
