"""The pages over the five seed packs: search hits land on their paragraph and source line."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from django.test import Client

from minutebook.records.importer import ImportSummary
from minutebook.records.models import Action, Meeting, Person
from tests.web.seeds import seeded_database
from tests.web.test_exempt import body_of


@pytest.fixture(scope="module")
def seeds(django_db_setup: None, django_db_blocker: object) -> Iterator[ImportSummary]:
    yield from seeded_database(django_db_blocker)


def test_search_hits_land_on_their_paragraph_and_source_line(
    client: Client, seeds: ImportSummary, db: None
) -> None:
    html = body_of(client.get("/search/?q=Better+Care+Fund"))
    hits = re.findall(r'<h3><a href="(/meetings/\d+/#[a-z]+-\d+)">', html)
    sources = re.findall(r'<a href="(/sources/\d+/\?line=(\d+)#L\d+)">', html)
    assert len(hits) >= 3 and len(sources) >= 5
    for url in hits[:5]:
        path, anchor = url.split("#")
        assert f'id="{anchor}"' in body_of(client.get(path)), url
    for url, line in sources[:5]:
        assert f'<tr id="L{line}" class="cited"' in body_of(client.get(url)), url


def test_every_meeting_page_renders(client: Client, seeds: ImportSummary, db: None) -> None:
    meetings = list(Meeting.objects.all())
    assert len(meetings) >= 5
    for meeting in meetings:
        html = body_of(client.get(f"/meetings/{meeting.pk}/"))
        assert meeting.body.name.replace("&", "&amp;") in html


def test_every_person_page_renders_and_members_have_a_rate(
    client: Client, seeds: ImportSummary, db: None
) -> None:
    rated = 0
    for person in Person.objects.all():
        html = body_of(client.get(f"/people/{person.slug}/"))
        rated += bool(re.search(r'data-testid="attendance-rate">\d+%', html))
    assert rated >= 10


def test_an_action_printed_in_two_logs_shows_both_printings(
    client: Client, seeds: ImportSummary, db: None
) -> None:
    action = next(a for a in Action.objects.all() if a.updates.count() >= 2)  # type: ignore[attr-defined]
    html = body_of(client.get(f"/actions/{action.pk}/"))
    assert html.count('<td><a href="/sources/') >= 2


def test_api_lists_the_seed_record(client: Client, seeds: ImportSummary, db: None) -> None:
    assert client.get("/api/meetings").json()["count"] == Meeting.objects.count()
    assert client.get("/api/search?q=Better%20Care%20Fund").json()["total"] >= 3
