"""Pack text is escaped everywhere; nothing public writes; the admin is behind a login."""

from __future__ import annotations

import pytest
from django.test import Client

from minutebook.records.models import Action, Meeting
from tests.web.builders import HOSTILE, Record
from tests.web.test_exempt import body_of
from tests.web.urls import public_urls

ESCAPED = "&lt;script&gt;"


def test_hostile_text_renders_inert_on_every_html_page(client: Client, record: Record) -> None:
    pages = [
        u
        for u in public_urls(record)
        if not u.startswith(("/api/", "/exports/", "/feeds/")) and ".ics" not in u
    ]
    shown = 0
    for url in pages:
        html = body_of(client.get(url))
        assert "<script" not in html, url
        shown += ESCAPED in html
    assert shown >= 5  # the hostile text is on the meeting, person, action, search and source pages


def test_meeting_page_escapes_venue_paragraph_resolution_declaration(client: Client, record: Record) -> None:
    html = body_of(client.get(f"/meetings/{record.meeting.pk}/"))
    assert html.count(ESCAPED) >= 4


def test_search_snippets_escape_pack_text_but_keep_highlights(client: Client, record: Record) -> None:
    html = body_of(client.get("/search/?q=circulate"))  # the action whose text carries a script tag
    assert "<mark>" in html and "<script" not in html


def test_api_returns_json_not_html(client: Client, record: Record) -> None:
    response = client.get(f"/api/meetings/{record.meeting.pk}")
    assert response["Content-Type"].startswith("application/json")
    assert HOSTILE in response.json()["venue"]  # the text as printed, JSON-encoded
    hits = client.get("/api/search?q=circulate").json()["hits"]
    assert hits and all("<script" not in h["snippet_html"] for h in hits)


def test_feeds_escape_text(client: Client, record: Record) -> None:
    for url in ("/feeds/actions.atom", "/feeds/resolutions.atom"):
        xml = body_of(client.get(url))
        assert "<script" not in xml and "&lt;script&gt;" in xml


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_no_public_url_writes(method: str, record: Record) -> None:
    client = Client(enforce_csrf_checks=True)
    before = (Meeting.objects.count(), Action.objects.count())
    for url in public_urls(record):
        response = getattr(client, method)(url, data={"name": "x"}, content_type="application/json")
        assert response.status_code in (403, 405), (method, url, response.status_code)
    assert (Meeting.objects.count(), Action.objects.count()) == before


def test_no_public_url_writes_even_without_csrf_checks(client: Client, record: Record) -> None:
    for url in public_urls(record):
        response = client.post(url, data={"q": "x"})
        if url == "/api/openapi.json":  # django-ninja answers any method with the same document
            assert response.json() == client.get(url).json()
            continue
        assert response.status_code == 405, url


def test_admin_needs_a_login(client: Client, db: None) -> None:
    response = client.get("/admin/records/meeting/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_pages_forbid_framing_and_sniffing(client: Client, record: Record) -> None:
    response = client.get("/")
    assert response["X-Frame-Options"] == "DENY" and response["X-Content-Type-Options"] == "nosniff"
