"""search() over the five gold packs: hits link to their source lines; filters; pages.

Runs on whichever database the suite uses (SQLite FTS5 or PostgreSQL tsvector).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from minutebook.records.models import Body, MinuteParagraph, Person, SourceLine
from minutebook.search.models import EntryKind
from minutebook.search.query import search
from tests.conftest import GoldPack
from tests.records.helpers import import_all, wipe


@pytest.fixture(scope="module")
def seeded(
    django_db_setup: None, django_db_blocker: pytest.FixtureRequest, gold_packs: dict[str, GoldPack]
) -> Iterator[None]:
    """The five gold packs imported once for the module's read-only tests."""
    with django_db_blocker.unblock():  # type: ignore[attr-defined]
        import_all(gold_packs)
    yield
    with django_db_blocker.unblock():  # type: ignore[attr-defined]
        wipe()


seeded_db = pytest.mark.usefixtures("seeded", "db")


@seeded_db
def test_better_care_fund_hits_point_at_their_source_lines() -> None:
    results = search("Better Care Fund")
    assert results.total >= len(results.hits) > 5
    assert "<mark>" in "".join(h.snippet for h in results.hits)
    for hit in results.hits:
        assert hit.kind in EntryKind.values
        assert hit.source_name.endswith(".txt") and hit.anchor == f"L{hit.line}"
        assert SourceLine.objects.public().filter(source_id=hit.source_id, number=hit.line).exists()


@seeded_db
def test_a_paragraph_hit_lands_on_its_paragraph() -> None:
    hits = search("Better Care Fund", kind="paragraph").hits
    assert hits and all(h.kind == "paragraph" for h in hits)
    for hit in hits:
        paragraph = MinuteParagraph.objects.get(pk=hit.object_id)
        assert paragraph.line == hit.line and paragraph.meeting_id == hit.meeting_id
        words = f"{paragraph.text} {paragraph.item.title if paragraph.item else ''}".lower()
        assert "care" in words


@seeded_db
def test_filters_by_kind_body_dates_and_person() -> None:
    assert all(h.kind == "resolution" for h in search("minutes", kind="resolution").hits)
    body = Body.objects.get(name="Joint Health & Wellbeing Board")
    joint = search("Better Care Fund", body=body)
    assert joint.hits and all(h.body_id == body.pk for h in joint.hits)
    early = search("Better Care Fund", date_from=dt.date(2014, 1, 1), date_to=dt.date(2015, 12, 31))
    assert early.hits and all(
        h.date and dt.date(2014, 1, 1) <= h.date <= dt.date(2015, 12, 31) for h in early.hits
    )
    person = Person.objects.get(aliases__name="Neville Purssell")
    theirs = search("Better Care Fund", person=person)
    assert theirs.hits and theirs.total < search("Better Care Fund").total


@seeded_db
def test_pages_do_not_overlap() -> None:
    first = search("board", limit=5)
    second = search("board", limit=5, offset=5)
    assert first.total == second.total > 10 and first.has_more
    assert not {h.entry_id for h in first.hits} & {h.entry_id for h in second.hits}
    assert [h.rank for h in first.hits] == sorted((h.rank for h in first.hits), reverse=True)
