"""The IP complaint's listing picker searching a year of listings on PostgreSQL.

    .venv/bin/python benchmarks/scale/picker_search.py postgres://…/tg15scale

Times (median and p95 of 20 runs per term) the picker's text search as it was (title OR
supplier name across a join) and as it is (supplier ids by name first, then title OR
supplier id, served by the trigram indexes of migrations catalog 0004 / accounts 0005),
for a rare term (one product model), a common word and a supplier's name.
"""

from __future__ import annotations

import statistics
import sys
import time

import psycopg

OLD = """SELECT l.id FROM catalog_listing l JOIN accounts_organization o ON l.supplier_id = o.id
WHERE l.status = 'active' AND (UPPER(l.title::text) LIKE UPPER(%(t)s)
OR UPPER(o.name::text) LIKE UPPER(%(t)s)) ORDER BY l.created_at DESC, l.id DESC LIMIT 24"""
ORGS = """SELECT id FROM accounts_organization WHERE kind = 'supplier'
AND UPPER(name::text) LIKE UPPER(%(t)s) LIMIT 200"""
NEW = """SELECT l.id FROM catalog_listing l WHERE l.status = 'active'
AND (UPPER(l.title::text) LIKE UPPER(%(t)s) OR l.supplier_id = ANY(%(ids)s))
ORDER BY l.created_at DESC, l.id DESC LIMIT 24"""


def timed(conn: psycopg.Connection, term: str, new: bool) -> float:
    started = time.perf_counter()
    pattern = f"%{term}%"
    if new:
        ids = [r[0] for r in conn.execute(ORGS, {"t": pattern})]
        conn.execute(NEW, {"t": pattern, "ids": ids}).fetchall()
    else:
        conn.execute(OLD, {"t": pattern}).fetchall()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    with psycopg.connect(sys.argv[1], autocommit=True) as conn:
        listings = conn.execute("SELECT count(*) FROM catalog_listing").fetchone()
        print(f"{listings[0] if listings else 0} listings")
        supplier = conn.execute(
            "SELECT name FROM accounts_organization WHERE kind = 'supplier' ORDER BY id DESC"
        ).fetchone()
        model = conn.execute("SELECT title FROM catalog_listing ORDER BY id LIMIT 1").fetchone()
        terms = {
            "rare (one model)": model[0] if model else "model",
            "common word": "lamp",
            "supplier name": supplier[0][:12] if supplier else "Co",
        }
        for label, term in terms.items():
            for new in (False, True):
                runs = sorted(timed(conn, term, new) for _ in range(20))
                print(
                    f"{label:>17} {'new' if new else 'old'}: p50 {statistics.median(runs):6.1f} ms"
                    f"  p95 {runs[18]:6.1f} ms  ({term!r})"
                )


if __name__ == "__main__":
    main()
