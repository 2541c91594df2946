from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import time_machine

# A Monday in China, well before National Day (1 October).
START = dt.datetime(2025, 9, 22, 2, 0, tzinfo=dt.UTC)


@pytest.fixture
def frozen() -> Iterator[time_machine.Coordinates]:
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller
