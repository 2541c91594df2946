"""Seed a marketplace's year of cases for the scale benchmark (issue 15).

    DATABASE_URL=postgres://tradeguard:tradeguard@127.0.0.1:5432/tg_scale \\
        .venv/bin/python benchmarks/scale/seed.py --disputes 100000

migrates, seeds the demo (its logins are the benchmark's users), then adds a year of
data through the models (tradeguard.common.scaledata), scaled by --disputes (100,000 =
the issue's year):

    100k disputes (40% active), 200k orders, 10k suppliers, 200k listings with an image
    each, 1.3M events, 266k timers (65k pending), 137k notifications, 50k IP complaint
    items, 50k image matches, 7.5k scam signals.

The demo buyer (Northwind Imports) is the big buyer: 3.6% of all orders and disputes
(3.6k cases at 100k). Refuses to seed twice into one database; `--only STEP` adds one
step (e.g. `--only signals`) to a database seeded before that step existed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time


def _setup() -> None:
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "src"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tradeguard.settings")
    os.environ.setdefault("DEBUG", "true")
    import django

    django.setup()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--disputes", type=int, default=100_000, help="100000 = a year")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument(
        "--only",
        choices=["signals"],
        help="add this step alone to a database this script seeded before the step existed",
    )
    args = parser.parse_args(argv)
    _setup()
    from django.core.management import call_command
    from django.db import connection, transaction

    from tradeguard.accounts.models import Organization, User
    from tradeguard.common.scaledata import Seeder, given_timestamps

    def log(line: str) -> None:
        print(f"  {line}", flush=True)

    t0 = time.monotonic()
    call_command("migrate", interactive=False, verbosity=0)
    if not User.objects.filter(email="officer@demo.tradeguard.test").exists():
        log("seeding the demo (its logins are the benchmark's users)")
        call_command("demo", verbosity=0)
    seeded = Organization.objects.filter(name="Scale supplier 00001").exists()
    if seeded != bool(args.only):
        print(
            "this database is seeded already; use a fresh one"
            if seeded
            else "--only adds a step to a seeded database; seed this one first",
            file=sys.stderr,
        )
        return 1
    what = f"the {args.only} step" if args.only else "a year"
    log(f"seeding {what} at {args.disputes:,} disputes into {connection.settings_dict['NAME']}")
    demo = {
        u.email.split("@")[0]: u
        for u in User.objects.filter(email__endswith="@demo.tradeguard.test")
    }
    with transaction.atomic():
        seeder = Seeder(
            args.disputes,
            officer=demo["officer"],
            big_buyer=demo["buyer"],
            supplier=demo["supplier"],
            rights_holder=demo["rights"],
            seed=args.seed,
            log=log,
        )
        if args.only:
            with given_timestamps():
                getattr(seeder, args.only)()
            seeder.reset_sequences()
        else:
            seeder.run()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    log(f"done in {time.monotonic() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
