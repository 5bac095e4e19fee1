"""Setting Django up for the ``minutebook`` command (outside ``manage.py``)."""

from __future__ import annotations

import os


class NotMigrated(RuntimeError):
    """The database needs migrating and we will not do it silently (PostgreSQL)."""


def setup_django(migrate: bool = True) -> None:
    """django.setup() with minutebook.settings; migrate the embedded SQLite database if needed."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "minutebook.settings")
    import django

    django.setup()
    if migrate:
        ensure_migrated()


def pending_migrations() -> list[str]:
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{m.app_label}.{m.name}" for m, _ in plan]


def ensure_migrated() -> None:
    """Apply migrations on SQLite; on a server database, say what to run instead."""
    from django.core.management import call_command
    from django.db import connection

    pending = pending_migrations()
    if not pending:
        return
    if connection.vendor != "sqlite":
        raise NotMigrated(f"the database needs {len(pending)} migration(s): run `minutebook migrate` first")
    call_command("migrate", interactive=False, verbosity=0)
