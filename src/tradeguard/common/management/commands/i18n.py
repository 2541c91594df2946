"""`tradeguard i18n update|compile|check`: the translation catalogues, without GNU
gettext (see tradeguard.common.i18n.catalogs)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tradeguard.common.i18n import catalogs


class Command(BaseCommand):
    help = (
        "update: merge new strings into every app's catalogues; compile: write the .mo "
        "files; check: list missing, untranslated, fuzzy or uncompiled strings (exit 1)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["update", "compile", "check"])
        parser.add_argument(
            "--include-source",
            action="store_true",
            help="check: also report problems of the English (source) catalogues",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        say = self.stderr.write
        if action == "update":
            added = catalogs.update(progress=say)
            total = sum(added.values())
            self.stdout.write(f"{total} new string(s) to translate")
            catalogs.compile_all(progress=say)
        elif action == "compile":
            written = catalogs.compile_all(progress=say)
            self.stdout.write(f"{written} catalogue(s) compiled")
        else:
            problems = catalogs.check()
            for problem in problems:
                self.stdout.write(str(problem))
            if problems:
                raise CommandError(
                    f"{len(problems)} problem(s); translate them in the .po files named, then "
                    "run `tradeguard i18n compile`"
                )
            self.stdout.write("catalogues complete")
