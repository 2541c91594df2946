from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from tradeguard.common.demo import DEMO_PASSWORD, seed_all


class Command(BaseCommand):
    help = "Create the demo data (idempotent) and print the demo logins."

    def handle(self, *args: Any, **options: Any) -> None:
        with transaction.atomic():
            ctx = seed_all(log=lambda line: self.stderr.write(f"  {line}"))
        self.stdout.write(self.style.SUCCESS("Demo data ready. Sign in with any of these:"))
        for key, user in ctx.users.items():
            org = user.organization.name if user.organization else "-"
            self.stdout.write(f"  {user.email:<36} {user.role:<14} {org}  ({key})")
        self.stdout.write(f"  password for all: {DEMO_PASSWORD}")
