from __future__ import annotations

from collections.abc import Iterator

import pytest

from tradeguard.monitoring.matching import worker_index_reset


@pytest.fixture(autouse=True)
def _fresh_worker_index() -> Iterator[None]:
    """Each test starts with an empty in-memory index (database ids are reused after
    a test's rollback)."""
    worker_index_reset()
    yield
    worker_index_reset()
