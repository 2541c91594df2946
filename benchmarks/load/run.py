"""Load test: CLIENTS concurrent clients for SECONDS against `tradeguard serve` (as an
operator runs it: gunicorn + task worker + deadline runner), mixed reads and writes
over the API and the pages, on a fresh demo database. Reports every status seen, the
5xx count and latency percentiles per kind of request.

    .venv/bin/python benchmarks/load/run.py --data /tmp/tg-load            # SQLite
    .venv/bin/python benchmarks/load/run.py --data /tmp/tg-load-pg \\
        --database-url postgres://tradeguard:tradeguard@127.0.0.1:5432/tgNN_load

The PostgreSQL database named in --database-url is dropped and created again.
"""

from __future__ import annotations

import argparse
import collections
import http.client
import io
import json
import os
import random
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

DEMO_PASSWORD = "demo-pass-2026"
USERS = {
    "buyer": "buyer@demo.tradeguard.test",
    "supplier": "supplier@demo.tradeguard.test",
    "officer": "officer@demo.tradeguard.test",
    "rights": "rights@demo.tradeguard.test",
}


def run(cmd: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"{' '.join(cmd)} failed:\n{done.stdout}\n{done.stderr}")


def prepare(data: Path, database_url: str | None) -> dict[str, str]:
    if data.exists():
        shutil.rmtree(data)
    data.mkdir(parents=True)
    url = database_url or f"sqlite:///{data / 'tradeguard.sqlite3'}"
    if database_url:
        import psycopg

        parts = urlsplit(database_url)
        name = parts.path.strip("/")
        admin = urlunsplit(parts._replace(path="/postgres"))
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'.encode())
            conn.execute(f'CREATE DATABASE "{name}"'.encode())
    # Served as in production (DEBUG off, a secret key, hashed static files); only the
    # demo data is seeded the way `make run` seeds it, with DEBUG on.
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "TRADEGUARD_"))},
        "TRADEGUARD_DATA_DIR": str(data),
        "DATABASE_URL": url,
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(48),
        "ALLOWED_HOSTS": "127.0.0.1",
        "TASK_BACKEND": "database",
        "LOG_LEVEL": "WARNING",
        "PYTHONUNBUFFERED": "1",
    }
    tg = [sys.executable, "-m", "tradeguard.cli"]
    run([*tg, "migrate", "--noinput", "-v0"], env)
    run([*tg, "demo"], {**env, "DEBUG": "true"})
    run([*tg, "collectstatic", "--noinput", "-v0"], env)
    return env


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Conn:
    """One client's keep-alive connection."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, bytes]:
        for attempt in (1, 2):
            try:
                self.conn.request(method, path, body=body, headers=headers or {})
                response = self.conn.getresponse()
                return response.status, response.read()
            except (http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")


def _png(n: int) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (48, 36), (n % 256, (n * 7) % 256, (n * 31) % 256)).save(buf, "PNG")
    return buf.getvalue()


def setup_world(port: int) -> dict[str, Any]:
    c = Conn(port)
    tokens = {}
    for role, email in USERS.items():
        status, body = c.request(
            "POST",
            "/api/v1/auth/token",
            json.dumps({"email": email, "password": DEMO_PASSWORD, "name": "load"}).encode(),
            {"Content-Type": "application/json"},
        )
        assert status == 201, (status, body)
        tokens[role] = json.loads(body)["token"]
    auth = {"Authorization": f"Bearer {tokens['buyer']}"}
    _, body = c.request("GET", "/api/v1/disputes?page_size=100", headers=auth)
    disputes = [d["id"] for d in json.loads(body)["items"]]
    open_cases = []
    for dispute_id in disputes:
        status, _ = c.request(
            "POST",
            f"/api/v1/disputes/{dispute_id}/messages",
            json.dumps({"body": "Load test: this case takes messages."}).encode(),
            {**auth, "Content-Type": "application/json"},
        )
        if status == 201:
            open_cases.append(dispute_id)
    _, body = c.request("GET", "/api/v1/orders?page_size=100", headers=auth)
    orders = [o["id"] for o in json.loads(body)["items"]]
    return {"tokens": tokens, "disputes": disputes, "open": open_cases, "orders": orders}


class Client(threading.Thread):
    def __init__(self, n: int, port: int, world: dict[str, Any], until: float, stats: Any) -> None:
        super().__init__(daemon=True)
        self.n, self.port, self.world, self.until, self.stats = n, port, world, until, stats
        self.rng = random.Random(n)

    def auth(self, role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.world['tokens'][role]}"}

    def run(self) -> None:
        c = Conn(self.port)
        w = self.world
        kinds = [
            ("read: GET /api/v1/me", 15),
            ("read: GET /api/v1/disputes", 15),
            ("read: GET /api/v1/disputes/{id}", 20),
            ("read: GET /api/v1/orders", 10),
            ("read: GET /api/v1/notifications", 10),
            ("read: GET /login/ (page)", 5),
            ("write: POST message", 15),
            ("write: PATCH /api/v1/me", 5),
            ("write: POST evidence (upload)", 5),
        ]
        names = [k for k, _ in kinds]
        weights = [wt for _, wt in kinds]
        i = 0
        while time.monotonic() < self.until:
            i += 1
            kind = self.rng.choices(names, weights)[0]
            role = self.rng.choice(["buyer", "supplier"])
            json_h = {**self.auth(role), "Content-Type": "application/json"}
            started = time.perf_counter()
            if kind == "read: GET /api/v1/me":
                status, _ = c.request("GET", "/api/v1/me", headers=self.auth(role))
            elif kind == "read: GET /api/v1/disputes":
                status, _ = c.request("GET", "/api/v1/disputes", headers=self.auth(role))
            elif kind == "read: GET /api/v1/disputes/{id}":
                case = self.rng.choice(w["disputes"])
                status, _ = c.request("GET", f"/api/v1/disputes/{case}", headers=self.auth("buyer"))
            elif kind == "read: GET /api/v1/orders":
                status, _ = c.request("GET", "/api/v1/orders", headers=self.auth(role))
            elif kind == "read: GET /api/v1/notifications":
                status, _ = c.request("GET", "/api/v1/notifications", headers=self.auth(role))
            elif kind == "read: GET /login/ (page)":
                status, _ = c.request("GET", "/login/")
            elif kind == "write: POST message":
                case = self.rng.choice(w["open"])
                body = json.dumps({"body": f"client {self.n} message {i}"}).encode()
                buyer_json = {**self.auth("buyer"), "Content-Type": "application/json"}
                status, _ = c.request("POST", f"/api/v1/disputes/{case}/messages", body, buyer_json)
            elif kind == "write: PATCH /api/v1/me":
                body = json.dumps({"full_name": f"Load {self.n}-{i}"}).encode()
                status, _ = c.request("PATCH", "/api/v1/me", body, json_h)
            else:
                case = self.rng.choice(w["open"])
                boundary = uuid.uuid4().hex
                data = _png(self.n * 100_000 + i)
                body = (
                    (
                        f'--{boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\n'
                        f"product_photo\r\n--{boundary}\r\nContent-Disposition: form-data; "
                        f'name="file"; filename="p.png"\r\nContent-Type: image/png\r\n\r\n'
                    ).encode()
                    + data
                    + f"\r\n--{boundary}--\r\n".encode()
                )
                status, _ = c.request(
                    "POST",
                    f"/api/v1/disputes/{case}/evidence",
                    body,
                    {
                        **self.auth("buyer"),
                        "Content-Type": f"multipart/form-data; boundary={boundary}",
                    },
                )
            self.stats.record(kind, status, time.perf_counter() - started)


class Stats:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latency: dict[str, list[float]] = collections.defaultdict(list)
        self.status: dict[str, collections.Counter[int]] = collections.defaultdict(
            collections.Counter
        )

    def record(self, kind: str, status: int, seconds: float) -> None:
        with self.lock:
            self.latency[kind].append(seconds)
            self.status[kind][status] += 1


def pct(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--database-url")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--web-workers", type=int, default=2)
    parser.add_argument("--json", type=Path, help="write the results here too")
    args = parser.parse_args()

    env = prepare(args.data, args.database_url)
    port = free_port()
    log = (args.data / "serve.log").open("wb")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tradeguard.cli",
            "serve",
            "--port",
            str(port),
            "--web-workers",
            str(args.web_workers),
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if Conn(port).request("GET", "/login/")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                sys.exit("the server did not start; see " + str(args.data / "serve.log"))
            time.sleep(0.5)
        world = setup_world(port)
        stats = Stats()
        until = time.monotonic() + args.seconds
        clients = [Client(n, port, world, until, stats) for n in range(args.clients)]
        started = time.monotonic()
        for client in clients:
            client.start()
        for client in clients:
            client.join()
        elapsed = time.monotonic() - started
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
        log.close()

    rows = []
    every: list[float] = []
    server_errors = 0
    for kind in sorted(stats.latency):
        values = stats.latency[kind]
        every += values
        errors = sum(n for s, n in stats.status[kind].items() if s >= 500)
        server_errors += errors
        rows.append(
            {
                "kind": kind,
                "requests": len(values),
                "statuses": dict(sorted(stats.status[kind].items())),
                "5xx": errors,
                "p50_ms": round(pct(values, 50) * 1000),
                "p95_ms": round(pct(values, 95) * 1000),
                "p99_ms": round(pct(values, 99) * 1000),
            }
        )
    result = {
        "database": "postgresql" if args.database_url else "sqlite",
        "clients": args.clients,
        "seconds": round(elapsed, 1),
        "requests": len(every),
        "per_second": round(len(every) / elapsed, 1),
        "5xx": server_errors,
        "p50_ms": round(pct(every, 50) * 1000),
        "p95_ms": round(pct(every, 95) * 1000),
        "p99_ms": round(pct(every, 99) * 1000),
        "kinds": rows,
    }
    print(json.dumps(result, indent=1))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))
    print(
        "\n| Request | n | statuses | 5xx | p50 ms | p95 ms | p99 ms |\n"
        "| --- | ---: | --- | ---: | ---: | ---: | ---: |"
    )
    for r in rows:
        statuses = ", ".join(f"{k}: {v}" for k, v in r["statuses"].items())
        print(
            f"| {r['kind']} | {r['requests']} | {statuses} | {r['5xx']} | "
            f"{r['p50_ms']} | {r['p95_ms']} | {r['p99_ms']} |"
        )
    print(
        f"| **all** | {result['requests']} ({result['per_second']}/s) | | {server_errors} | "
        f"{result['p50_ms']} | {result['p95_ms']} | {result['p99_ms']} |"
    )
    if server_errors:
        sys.exit(f"{server_errors} server error(s); see {args.data / 'serve.log'}")


if __name__ == "__main__":
    main()
