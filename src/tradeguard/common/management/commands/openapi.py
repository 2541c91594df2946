"""Print the OpenAPI document (the one served at /api/v1/openapi.json)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Write the API's OpenAPI document as JSON (stdout, or --output FILE)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--output", default="-", help="a file, or - for stdout")

    def handle(self, *args: Any, **options: Any) -> None:
        from tradeguard.common.contract import openapi_document

        text = openapi_document()
        if options["output"] == "-":
            self.stdout.write(text, ending="")
        else:
            with open(options["output"], "w", encoding="utf-8") as out:
                out.write(text)
