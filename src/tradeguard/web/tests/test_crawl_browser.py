"""Every page of the crawl, drawn by Chromium, as each demo user sees it: no horizontal
scroll at 1,366 px or at 390 px, and no stored code (`not_as_described`) in the words
on the screen.

The demo is seeded once (the crawl module's fixture, rolled back at the end); each
user's crawl keeps the answers it received, and Chromium draws them from there: its
requests to http://testserver/ are answered from the crawl (pages, images, htmx
fragments) and from the static files, so nothing here needs a second server or a
second database connection. One page per view and user: the layout of a view does not
change with the row it shows, while it does with the role.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.contrib.staticfiles import finders
from django.urls import Resolver404, resolve, reverse

from tradeguard.common.demo import DemoContext
from tradeguard.web.testing import CHROMIUM, CHROMIUM_ARGS, MISSING_REASON, chromium_available
from tradeguard.web.tests.test_crawl import (  # the demo, seeded once for this module
    USER_KEYS,
    _media_root,
    crawl,
    demo,
    demo_media,
    signed_in,
)
from tradeguard.web.tests.test_pages_people_read import enum_codes

pytestmark = [pytest.mark.django_db, pytest.mark.browser]
__all__ = ["_media_root", "demo", "demo_media"]  # fixtures

ORIGIN = "http://testserver"
WIDTHS = (1366, 390)
# A code on its own, not part of a file name such as sales_contract-TA-1.pdf.
WORD = re.compile(r"(?<![-.\w@])[a-z]+(?:_[a-z0-9]+)+(?![-.\w@])")


def one_page_per_view(bodies: dict[str, tuple[str, bytes]]) -> list[str]:
    """The first crawled HTML page of each view (a full page, not an htmx fragment)."""
    chosen: dict[str, str] = {}
    for url, (content_type, body) in bodies.items():
        if not content_type.startswith("text/html") or b"<html" not in body[:600].lower():
            continue
        try:
            name = resolve(urlsplit(url).path).view_name
        except Resolver404:  # pragma: no cover - the crawl only keeps 200s
            continue
        chosen.setdefault(name, url)
    return sorted(chosen.values())


def answer_from(bodies: dict[str, tuple[str, bytes]]) -> Any:
    def handle(route: Any) -> None:
        parts = urlsplit(route.request.url)
        url = parts.path + (f"?{parts.query}" if parts.query else "")
        if url in bodies:
            content_type, body = bodies[url]
            route.fulfill(status=200, headers={"Content-Type": content_type}, body=body)
            return
        if parts.path.startswith("/static/"):
            found = finders.find(parts.path.removeprefix("/static/"))
            if isinstance(found, str):
                kind = {".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml"}
                route.fulfill(
                    status=200,
                    headers={
                        "Content-Type": kind.get(Path(found).suffix, "application/octet-stream")
                    },
                    body=Path(found).read_bytes(),
                )
                return
        route.fulfill(status=404, body=b"")

    return handle


MEASURE = """() => {
  const doc = document.documentElement;
  const wide = [...document.querySelectorAll('body *')]
    .filter(el => el.getBoundingClientRect().right > doc.clientWidth + 1)
    .filter(el => !el.closest('details:not([open])'))
    .slice(0, 3)
    .map(el => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : ''));
  return {scroll: doc.scrollWidth, client: doc.clientWidth, wide: wide, text: document.body.innerText};
}"""


def draw(bodies: dict[str, tuple[str, bytes]], pages: list[str]) -> list[dict[str, Any]]:
    """Each page at each width in Chromium: [{url, width, scroll, client, wide, text}].

    Runs in its own thread: Playwright's sync API keeps an asyncio loop in the thread it
    runs in, and this thread never touches the database (the answers are in `bodies`)."""
    from playwright.sync_api import sync_playwright

    seen: list[dict[str, Any]] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(
                    executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
                )
                try:
                    context = browser.new_context(locale="en-US")
                    context.route(f"{ORIGIN}/**", answer_from(bodies))
                    page = context.new_page()
                    page.set_default_timeout(15_000)
                    for url in pages:
                        for width in WIDTHS:
                            page.set_viewport_size({"width": width, "height": 900})
                            page.goto(f"{ORIGIN}{url}", wait_until="load")
                            seen.append({"url": url, "width": width, **page.evaluate(MEASURE)})
                finally:
                    browser.close()
        except BaseException as exc:  # handed to the test's thread
            failure.append(exc)

    thread = threading.Thread(target=run, name="chromium")
    thread.start()
    thread.join()
    if failure:
        raise failure[0]
    return seen


@pytest.mark.parametrize("key", USER_KEYS)
def test_no_page_scrolls_sideways_or_shows_a_code(demo: DemoContext, key: str) -> None:
    if not chromium_available():
        pytest.skip(MISSING_REASON)
    result = crawl(signed_in(demo.users[key]), reverse("web:dashboard"), keep_bodies=True)
    pages = one_page_per_view(result.bodies)
    assert len(pages) >= 5, f"{key}: only {len(pages)} pages drawn"
    codes = enum_codes()
    overflow: dict[str, str] = {}
    shown_codes: dict[str, list[str]] = {}
    for seen in draw(result.bodies, pages):
        if seen["scroll"] > seen["client"] + 1:
            overflow[f"{seen['url']} @{seen['width']}"] = (
                f"{seen['scroll']} px wide: {seen['wide']}"
            )
        if seen["width"] == WIDTHS[0]:
            found = sorted({w for w in WORD.findall(seen["text"]) if w in codes})
            if found:
                shown_codes[seen["url"]] = found
    assert not overflow, f"{key}: pages wider than the window:\n" + "\n".join(
        f"{where}: {what}" for where, what in sorted(overflow.items())
    )
    assert not shown_codes, f"{key}: codes on screen: {shown_codes}"
