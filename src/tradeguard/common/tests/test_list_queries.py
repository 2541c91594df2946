"""Every list, API and page, against a synthetic marketplace (common/scaledata.py):

- the number of SQL queries a list runs does not grow with the data (the same at
  ~20 and ~80 cases);
- on PostgreSQL, EXPLAIN of every query a list runs shows no Seq Scan of a large table
  and no Sort of one under a page's LIMIT (an index serves every filter and sort).
  The planner is told to avoid sequential scans and sorts, so either appears only when
  no index can serve the query; skipped on SQLite, run by CI's PostgreSQL pass.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tradeguard.accounts.services import api_token_create
from tradeguard.accounts.tests.factories import buyer, officer, rights_holder, supplier
from tradeguard.common.scaledata import Seeder
from tradeguard.ip.models import Complaint, ComplaintItem
from tradeguard.ip.policy import OPEN_STATUSES

pytestmark = pytest.mark.django_db

# Tables that grow with the marketplace (a year at 100k disputes: 50k to 1.3M rows).
LARGE_TABLES = frozenset(
    {
        "disputes_dispute",
        "disputes_proposal",
        "orders_order",
        "orders_orderitem",
        "orders_payment",
        "common_event",
        "common_timer",
        "notifications_notification",
        "catalog_listing",
        "catalog_listingimage",
        "evidence_storedfile",
        "ip_complaint",
        "ip_complaintitem",
        "monitoring_match",
        "monitoring_matchgroup",
        "django_tasks_database_dbtaskresult",
    }
)


@dataclass(frozen=True)
class Endpoint:
    who: str  # officer, buyer, supplier, rights, anonymous
    path: str

    @property
    def api(self) -> bool:
        return self.path.startswith("/api/")


ENDPOINTS = [
    Endpoint("officer", "/api/v1/disputes"),
    Endpoint("buyer", "/api/v1/disputes"),
    Endpoint("officer", "/api/v1/disputes?status=under_review"),
    Endpoint("supplier", "/api/v1/disputes"),
    Endpoint("officer", "/api/v1/orders"),
    Endpoint("buyer", "/api/v1/orders"),
    Endpoint("officer", "/api/v1/orders?status=shipped"),
    Endpoint("officer", "/api/v1/listings"),
    Endpoint("buyer", "/api/v1/notifications"),
    Endpoint("buyer", "/api/v1/notifications?unread=true"),
    Endpoint("officer", "/api/v1/ip/items"),
    Endpoint("rights", "/api/v1/ip/complaints"),
    Endpoint("officer", "/api/v1/images/groups"),
    Endpoint("officer", "/api/v1/images/matches?status=new"),
    Endpoint("officer", "/api/v1/organizations"),
    Endpoint("anonymous", "/api/v1/ip/stats"),
    Endpoint("officer", "/disputes/"),
    Endpoint("buyer", "/disputes/"),
    Endpoint("officer", "/disputes/?status=escalated"),
    Endpoint("officer", "/disputes/?queue_sort=signals"),
    Endpoint("officer", "/orders/"),
    Endpoint("buyer", "/orders/"),
    Endpoint("officer", "/listings/"),
    Endpoint("buyer", "/inbox/"),
    Endpoint("officer", "/dashboard/"),
    Endpoint("buyer", "/dashboard/"),
    Endpoint("supplier", "/dashboard/"),
    Endpoint("officer", "/officer/"),
    Endpoint("officer", "/images/"),
    Endpoint("officer", "/images/?status=confirmed"),
    Endpoint("officer", "/ip/queue/"),
    Endpoint("rights", "/ip/"),
    Endpoint("supplier", "/ip/"),
    Endpoint("anonymous", "/ip/transparency/"),
]


class Marketplace:
    def __init__(self) -> None:
        self.users = {
            "officer": officer(),
            "buyer": buyer(),
            "supplier": supplier(),
            "rights": rights_holder(),
        }
        self.tokens = {
            key: api_token_create(actor=user, name="list tests")[1]
            for key, user in self.users.items()
        }
        self.seeded = 0

    def grow(self, disputes: int) -> None:
        self.seeded += 1
        Seeder(
            disputes,
            officer=self.users["officer"],
            big_buyer=self.users["buyer"],
            supplier=self.users["supplier"],
            rights_holder=self.users["rights"],
            prefix=f"Year {self.seeded}",
        ).run()
        if self.seeded == 1:
            # The rights holder's portal lists start non-empty too: a list's prefetches
            # run once per page that has rows, so an empty list would count fewer.
            open_item = ComplaintItem.objects.filter(
                status__in=list(OPEN_STATUSES), listing__isnull=False
            ).first()
            assert open_item is not None
            org = self.users["rights"].organization
            Complaint.objects.filter(pk=open_item.complaint_id).update(
                rights_holder=org, filed_by_org=org
            )
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

    def client(self, endpoint: Endpoint) -> tuple[Client, dict[str, str]]:
        client = Client()
        headers: dict[str, str] = {}
        if endpoint.who != "anonymous":
            if endpoint.api:
                headers["HTTP_AUTHORIZATION"] = f"Bearer {self.tokens[endpoint.who]}"
            else:
                client.force_login(self.users[endpoint.who])
        return client, headers

    def queries(self, endpoint: Endpoint) -> list[dict[str, Any]]:
        """The queries of the endpoint's second request (the first warms the cache)."""
        cache.clear()
        client, headers = self.client(endpoint)
        assert client.get(endpoint.path, **headers).status_code == 200, endpoint
        with CaptureQueriesContext(connection) as captured:
            response = client.get(endpoint.path, **headers)
        assert response.status_code == 200, endpoint
        return list(captured.captured_queries)


@pytest.fixture
def market() -> Marketplace:
    return Marketplace()


def test_lists_run_the_same_queries_whatever_the_data_size(market: Marketplace) -> None:
    market.grow(100)
    small = {e: len(market.queries(e)) for e in ENDPOINTS}
    market.grow(200)  # three times the cases, orders, events, notifications ...
    large = {e: len(market.queries(e)) for e in ENDPOINTS}
    grew = {f"{e.who} {e.path}": (small[e], large[e]) for e in ENDPOINTS if large[e] != small[e]}
    assert grew == {}, "query count grows with the data"


def _problems(plan: dict[str, Any], limited: bool) -> list[str]:
    """Seq Scans of large tables anywhere; Sorts over large tables in a page query."""
    found: list[str] = []

    def relations(node: dict[str, Any]) -> set[str]:
        names = {node["Relation Name"]} if "Relation Name" in node else set()
        for child in node.get("Plans", []):
            names |= relations(child)
        return names

    def walk(node: dict[str, Any]) -> None:
        kind = node["Node Type"]
        if kind == "Seq Scan" and node.get("Relation Name") in LARGE_TABLES:
            found.append(f"Seq Scan on {node['Relation Name']}")
        if limited and kind == "Sort" and relations(node) & LARGE_TABLES:
            found.append(f"Sort ({', '.join(node.get('Sort Key', []))}) over a large table")
        for child in node.get("Plans", []):
            walk(child)

    walk(plan)
    return found


@pytest.mark.skipif(connection.vendor != "postgresql", reason="EXPLAIN plans: PostgreSQL")
def test_an_index_serves_every_list_query(market: Marketplace) -> None:
    market.grow(30)
    failures: list[str] = []
    for endpoint in ENDPOINTS:
        for query in market.queries(endpoint):
            sql = query["sql"]
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL enable_seqscan = off")
                cursor.execute("SET LOCAL enable_sort = off")
                cursor.execute("EXPLAIN (FORMAT JSON) " + sql)
                raw = cursor.fetchone()[0]
                cursor.execute("RESET enable_seqscan")
                cursor.execute("RESET enable_sort")
            plan = (json.loads(raw) if isinstance(raw, str) else raw)[0]["Plan"]
            limited = " LIMIT " in sql.upper() and " ORDER BY " in sql.upper()
            for problem in _problems(plan, limited):
                failures.append(f"{endpoint.who} {endpoint.path}: {problem}\n    {sql[:300]}")
    assert failures == [], "\n".join(failures)
