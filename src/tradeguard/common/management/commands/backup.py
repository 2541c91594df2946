"""``tradeguard backup DIR``: database snapshot + stored files, verified by SHA-256."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tradeguard.common.backup import BackupError, backup


class Command(BaseCommand):
    help = (
        "Back up the database (a consistent online snapshot: SQLite's backup API, or "
        "pg_dump on PostgreSQL) and every stored file it names into DIR, with a manifest "
        "of SHA-256 hashes. Safe while the service runs."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("directory", type=Path, help="a new or empty directory")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            backup(options["directory"], log=self.stdout.write)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
