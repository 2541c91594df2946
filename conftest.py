"""Fixtures every app's tests share. App-specific factories live in each app's tests/."""

from __future__ import annotations

import datetime as dt
import os
import signal
from collections.abc import Iterator
from typing import Any

import pytest
import time_machine

# The live-server fixtures (a demo-seeded database, server processes on copies of it):
# declared once here so the session-scoped database is built once per run, not once per
# test module that imports the fixtures.
pytest_plugins = ["tradeguard.common.liveserver"]

# `TRADEGUARD_TEST_NOW=2029-02-09T23:30:00Z make test` runs the whole suite with the clock
# moved to that instant (ticking from there), so a test that depends on the real date
# fails today instead of on the day the calendar reaches it. `.ci/run` runs the SQLite
# suite a second time this way (see there for the instant it picks and why).
TEST_NOW_VARIABLE = "TRADEGUARD_TEST_NOW"
_moved_clock: Any = None


def _test_now() -> dt.datetime | None:
    raw = os.environ.get(TEST_NOW_VARIABLE, "").strip()
    if not raw:
        return None
    try:
        instant = dt.datetime.fromisoformat(raw)
    except ValueError:
        raise pytest.UsageError(
            f"{TEST_NOW_VARIABLE}={raw!r} is not an ISO 8601 instant; "
            "give one with an offset, e.g. 2029-02-09T23:30:00Z"
        ) from None
    if instant.tzinfo is None:
        raise pytest.UsageError(
            f"{TEST_NOW_VARIABLE}={raw!r} has no offset; add one, e.g. Z for UTC"
        )
    return instant


def pytest_configure(config: pytest.Config) -> None:
    """Let Ctrl-C reach the processes the tests start, then travel before anything else
    runs (session fixtures, the live server, imports that read the time), and keep the
    clock ticking from there for the whole session."""
    global _moved_clock
    # A suite started in the background of a script (`make test &` in a non-interactive
    # shell) inherits SIGINT ignored, and an ignored signal stays ignored across exec:
    # the servers, workers and matchers the tests stop with SIGINT, as Ctrl-C does,
    # would never see it. Handled here, it is back to its default in every child.
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    instant = _test_now()
    if instant is None:
        return
    _moved_clock = time_machine.travel(instant, tick=True)
    _moved_clock.start()


def pytest_unconfigure(config: pytest.Config) -> None:
    global _moved_clock
    if _moved_clock is not None:
        _moved_clock.stop()
        _moved_clock = None


def pytest_report_header(config: pytest.Config) -> str | None:
    instant = _test_now()
    if instant is None:
        return None
    return f"clock moved: the suite starts at {instant.isoformat()} ({TEST_NOW_VARIABLE})"


@pytest.fixture(autouse=True)
def _media_root(settings: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> None:
    settings.MEDIA_ROOT = str(tmp_path_factory.mktemp("media"))  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def _empty_cache() -> None:
    """Cached aggregates (common/aggregates.py) never leak from one test to the next."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _english_and_utc_by_default() -> Iterator[None]:
    """Each test starts in the site's default language and time zone: a page served to
    someone who reads Chinese in Shanghai activates both for the thread, and that must
    not leak into the next test's messages."""
    from django.utils import timezone, translation

    translation.activate("en")
    timezone.deactivate()
    yield
    translation.deactivate()
    timezone.deactivate()
