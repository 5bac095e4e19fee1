"""Exempt (Part 2) business never reaches a page, the API, an export, a feed or a search result."""

from __future__ import annotations

from django.test import Client

from minutebook.search.query import search
from tests.web.builders import EXEMPT_MARK, Record
from tests.web.urls import public_urls


def body_of(response: object) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content  # type: ignore[attr-defined]
    return content.decode()


def test_the_record_holds_exempt_business(record: Record) -> None:
    assert record.exempt_item.exempt and EXEMPT_MARK in record.exempt_item.title


def test_no_public_url_shows_exempt_business(client: Client, record: Record) -> None:
    urls = public_urls(record)
    assert len(urls) > 30
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert EXEMPT_MARK not in body_of(response), url


def test_search_never_finds_exempt_business(record: Record) -> None:
    assert search(EXEMPT_MARK).total == 0
    assert all(EXEMPT_MARK not in hit.snippet for hit in search("valuation OR disposal OR site").hits)


def test_searching_for_exempt_words_finds_nothing_on_the_page_or_the_api(
    client: Client, record: Record
) -> None:
    assert "0 results" in body_of(client.get(f"/search/?q={EXEMPT_MARK}"))
    assert client.get(f"/api/search?q={EXEMPT_MARK}").json()["total"] == 0


def test_source_viewer_withholds_exempt_lines_and_says_so(client: Client, record: Record) -> None:
    html = body_of(client.get(f"/sources/{record.source.pk}/?all=1"))
    assert "6 lines of exempt business withheld" in html
    assert 'id="L39"' in html and 'id="L40"' not in html and 'id="L46"' in html
    cited = body_of(client.get(f"/sources/{record.source.pk}/?line=42"))
    assert "part of exempt business and is not published" in cited and 'class="cited"' not in cited


def test_meeting_page_keeps_the_public_items_around_the_exempt_one(client: Client, record: Record) -> None:
    html = body_of(client.get(f"/meetings/{record.meeting.pk}/"))
    assert "Better Care Fund" in html and "PART 2" not in html
