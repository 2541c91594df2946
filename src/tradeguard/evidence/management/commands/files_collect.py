"""``tradeguard files-collect``: remove stored files nothing refers to any more."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from tradeguard.evidence.services import (
    COLLECT_MIN_AGE,
    TEMP_MAX_AGE,
    files_collect,
    human_size,
    store_sweep,
)


class Command(BaseCommand):
    help = (
        "Remove stored files (rows and bytes) that no attachment, evidence item, image or "
        f"document refers to any more and that are older than {COLLECT_MIN_AGE.days} day(s); "
        "then bytes in the store that no row names (older than the same) and upload temp "
        f"files older than {int(TEMP_MAX_AGE.total_seconds() // 3600)} hours."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="count what would go, remove nothing"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        def progress(done: int, total: int, removed: int) -> None:
            self.stderr.write(f"  {done}/{total} examined, {removed} unused")

        examined, removed = files_collect(dry_run=options["dry_run"], progress=progress)
        verb = "would be removed" if options["dry_run"] else "removed"
        self.stdout.write(f"{examined} file(s) examined, {removed} {verb}")
        swept = store_sweep(dry_run=options["dry_run"])
        self.stdout.write(
            f"{swept.orphans} unreferenced file(s) in the store ({human_size(swept.orphan_bytes)}) "
            f"and {swept.temp_files} stale upload temp file(s) ({human_size(swept.temp_bytes)}) {verb}"
        )
