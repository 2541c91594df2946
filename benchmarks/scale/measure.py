"""Measure the issue-15 endpoints: p50/p95 over sequential requests to gunicorn (2
workers, DEBUG off) and the number of SQL queries each one runs, on one or more
seeded databases (benchmarks/scale/seed.py).

    .venv/bin/python benchmarks/scale/measure.py \\
        1k=postgres://tradeguard:tradeguard@127.0.0.1:5432/tg_scale_1k \\
        100k=postgres://tradeguard:tradeguard@127.0.0.1:5432/tg_scale_100k

prints one markdown table (p50 and p95 in ms per database, the ratio of the last p50 to
the first, queries per request) and writes it with the raw numbers to
benchmarks/scale/results.json (or --json PATH). Query counts come from the same
requests run in-process through Django's test client (CaptureQueriesContext), so the
server runs exactly as in production.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PORT = int(os.environ.get("BENCH_PORT", "8015"))  # BENCH_PORT=... on a shared machine


@dataclass(frozen=True)
class Endpoint:
    key: str
    label: str
    user: str  # demo login key: officer, buyer, rights, anonymous
    path: str  # "{dispute}" is replaced by a case of the big buyer
    api: bool


ENDPOINTS = [
    Endpoint(
        "api_disputes_officer",
        "`GET /api/v1/disputes` as officer",
        "officer",
        "/api/v1/disputes",
        True,
    ),
    Endpoint(
        "api_disputes_buyer",
        "`GET /api/v1/disputes` as the big buyer",
        "buyer",
        "/api/v1/disputes",
        True,
    ),
    Endpoint(
        "page_disputes_officer", "officer's `/disputes/` page", "officer", "/disputes/", False
    ),
    Endpoint(
        "page_disputes_officer_signals",
        "officer's `/disputes/` page, queue by scam signals",
        "officer",
        "/disputes/?queue_sort=signals",
        False,
    ),
    Endpoint("page_disputes_buyer", "big buyer's `/disputes/` page", "buyer", "/disputes/", False),
    Endpoint(
        "page_transparency",
        "transparency page `/ip/transparency/`",
        "anonymous",
        "/ip/transparency/",
        False,
    ),
    Endpoint("api_ip_stats", "`GET /api/v1/ip/stats`", "anonymous", "/api/v1/ip/stats", True),
    Endpoint("page_orders_officer", "orders page as officer", "officer", "/orders/", False),
    Endpoint(
        "api_orders_officer", "`GET /api/v1/orders` as officer", "officer", "/api/v1/orders", True
    ),
    Endpoint(
        "page_dashboard_officer", "officer dashboard `/dashboard/`", "officer", "/dashboard/", False
    ),
    Endpoint("page_officer_queues", "officer queues `/officer/`", "officer", "/officer/", False),
    Endpoint("page_matches_officer", "image matches page as officer", "officer", "/images/", False),
    Endpoint("page_ip_queue", "IP queue `/ip/queue/` as officer", "officer", "/ip/queue/", False),
    Endpoint("page_ip_portal", "IP portal `/ip/` as rights holder", "rights", "/ip/", False),
    Endpoint("page_dispute_case", "dispute case page", "buyer", "/disputes/{dispute}/", False),
    Endpoint(
        "api_dispute_detail",
        "`GET /api/v1/disputes/{id}`",
        "buyer",
        "/api/v1/disputes/{dispute}",
        True,
    ),
    Endpoint(
        "page_ip_picker_common",
        "IP complaint listing picker, a common word (`q=Bamboo lamp`)",
        "rights",
        "/ip/complaints/listings/?q=Bamboo+lamp",
        False,
    ),
    Endpoint(
        "page_ip_picker_rare",
        "IP complaint listing picker, a rare title (`q=model 9999`)",
        "rights",
        "/ip/complaints/listings/?q=model+9999",
        False,
    ),
    Endpoint("page_inbox_buyer", "inbox `/inbox/` as the big buyer", "buyer", "/inbox/", False),
    Endpoint(
        "api_notifications_buyer",
        "`GET /api/v1/notifications` as the big buyer",
        "buyer",
        "/api/v1/notifications",
        True,
    ),
]

EMAILS = {
    "officer": "officer@demo.tradeguard.test",
    "buyer": "buyer@demo.tradeguard.test",
    "rights": "rights@demo.tradeguard.test",
}


def _env(database_url: str, data_dir: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url,
        DEBUG="false",
        SECRET_KEY="scale-benchmark-not-secret",
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SESSION_COOKIE_SECURE="false",
        CSRF_COOKIE_SECURE="false",
        TRADEGUARD_DATA_DIR=data_dir,
        TASK_BACKEND="dummy",
        LOG_LEVEL="WARNING",
        PYTHONPATH=str(ROOT / "src"),
    )
    return env


def _credentials_and_counts(
    database_url: str, data_dir: str, endpoints: list[Endpoint]
) -> dict[str, Any]:
    """In a child process (Django set up on this database): sessions and tokens for the
    benchmark users, a case of the big buyer, and each endpoint's query count."""
    code = r"""
import json, sys
import django
django.setup()
from django.contrib.auth import SESSION_KEY, BACKEND_SESSION_KEY, HASH_SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from tradeguard.accounts.models import User
from tradeguard.accounts.services import api_token_create
from tradeguard.disputes.models import Dispute

emails = json.loads(sys.argv[1]); endpoints = json.loads(sys.argv[2])
out = {"sessions": {}, "tokens": {}, "queries": {}}
for key, email in emails.items():
    user = User.objects.get(email=email)
    s = SessionStore()
    s[SESSION_KEY] = str(user.pk)
    s[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    s[HASH_SESSION_KEY] = user.get_session_auth_hash()
    s.create()
    out["sessions"][key] = s.session_key
    out["tokens"][key] = api_token_create(actor=user, name="scale benchmark")[1]
buyer = User.objects.get(email=emails["buyer"])
case = Dispute.objects.filter(buyer_id=buyer.organization_id).order_by("-opened_at").first()
out["dispute"] = case.pk
out["disputes"] = Dispute.objects.count()
for ep in endpoints:
    client = Client()
    headers = {}
    if ep["user"] != "anonymous":
        if ep["api"]:
            headers["HTTP_AUTHORIZATION"] = "Bearer " + out["tokens"][ep["user"]]
        else:
            client.cookies["sessionid"] = out["sessions"][ep["user"]]
    path = ep["path"].replace("{dispute}", str(case.pk))
    client.get(path, **headers)  # warm caches as the server would be
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path, **headers)
    out["queries"][ep["key"]] = {"count": len(ctx.captured_queries), "status": response.status_code,
                                 "bytes": len(response.content)}
print(json.dumps(out))
"""
    env = _env(database_url, data_dir)
    env["DJANGO_SETTINGS_MODULE"] = "tradeguard.settings"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            code,
            json.dumps(EMAILS),
            json.dumps([e.__dict__ for e in endpoints]),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _wait_for(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/login/")
            conn.getresponse().read()
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"gunicorn did not answer on port {port}")


def _time(endpoint: Endpoint, creds: dict[str, Any], requests: int) -> dict[str, Any]:
    headers: dict[str, str] = {}
    if endpoint.user != "anonymous":
        if endpoint.api:
            headers["Authorization"] = f"Bearer {creds['tokens'][endpoint.user]}"
        else:
            headers["Cookie"] = f"sessionid={creds['sessions'][endpoint.user]}"
    path = endpoint.path.replace("{dispute}", str(creds["dispute"]))
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
    times: list[float] = []
    statuses: set[int] = set()
    for i in range(requests + 3):
        start = time.perf_counter()
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        response.read()
        elapsed = (time.perf_counter() - start) * 1000
        statuses.add(response.status)
        if i >= 3:  # the first requests warm each worker's caches and connections
            times.append(elapsed)
    conn.close()
    times.sort()
    return {
        "p50": round(statistics.median(times), 1),
        "p95": round(times[max(0, round(0.95 * len(times)) - 1)], 1),
        "statuses": sorted(statuses),
    }


def measure(
    label: str, database_url: str, requests: int, endpoints: list[Endpoint]
) -> dict[str, Any]:
    data_dir = tempfile.mkdtemp(prefix=f"tg-scale-{label}-")
    env = _env(database_url, data_dir)
    tradeguard = str(ROOT / ".venv" / "bin" / "tradeguard")
    subprocess.run(
        [tradeguard, "collectstatic", "--noinput", "--verbosity", "0"], env=env, check=True
    )
    creds = _credentials_and_counts(database_url, data_dir, endpoints)
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "tradeguard.wsgi:application",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            "2",
            "--timeout",
            "60",
        ],
        env=env,
        cwd=data_dir,
    )
    try:
        _wait_for(PORT)
        results = {e.key: _time(e, creds, requests) for e in endpoints}
    finally:
        server.terminate()
        server.wait(timeout=30)
    for key, counted in creds["queries"].items():
        results[key].update(queries=counted["count"], bytes=counted["bytes"])
    return {"label": label, "disputes": creds["disputes"], "endpoints": results}


def table(runs: list[dict[str, Any]], endpoints: list[Endpoint]) -> str:
    head = ["endpoint"]
    for run in runs:
        head += [f"p50 {run['label']}", f"p95 {run['label']}", f"queries {run['label']}"]
    if len(runs) > 1:
        head.append(f"p50 {runs[-1]['label']} / {runs[0]['label']}")
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for e in endpoints:
        row = [e.label]
        for run in runs:
            r = run["endpoints"][e.key]
            bad = [s for s in r["statuses"] if s != 200]
            row += [
                f"{r['p50']:.0f} ms" + (f" (HTTP {bad})" if bad else ""),
                f"{r['p95']:.0f} ms",
                str(r["queries"]),
            ]
        if len(runs) > 1:
            first = runs[0]["endpoints"][e.key]["p50"]
            last = runs[-1]["endpoints"][e.key]["p50"]
            row.append(f"{last / first:.2f}x" if first else "-")
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("databases", nargs="+", help="LABEL=DATABASE_URL, smallest first")
    parser.add_argument("--requests", type=int, default=40, help="timed requests per endpoint")
    parser.add_argument("--json", default=str(ROOT / "benchmarks" / "scale" / "results.json"))
    parser.add_argument(
        "--only",
        type=lambda value: value.split(","),
        default=[],
        help="comma-separated endpoint keys to measure (default: all)",
    )
    args = parser.parse_args(argv)
    known = {e.key for e in ENDPOINTS}
    if unknown := set(args.only) - known:
        parser.error(f"unknown endpoint keys {sorted(unknown)}; known: {sorted(known)}")
    endpoints = [e for e in ENDPOINTS if not args.only or e.key in args.only]
    runs = []
    for spec in args.databases:
        label, _, url = spec.partition("=")
        print(f"== {label}: {url.rsplit('/', 1)[-1]}", file=sys.stderr, flush=True)
        runs.append(measure(label, url, args.requests, endpoints))
    text = table(runs, endpoints)
    print(text)
    Path(args.json).write_text(json.dumps({"runs": runs, "table": text}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
