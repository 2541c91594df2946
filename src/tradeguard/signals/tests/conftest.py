from __future__ import annotations

import pytest

from tradeguard.disputes.tests.factories import Cast, cast


@pytest.fixture
def c(db: None) -> Cast:
    return cast()
