"""Extension points between apps: lists of callables another app registers from its
AppConfig.ready(), called once the writing transaction commits."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from django.db import transaction

T = TypeVar("T")


def call_after_commit(hooks: Iterable[Callable[[T], None]], value: T) -> None:
    """Call every hook with `value` after the current transaction commits (at once when
    none is open). A hook that raises is logged and does not stop the others."""
    for hook in hooks:
        # A closure, not functools.partial: Django names a failing robust callback
        # by its __qualname__ when it logs it.
        transaction.on_commit(_bound(hook, value), robust=True)


def _bound(hook: Callable[[T], None], value: T) -> Callable[[], None]:
    return lambda: hook(value)
