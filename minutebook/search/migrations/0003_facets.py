"""Facet words (kind, body, dates, people) in the index, so SQLite filters inside FTS5.

SQLite: the FTS5 table is rebuilt with a third column, ``facets``.
"""

from __future__ import annotations

from typing import Any

from django.db import migrations, models

TRIGGERS = ["search_fts_ai", "search_fts_ad", "search_fts_au"]


def _fts(columns: str, update_of: str) -> list[str]:
    new = ", ".join(f"new.{c.strip()}" for c in columns.split(","))
    old = ", ".join(f"old.{c.strip()}" for c in columns.split(","))
    return [
        *(f"DROP TRIGGER IF EXISTS {t}" for t in TRIGGERS),
        "DROP TABLE IF EXISTS search_fts",
        f"""CREATE VIRTUAL TABLE search_fts USING fts5(
            {columns}, content='search_searchentry', content_rowid='id',
            tokenize='porter unicode61 remove_diacritics 2')""",
        f"""CREATE TRIGGER search_fts_ai AFTER INSERT ON search_searchentry BEGIN
            INSERT INTO search_fts(rowid, {columns}) VALUES (new.id, {new}); END""",
        f"""CREATE TRIGGER search_fts_ad AFTER DELETE ON search_searchentry BEGIN
            INSERT INTO search_fts(search_fts, rowid, {columns}) VALUES ('delete', old.id, {old}); END""",
        f"""CREATE TRIGGER search_fts_au AFTER UPDATE OF {update_of} ON search_searchentry BEGIN
            INSERT INTO search_fts(search_fts, rowid, {columns}) VALUES ('delete', old.id, {old});
            INSERT INTO search_fts(rowid, {columns}) VALUES (new.id, {new}); END""",
        "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
    ]


_DROP = [*(f"DROP TRIGGER IF EXISTS {t}" for t in TRIGGERS), "DROP TABLE IF EXISTS search_fts"]


def _run(statements: list[str]) -> Any:
    def run(apps: Any, schema_editor: Any) -> None:
        if schema_editor.connection.vendor == "sqlite":
            for sql in statements:
                schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0002_fulltext")]

    operations = [
        # Undoing: the two-column table comes back after the column goes (a SQLite table
        # rebuild drops triggers, so the full-text table is always made after it).
        migrations.RunPython(migrations.RunPython.noop, _run(_fts("title, text", "title, text"))),
        migrations.AddField(
            model_name="searchentry",
            name="facets",
            field=models.TextField(
                blank=True, default="", help_text="Filter words: kind, body, dates, people"
            ),
        ),
        migrations.RunPython(_run(_fts("title, text, facets", "title, text, facets")), _run(_DROP)),
    ]
