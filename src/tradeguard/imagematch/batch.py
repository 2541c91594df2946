"""Matching whole folders with every core: the logic behind ``tradeguard images``.

References are decoded, hashed and described in worker processes and gathered into
one :class:`Matcher`; workers then receive a copy of it (forked, so without pickling)
and match candidate images in parallel. Each worker runs single-threaded (BLAS and
OpenCV), which is faster than letting every worker spawn threads on the same cores.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import cv2
from threadpoolctl import threadpool_limits

from tradeguard.common.lifeline import die_with_parent
from tradeguard.imagematch import kernels
from tradeguard.imagematch.decode import decode_image
from tradeguard.imagematch.matcher import Matcher, PreparedImage
from tradeguard.imagematch.results import DecodedImage, DecodeFailure, IndexNotReady

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".bmp", ".gif"})
_CHUNK = 8

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass(frozen=True, slots=True)
class PairMatch:
    """A (candidate, reference) pair judged a copy; paths relative to their folders."""

    candidate: str
    reference: str
    score: float


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A file that could not be decoded, with the reason."""

    path: str
    reason: str


def image_files(root: Path) -> list[Path]:
    """Image files under ``root`` (recursively), sorted, by extension."""
    return sorted(
        path for path in root.rglob("*") if path.is_file() and path.suffix.lower() in IMAGE_SUFFIXES
    )


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _single_threaded() -> None:
    threadpool_limits(1)
    cv2.setNumThreads(1)


_matcher: Matcher | None = None


def _prepare_reference(path: Path) -> PreparedImage | DecodeFailure:
    assert _matcher is not None
    image = decode_image(path)
    if isinstance(image, DecodeFailure):
        return image
    return _matcher.prepare_reference(image)


def _match_candidate(path: Path) -> list[tuple[str, float]] | DecodeFailure:
    assert _matcher is not None
    image = decode_image(path)
    if isinstance(image, DecodeFailure):
        return image
    report = _matcher.match(image)
    if isinstance(report, IndexNotReady):  # the matcher is complete before workers start
        raise RuntimeError("index not ready")
    return [(c.reference, c.score) for c in report.candidates]


def _worker_start(parent: int) -> None:
    # A killed parent runs no clean-up and its idle workers would wait for work forever
    # (each holds the task pipe open), so every worker stops when its parent is gone.
    die_with_parent(parent)
    _single_threaded()


def _pool(workers: int) -> multiprocessing.pool.Pool:
    # OpenCV's worker threads do not survive fork(): a child that inherits a started
    # pool hangs on its first parallel call. Keep the parent single-threaded too.
    _single_threaded()
    return multiprocessing.get_context("fork").Pool(
        workers, initializer=_worker_start, initargs=(os.getpid(),)
    )


def _run(
    function: Callable[[Path], object],
    paths: list[Path],
    workers: int,
    meanwhile: Callable[[], None] | None = None,
) -> Iterator[tuple[Path, object]]:
    """``function`` over ``paths`` in ``workers`` processes; the parent runs
    ``meanwhile`` once the workers have their first tasks."""
    if workers <= 1:
        _single_threaded()
        if meanwhile:
            meanwhile()
        for path in paths:
            yield path, function(path)
        return
    pool = _pool(workers)
    try:
        results = pool.imap(function, paths, chunksize=_CHUNK)
        if meanwhile:
            meanwhile()
        yield from zip(paths, results, strict=True)
    except BaseException:  # an error, Ctrl-C or a caller that stopped early
        pool.terminate()
        raise
    else:
        pool.close()  # all done: the workers exit on their own
    finally:
        pool.join()


def add_references(
    matcher: Matcher,
    root: Path,
    paths: Iterable[Path],
    *,
    workers: int,
    progress: Progress | None = None,
) -> list[Unreadable]:
    """Decode, hash and describe ``paths`` in parallel and add them under relative keys."""
    global _matcher
    _matcher = matcher
    todo = list(paths)
    failures = []
    # The parent is idle while workers prepare references: it loads the search kernels,
    # which the matching workers forked later inherit (each would spend ~0.2 s on it).
    prepared_all = _run(_prepare_reference, todo, workers, meanwhile=kernels.warm_up)
    for done, (path, prepared) in enumerate(prepared_all, start=1):
        key = path.relative_to(root).as_posix()
        if isinstance(prepared, DecodeFailure):
            failures.append(Unreadable(key, prepared.message))
        elif isinstance(prepared, PreparedImage):
            matcher.add_reference(key, prepared)
        if progress:
            progress("references", done, len(todo))
    return failures


def match_folder(
    matcher: Matcher,
    root: Path,
    *,
    workers: int,
    progress: Progress | None = None,
) -> Iterator[PairMatch | Unreadable]:
    """Match every image under ``root`` against ``matcher``'s references."""
    global _matcher
    _matcher = matcher
    paths = image_files(root)
    for done, (path, result) in enumerate(_run(_match_candidate, paths, workers), start=1):
        name = path.relative_to(root).as_posix()
        if isinstance(result, DecodeFailure):
            yield Unreadable(name, result.message)
        elif isinstance(result, list):
            for reference, score in result:
                yield PairMatch(candidate=name, reference=reference, score=score)
        if progress:
            progress("candidates", done, len(paths))


def match_folders(
    references: Path,
    candidates: Path,
    *,
    workers: int | None = None,
    threshold: float | None = None,
    progress: Progress | None = None,
) -> Iterator[PairMatch | Unreadable]:
    """The ``images match`` command: every copy of a reference among the candidates."""
    matcher = Matcher() if threshold is None else Matcher(threshold=threshold)
    count = workers or default_workers()
    yield from add_references(
        matcher, references, image_files(references), workers=count, progress=progress
    )
    yield from match_folder(matcher, candidates, workers=count, progress=progress)


__all__ = [
    "DecodedImage",
    "PairMatch",
    "Unreadable",
    "add_references",
    "image_files",
    "match_folder",
    "match_folders",
]
