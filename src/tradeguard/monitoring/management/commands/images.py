"""``images``: the image-copy CLI contract as a management command.

The ``tradeguard`` console script runs :mod:`tradeguard.imagematch.cli` directly,
without starting Django; this command runs the same code for ``call_command`` and
``django-admin``-style use. See that module for the sub-commands.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tradeguard.imagematch import cli


class Command(BaseCommand):
    help = "Find copies of reference images among candidate images."
    # The engine touches no model, URL or template: Django's system checks (~0.9 s)
    # would only delay every run.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        cli.add_arguments(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            cli.run(options, self.stdout.write, self.stderr.write)
        except cli.UsageError as exc:
            raise CommandError(str(exc)) from exc
