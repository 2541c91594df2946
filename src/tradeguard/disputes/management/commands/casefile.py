"""`tradeguard casefile check-chain`: the hash chain of the whole event log."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tradeguard.common.events import events_check_chains


class Command(BaseCommand):
    help = "Court-ready case files: check the event log's hash chains."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        check = sub.add_parser(
            "check-chain",
            help="Verify the hash chain of every history in the database; names the "
            "first broken event. Exit code 1 when any chain is broken.",
        )
        check.add_argument("--aggregate", help="Only one kind of history, e.g. disputes.dispute.")
        check.add_argument("--quiet", action="store_true", help="No progress lines on stderr.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "check-chain":
            self._check_chain(options)

    def _check_chain(self, options: dict[str, Any]) -> None:
        def progress(done: int, total: int) -> None:
            share = f" ({100 * done / total:.0f} %)" if total else ""
            self.stderr.write(f"  checked {done:,} of {total:,} events{share}")

        report = events_check_chains(
            aggregate=options["aggregate"], progress=None if options["quiet"] else progress
        )
        if report.first_break is not None:
            raise CommandError(
                f"Broken: {report.breaks:,} event(s) do not hold. The first: "
                f"{report.first_break.describe()}",
                returncode=1,
            )
        self.stdout.write(
            f"OK: {report.events:,} events in {report.histories:,} histories, every chain holds."
        )
