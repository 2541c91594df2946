"""`tradeguard aql --lot-size N --level II --aql 2.5 [--inspection normal] [--json]`

A contract: with --json it prints exactly
{"code_letter": "L", "sample_size": 200, "accept": 10, "reject": 11,
 "inspection": "normal", "lot_size": 4000}
Invalid input exits 2 with one line on stderr (argparse errors included).
"""

from __future__ import annotations

import json
import sys
from argparse import ArgumentParser
from typing import Any, NoReturn

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tradeguard.common.errors import ApplicationError
from tradeguard.specs import aql

USAGE_EXIT = 2


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


class Command(BaseCommand):
    help = "ISO 2859-1 single sampling plan for a lot (code letter, sample size, Ac/Re)."
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        parser = super().create_parser(prog_name, subcommand, **kwargs)

        def error(message: str) -> NoReturn:
            raise CommandError(message, returncode=USAGE_EXIT)

        parser.error = error  # type: ignore[method-assign]
        return parser

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--lot-size", required=True, help="Units in the lot (>= 1).")
        parser.add_argument(
            "--level", default="II", help=f"Inspection level: {', '.join(aql.LEVELS)}."
        )
        parser.add_argument(
            "--aql", required=True, help=f"AQL column: {', '.join(aql.AQL_LABELS)}."
        )
        parser.add_argument(
            "--inspection",
            default="normal",
            help="normal (Table 2-A), tightened (2-B) or reduced (2-C).",
        )
        parser.add_argument("--json", action="store_true", help="Print the plan as JSON.")

    def run_from_argv(self, argv: list[str]) -> None:
        try:
            super().run_from_argv(argv)
        except CommandError as exc:  # argparse errors raised before Django's own handler
            self._fail(str(exc))

    def execute(self, *args: Any, **options: Any) -> str | None:
        try:
            return super().execute(*args, **options)
        except ApplicationError as exc:
            if not getattr(self, "_called_from_command_line", False):
                raise CommandError(self._reason(exc), returncode=USAGE_EXIT) from exc
            self._fail(self._reason(exc))
        except CommandError as exc:
            if not getattr(self, "_called_from_command_line", False):
                raise
            self._fail(str(exc))

    @staticmethod
    def _reason(exc: ApplicationError) -> str:
        hints = " ".join(exc.fields.values())
        return f"{exc.message} {hints}".strip()

    def _fail(self, message: str) -> NoReturn:
        sys.stderr.write(f"error: {_one_line(message)}\n")
        sys.stderr.flush()
        sys.exit(USAGE_EXIT)

    def handle(self, *args: Any, **options: Any) -> None:
        plan = aql.sampling_plan(
            lot_size=options["lot_size"],
            level=options["level"],
            aql=options["aql"],
            inspection=options["inspection"],
        )
        if options["json"]:
            self.stdout.write(json.dumps(plan.cli_dict()))
            return
        lines = [
            f"Lot size {plan.lot_size}, level {aql.parse_level(options['level'])}, "
            f"AQL {aql.aql_label(aql.parse_aql(options['aql']))}, {plan.inspection} inspection",
            f"Code letter {plan.code_letter}: inspect {plan.sample_size} units"
            + (" (100% - the sample would reach the lot size)" if plan.hundred_percent else ""),
            f"Accept the lot with at most {plan.accept} defective; reject with {plan.reject} or more.",
        ]
        self.stdout.write("\n".join(lines))
