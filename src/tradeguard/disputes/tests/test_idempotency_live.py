"""N parallel filings with one Idempotency-Key against a real server (gunicorn, 2
processes x 8 threads) on the suite's database (SQLite, or PostgreSQL when the suite
runs on it): one 201, and N-1 identical 200s naming the same case."""

from __future__ import annotations

import json
import threading
import uuid

PARALLEL = 20


def test_parallel_identical_filings_file_one_case(served):
    server = served("gunicorn")
    token = server.token("buyer@demo.tradeguard.test")
    status, orders = server.json("GET", "/api/v1/orders?page_size=100", token=token)
    assert status == 200
    order_id = next(
        o["id"]
        for o in orders["items"]
        if server.json(
            "GET", f"/api/v1/disputes/eligibility?order_id={o['id']}&reason=other", token=token
        )[1]["eligible"]
    )
    body = json.dumps(
        {
            "order_id": order_id,
            "reason": "other",
            "requested_outcome": "full_refund",
            "description": "The goods never matched the sample we approved in March.",
        }
    )
    key = uuid.uuid4().hex
    start = threading.Barrier(PARALLEL)
    results: list[tuple[int, bytes]] = []
    lock = threading.Lock()

    def file_it() -> None:
        start.wait()
        status, raw, _ = server.request(
            "POST",
            "/api/v1/disputes",
            token=token,
            body=body,
            headers={"Content-Type": "application/json", "Idempotency-Key": key},
        )
        with lock:
            results.append((status, raw))

    threads = [threading.Thread(target=file_it) for _ in range(PARALLEL)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    statuses = sorted(status for status, _ in results)
    assert statuses == [200] * (PARALLEL - 1) + [201], [
        (s, r[:300]) for s, r in results if s not in (200, 201)
    ]
    created = next(json.loads(raw) for status, raw in results if status == 201)
    repeats = [raw for status, raw in results if status == 200]
    assert len(set(repeats)) == 1  # identical answers
    assert json.loads(repeats[0])["id"] == created["id"]
    status, listed = server.json("GET", "/api/v1/disputes?page_size=100", token=token)
    assert sum(1 for d in listed["items"] if d["order_id"] == order_id) == 1
