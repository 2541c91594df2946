from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from tradeguard.accounts.enums import OrgKind, Role
from tradeguard.accounts.models import Organization
from tradeguard.accounts.services import default_org_kind, organization_create, user_create
from tradeguard.common.errors import ApplicationError


class Command(BaseCommand):
    help = "Create a user (and its organization when missing); prints the new user's id."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--email", required=True)
        parser.add_argument("--password", required=True)
        parser.add_argument("--role", required=True, choices=Role.values)
        parser.add_argument("--org", required=True, help="Organization name")
        parser.add_argument("--org-kind", choices=OrgKind.values, help="Default: from the role")
        parser.add_argument("--country", default="US", help="ISO 3166-1 alpha-2 (new orgs)")
        parser.add_argument("--full-name", default="")
        parser.add_argument("--timezone", default="UTC")

    def handle(self, *args: Any, **o: Any) -> None:
        try:
            with transaction.atomic():
                org = Organization.objects.filter(name__iexact=o["org"].strip()).first()
                if org is None:
                    org = organization_create(
                        actor=None,
                        name=o["org"],
                        kind=o["org_kind"] or default_org_kind(o["role"]),
                        country=o["country"],
                    )
                    self.stderr.write(
                        f"created organization {org.name} ({org.kind}, {org.country})"
                    )
                elif o["org_kind"] and org.kind != o["org_kind"]:
                    raise CommandError(
                        f"organization {org.name!r} exists with kind {org.kind}, not {o['org_kind']}"
                    )
                user = user_create(
                    actor=None,
                    email=o["email"],
                    password=o["password"],
                    role=o["role"],
                    organization=org,
                    full_name=o["full_name"],
                    timezone=o["timezone"],
                )
        except ApplicationError as exc:
            detail = "; ".join(f"{k}: {v}" for k, v in exc.fields.items())
            raise CommandError(f"{exc.message}{' (' + detail + ')' if detail else ''}") from None
        self.stdout.write(str(user.pk))
