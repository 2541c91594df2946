"""Browser-test harness: Playwright for Python driving Debian's /usr/bin/chromium.

In any app's tests::

    import pytest
    from tradeguard.web.testing import browser_page, login  # noqa: F401 (fixture)

    pytestmark = pytest.mark.browser

    def test_something(browser_page, live_server):
        user = buyer()
        login(browser_page, live_server, user.email, DEFAULT_PASSWORD)
        browser_page.get_by_role("link", name="Orders").click()

`browser_page` is a fresh Chromium page per test on pytest-django's `live_server`
with `transactional_db` (the server thread sees the test's data). Without
/usr/bin/chromium the test is skipped with the reason printed in the summary.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from django.db.backends.signals import connection_created

# Debian's Chromium (CI installs it); TRADEGUARD_CHROMIUM points elsewhere if needed.
CHROMIUM = os.environ.get("TRADEGUARD_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
MISSING_REASON = (
    f"browser tests need Chromium at {CHROMIUM}; install it with "
    "`apt-get install chromium` (CI installs it)"
)
VIEWPORT = {"width": 1280, "height": 900}
TIMEOUT_MS = 15_000


def chromium_available() -> bool:
    return os.access(CHROMIUM, os.X_OK)


@pytest.fixture
def browser_page(
    live_server: Any, transactional_db: None, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    """A Playwright `Page` in headless Chromium; closed after the test."""
    if not chromium_available():
        pytest.skip(MISSING_REASON)
    # Playwright's sync API runs an asyncio loop in this thread; the test's own ORM
    # calls would otherwise trip Django's async-safety check.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    # Django keeps connections per context, and the test body's ORM calls, made while
    # Playwright's loop runs, get a connection that this fixture's teardown cannot
    # reach through `connections`: close every connection this thread opened during
    # the test, or PostgreSQL refuses to drop the test database at the end of the run
    # while one is open. (The live server's request threads close their own.)
    opened: list[Any] = []

    def remember(sender: Any, connection: Any, **kwargs: Any) -> None:
        if threading.current_thread() is threading.main_thread():
            opened.append(connection)

    connection_created.connect(remember, weak=False)
    try:
        yield from _page()
    finally:
        connection_created.disconnect(remember)
        for connection in opened:
            connection.close()


def _page() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport=VIEWPORT, locale="en-US")  # type: ignore[arg-type]
            page = context.new_page()
            page.set_default_timeout(TIMEOUT_MS)
            yield page
            context.close()
        finally:
            browser.close()


def sign_out(page: Any) -> None:
    """Forget whoever the page is signed in as (its cookies).

    The page first leaves for about:blank: a request the old page still sends after
    the cookies are cleared (a late image, an htmx poll) carries no CSRF cookie, and
    its answer would set a fresh one that no longer matches the next login form's token.
    """
    page.goto("about:blank")
    page.context.clear_cookies()


def sign_in_as(page: Any, live_server: Any, email: str, password: str) -> None:
    """Sign out whoever the page is signed in as, then sign in as `email`."""
    sign_out(page)
    login(page, live_server, email, password)


def login(page: Any, live_server: Any, email: str, password: str) -> None:
    """Sign in through the login form and wait for the dashboard."""
    page.goto(f"{live_server.url}/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/dashboard/")
