"""Pages are cached until the record changes (a pack imported, a merge made or undone)."""

from __future__ import annotations

from django.core.cache import cache
from django.test import Client

from minutebook.records.models import MinuteParagraph, SourceFile
from minutebook.web.page_cache import VERSION_KEY, record_version
from tests.web.builders import Record


def test_a_page_is_served_from_the_cache_until_the_record_version_changes(
    client: Client, record: Record
) -> None:
    url = f"/meetings/{record.meeting.pk}/"
    assert "discussed the Better Care Fund" in client.get(url).content.decode()
    MinuteParagraph.objects.filter(pk=record.paragraph.pk).update(text="4.1 Rewritten paragraph")
    assert "discussed the Better Care Fund" in client.get(url).content.decode()  # cached
    SourceFile.objects.create(original_name="new.txt", sha256="0" * 64, size=1)
    cache.delete(VERSION_KEY)  # as if the version's few seconds had passed
    assert "Rewritten paragraph" in client.get(url).content.decode()


def test_version_changes_when_a_pack_is_imported(record: Record) -> None:
    before = record_version()
    SourceFile.objects.create(original_name="new.txt", sha256="1" * 64, size=1)
    assert record_version() == before  # read again only after a few seconds
    cache.delete(VERSION_KEY)
    assert record_version() != before


def test_query_strings_are_cached_apart(client: Client, record: Record) -> None:
    first = client.get("/search/?q=plan").content.decode()
    second = client.get("/search/?q=circulate").content.decode()
    assert "for “plan”" in first and "for “circulate”" in second


def test_not_found_is_not_cached(client: Client, record: Record) -> None:
    assert client.get("/meetings/999999/").status_code == 404
    assert client.get("/meetings/999999/").status_code == 404
