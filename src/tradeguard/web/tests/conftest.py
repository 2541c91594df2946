"""Browser-test fixtures for the web shell; other apps import them from
`tradeguard.web.testing` (see its docstring)."""

from __future__ import annotations

from typing import Any

from tradeguard.web.testing import MISSING_REASON, browser_page, chromium_available

__all__ = ["browser_page"]


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if chromium_available():
        return
    skipped = [
        r
        for r in terminalreporter.stats.get("skipped", [])
        if "browser" in getattr(r, "keywords", {})
    ]
    if skipped:
        terminalreporter.write_line(f"{len(skipped)} browser test(s) skipped: {MISSING_REASON}.")
