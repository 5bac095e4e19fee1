"""The full-text structures exist for the database in use (a SQLite table rebuild would drop triggers)."""

from __future__ import annotations

import pytest
from django.db import connection

from minutebook.search.facets import date_tokens, facets, range_tokens
from tests.records.factories import SourceFileFactory

pytestmark = pytest.mark.django_db


def test_full_text_structures_exist() -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE name LIKE 'search_fts%%'")
            names = {row[0] for row in cursor.fetchall()}
            assert {"search_fts", "search_fts_ai", "search_fts_ad", "search_fts_au"} <= names
        else:
            cursor.execute("SELECT indexdef FROM pg_indexes WHERE tablename = 'search_searchentry'")
            assert any("gin" in row[0].lower() and "document" in row[0] for row in cursor.fetchall())


def test_index_rows_follow_entries() -> None:
    from minutebook.search.models import SearchEntry
    from minutebook.search.query import search

    entry = SearchEntry.objects.create(
        kind="paragraph",
        object_id=1,
        title="t",
        text="quinoa salad",
        source=SourceFileFactory(),
        facets=facets("paragraph", None, None),
    )
    assert search("quinoa").total == 1
    entry.text = "lentil soup"
    entry.save()
    assert search("quinoa").total == 0 and search("lentil").total == 1
    entry.delete()
    assert search("lentil").total == 0


def test_range_tokens_cover_exactly() -> None:
    import datetime as dt

    assert range_tokens(dt.date(2014, 1, 1), dt.date(2015, 12, 31)) == ["y2014", "y2015"]
    assert range_tokens(dt.date(2018, 5, 30), dt.date(2018, 7, 1)) == [
        "d20180530",
        "d20180531",
        "m201806",
        "d20180701",
    ]
    assert range_tokens(dt.date(2018, 2, 1), dt.date(2018, 2, 28)) == ["m201802"]
    assert range_tokens(dt.date(2019, 1, 2), dt.date(2019, 1, 1)) == []
    assert date_tokens(None) == ["ynone"]
