"""Version 1 of the contract clause library (contracts/library.py)."""

from typing import Any

from django.db import migrations


def seed(apps: Any, schema_editor: Any) -> None:
    from tradeguard.contracts.library import seed_rows

    LibraryClause = apps.get_model("contracts", "LibraryClause")
    for row in seed_rows():
        if not LibraryClause.objects.filter(key=row["key"]).exists():
            LibraryClause.objects.create(number=1, **row)


def unseed(apps: Any, schema_editor: Any) -> None:
    apps.get_model("contracts", "LibraryClause").objects.filter(number=1).delete()


class Migration(migrations.Migration):
    dependencies = [("contracts", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
