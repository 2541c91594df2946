"""Extension points between apps: lists of callables another app registers from its
AppConfig.ready(), called once the writing transaction commits."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import TypeVar

from django.db import transaction

T = TypeVar("T")


def call_after_commit(hooks: Iterable[Callable[[T], None]], value: T) -> None:
    """Call every hook with `value` after the current transaction commits (at once when
    none is open). A hook that raises is logged and does not stop the others."""
    for hook in hooks:
        transaction.on_commit(functools.partial(hook, value), robust=True)
