"""Every page a demo user can reach renders.

The full demo data is seeded once for the module (inside a transaction rolled back at
the end, so it works the same on SQLite and PostgreSQL). Then, for every demo user, the
test signs in and follows every same-host `<a href>` (and fetches every `<img src>` and
`hx-get`) reachable from the dashboard with GET requests: no page may answer 5xx, no
link shown to a user may be broken (4xx), and every page in the role's navigation
answers 200. Run with `-s` to see the page counts. Cross-party pages answer 404/403.
"""

from __future__ import annotations

import time
import traceback
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import pytest
from django.db import transaction
from django.test import Client, TestCase, override_settings
from django.urls import reverse

from tradeguard.accounts.demo import DEMO_USERS
from tradeguard.common.demo import DEMO_PASSWORD, DemoContext, seed_all
from tradeguard.web.context import nav_links

pytestmark = pytest.mark.django_db

USER_KEYS = [row[0] for row in DEMO_USERS]
MAX_PAGES = 400  # per user; the demo data has far fewer pages, this only bounds runaways
HOSTS = {"", "testserver"}
# Not crawled: signing out ends the crawl, the Django admin is not our UI, the API docs
# load their UI from a CDN, static files are not pages.
SKIP_PREFIXES = ("/logout/", "/admin/", "/api/v1/docs", "/static/")


class LinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # Links, plus the images pages show (evidence, listing photos, side-by-sides) and
        # what htmx polls (scan progress).
        values = dict(attrs)
        for value in (values.get({"a": "href", "img": "src"}.get(tag, "")), values.get("hx-get")):
            if value:
                self.hrefs.append(value)


def internal_url(base: str, href: str) -> str | None:
    """`href` resolved against `base` as a same-host path + query, or None to skip it."""
    parts = urlsplit(urljoin(f"http://testserver{base}", href.strip()))
    if parts.scheme not in {"http", "https"} or parts.netloc not in HOSTS:
        return None
    if parts.path.startswith(SKIP_PREFIXES):
        return None
    return urlunsplit(("", "", parts.path, parts.query, ""))


@dataclass
class Problem:
    url: str
    status: int
    referrer: str
    detail: str = ""

    def __str__(self) -> str:
        text = f"{self.status} {self.url} (linked from {self.referrer})"
        return f"{text}\n{self.detail}" if self.detail else text


@dataclass
class Crawl:
    statuses: dict[str, int] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)  # url -> internal Location
    errors: list[Problem] = field(default_factory=list)  # 5xx
    broken: list[Problem] = field(default_factory=list)  # 4xx on a link we were shown
    truncated: bool = False
    # url -> (content type, body) of every 200 answer, when the crawl keeps them
    bodies: dict[str, tuple[str, bytes]] = field(default_factory=dict)

    def final_status(self, url: str) -> int | None:
        """The status `url` ends on after its (crawled) redirects; None if never fetched."""
        seen: set[str] = set()
        while url in self.redirects and url not in seen:
            seen.add(url)
            url = self.redirects[url]
        return self.statuses.get(url)


def last_lines(response: Any, n: int = 6) -> str:
    exc_info = getattr(response, "exc_info", None)
    if not exc_info:
        return ""
    lines = "".join(traceback.format_exception(*exc_info)).rstrip().splitlines()
    return "\n".join(f"    {line}" for line in lines[-n:])


def body_of(response: Any) -> bytes:
    if not response.streaming:
        return bytes(response.content)
    # Draining a download closes it through the test client's wrapper; an explicit
    # close() would fire request_finished and drop the database connection (PostgreSQL)
    # in the middle of the module's transaction.
    return b"".join(response.streaming_content)


def crawl(client: Client, start: str, *, keep_bodies: bool = False) -> Crawl:
    result = Crawl()
    queue: deque[tuple[str, str]] = deque([(start, "(start)")])
    queued = {start}
    while queue:
        if len(result.statuses) >= MAX_PAGES:
            result.truncated = True
            break
        url, referrer = queue.popleft()
        response = client.get(url)
        status = response.status_code
        result.statuses[url] = status
        body = body_of(response)
        if keep_bodies and status == 200:
            result.bodies[url] = (response.get("Content-Type", ""), body)
        if status >= 500:
            result.errors.append(Problem(url, status, referrer, last_lines(response)))
            continue
        if status >= 400:
            result.broken.append(Problem(url, status, referrer))
            continue
        hrefs: list[str] = []
        if 300 <= status < 400 and response.get("Location"):
            hrefs = [response["Location"]]
        elif status == 200 and response.get("Content-Type", "").startswith("text/html"):
            parser = LinkParser()
            parser.feed(body.decode(response.charset or "utf-8", "replace"))
            hrefs = parser.hrefs
        for href in hrefs:
            target = internal_url(url, href)
            if target is not None and 300 <= status < 400:
                result.redirects[url] = target
            if target is not None and target not in queued:
                queued.add(target)
                queue.append((target, url))
    return result


@pytest.fixture(scope="module")
def demo_media(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture(autouse=True)
def _media_root(settings: Any, demo_media: Path) -> None:
    """Overrides the root conftest's fresh-folder-per-test: the demo's files live here."""
    settings.MEDIA_ROOT = str(demo_media)


@pytest.fixture(scope="module")
def demo(django_db_setup: None, django_db_blocker: Any, demo_media: Path) -> Iterator[DemoContext]:
    """The demo data, seeded once; rolled back after the module's last test.

    After-commit work (listing-image hooks, monitoring tasks, e-mails) runs as it does
    when `tradeguard demo` commits."""
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=str(demo_media)),
        transaction.atomic(),
    ):
        with TestCase.captureOnCommitCallbacks(execute=True):
            ctx = seed_all(log=lambda line: None)
        yield ctx
        transaction.set_rollback(True)


def signed_in(user: Any) -> Client:
    client = Client(raise_request_exception=False)
    assert client.login(username=user.email, password=DEMO_PASSWORD), user.email
    return client


def test_every_demo_user_is_crawled(demo: DemoContext) -> None:
    assert set(demo.users) == set(USER_KEYS)


@pytest.mark.parametrize("key", USER_KEYS)
def test_crawl_every_page_reachable_from_the_dashboard(demo: DemoContext, key: str) -> None:
    user = demo.users[key]
    client = signed_in(user)
    started = time.monotonic()
    result = crawl(client, reverse("web:dashboard"))
    elapsed = time.monotonic() - started
    print(f"\ncrawl {key} ({user.role}): {len(result.statuses)} pages in {elapsed:.1f} s")

    assert not result.errors, f"{key}: server errors:\n" + "\n".join(map(str, result.errors))
    assert not result.broken, f"{key}: broken links:\n" + "\n".join(map(str, result.broken))
    assert not result.truncated, f"{key}: more than {MAX_PAGES} pages; raise the cap"
    nav = [link["url"] for link in nav_links(user) if internal_url("/", link["url"]) is not None]
    assert nav, f"{key} has no navigation"
    # A nav entry may redirect (officers' "IP protection" opens their queue), but must
    # end on a page that renders.
    not_ok = {url: result.final_status(url) for url in nav if result.final_status(url) != 200}
    assert not not_ok, f"{key}: nav pages not 200 (None = never reached): {not_ok}"


def dispute_where(demo: DemoContext, **org_ids: int) -> Any:
    for key, obj in demo.objects.items():
        if not key.startswith("dispute_"):
            continue
        if all(getattr(obj, f"{name}_id") == value for name, value in org_ids.items()):
            return obj
    raise AssertionError(f"no demo dispute with {org_ids}")


def test_other_parties_cannot_open_foreign_cases(demo: DemoContext) -> None:
    users, objects = demo.users, demo.objects
    buyer_org, supplier_org = users["buyer"].organization_id, users["supplier"].organization_id
    buyers_dispute = dispute_where(demo, buyer=buyer_org, supplier=supplier_org)
    buyers_order = objects["order_in_transit"]  # the inspector is booked on this one
    not_inspected = objects["order_glass_plates"]
    assert buyers_order.buyer_id == not_inspected.buyer_id == buyer_org
    assert buyers_order.supplier_id == supplier_org
    dispute_url = reverse("disputes:detail", args=[buyers_dispute.pk])
    order_url = reverse("orders:detail", args=[buyers_order.pk])

    refused = [
        ("buyer2", dispute_url),
        ("buyer2", reverse("disputes:respond", args=[buyers_dispute.pk])),
        ("buyer2", order_url),
        ("supplier2", dispute_url),
        ("supplier2", order_url),
        ("supplier3", dispute_url),
        ("rights", dispute_url),
        ("rights", order_url),
        ("inspector", dispute_url),
        ("inspector", reverse("orders:detail", args=[not_inspected.pk])),
    ]
    answers = {(key, url): signed_in(users[key]).get(url).status_code for key, url in refused}
    assert all(status in {403, 404} for status in answers.values()), answers

    allowed = [
        ("buyer", dispute_url),
        ("buyer", order_url),
        ("supplier", dispute_url),
        ("supplier", order_url),
        ("inspector", order_url),
        ("officer", dispute_url),
    ]
    answers = {(key, url): signed_in(users[key]).get(url).status_code for key, url in allowed}
    assert all(status == 200 for status in answers.values()), answers
