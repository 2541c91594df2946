"""A trigram index for searching listing titles (the IP complaint's listing picker)."""

from django.db import migrations

from tradeguard.common.trigram import trigram_index


class Migration(migrations.Migration):
    dependencies = [("catalog", "0003_list_indexes")]

    operations = [trigram_index("catalog_listing", "title", "listing_title_trgm")]
