"""Trigram indexes for `icontains` searches on PostgreSQL (pg_trgm), as migrations.

Django's `icontains` on PostgreSQL is `UPPER(col::text) LIKE UPPER('%text%')`, which no
B-tree index serves; a GIN index on `UPPER(col::text) gin_trgm_ops` does. SQLite has
no such index and scans (its databases are small), so the operation does nothing there.
`CREATE EXTENSION pg_trgm` needs the database owner (pg_trgm is a trusted extension);
where the role may not create it, the migration logs a warning and leaves the search
unindexed rather than failing the deploy.
"""

from __future__ import annotations

import logging
from typing import Any

from django.db import DatabaseError, migrations

logger = logging.getLogger(__name__)


def trigram_index(table: str, column: str, name: str) -> migrations.RunPython:
    def forwards(apps: Any, schema_editor: Any) -> None:
        connection = schema_editor.connection
        if connection.vendor != "postgresql":
            return
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
            if cursor.fetchone() is None:
                cursor.execute("SAVEPOINT trigram")
                try:
                    cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                except DatabaseError as error:  # refused (not the owner): run unindexed
                    cursor.execute("ROLLBACK TO SAVEPOINT trigram")
                    logger.warning(
                        "pg_trgm is not available (%s); searches on %s.%s stay unindexed. "
                        "A superuser can run CREATE EXTENSION pg_trgm and migrate again.",
                        error,
                        table,
                        column,
                    )
                    return
                cursor.execute("RELEASE SAVEPOINT trigram")
            cursor.execute(
                f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" '
                f'USING gin (UPPER("{column}"::text) gin_trgm_ops)'
            )

    def backwards(apps: Any, schema_editor: Any) -> None:
        if schema_editor.connection.vendor == "postgresql":
            with schema_editor.connection.cursor() as cursor:
                cursor.execute(f'DROP INDEX IF EXISTS "{name}"')

    return migrations.RunPython(forwards, backwards, elidable=False)
