"""A trigram index for searching organizations by name (the listing picker finds a
supplier's listings by its name)."""

from django.db import migrations

from tradeguard.common.trigram import trigram_index


class Migration(migrations.Migration):
    dependencies = [("accounts", "0004_token_expiry_and_throttling")]

    operations = [trigram_index("accounts_organization", "name", "organization_name_trgm")]
