"""``tradeguard restore DIR``: verify a backup, then load its database and files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tradeguard.common.backup import BackupError, Manifest, restore, verify


class Command(BaseCommand):
    help = (
        "Restore a backup made by `tradeguard backup` into the configured database and "
        "file store (stop the service first). Every hash is checked before anything "
        "changes. The database must be empty unless --force is given."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("directory", type=Path)
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace the data of a database that is not empty",
        )
        parser.add_argument(
            "--verify-only", action="store_true", help="check the backup's hashes, restore nothing"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            if options["verify_only"]:
                verify(
                    options["directory"], Manifest.read(options["directory"]), log=self.stdout.write
                )
                return
            restore(options["directory"], force=options["force"], log=self.stdout.write)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
