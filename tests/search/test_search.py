"""search(): ranking, snippets (highlighted and escaped), stemming, hostile queries, index updates.

Runs on whichever database the suite uses (SQLite FTS5 or PostgreSQL tsvector).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutebook.records.models import Body, MinuteParagraph
from minutebook.search.index import index_source
from minutebook.search.query import highlight, search
from tests.records.factories import (
    AgendaItemFactory,
    MeetingFactory,
    MinuteParagraphFactory,
    SourceFileFactory,
)


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "AND",
        "NOT OR",
        "NEAR(a b)",
        "*",
        "a:b",
        "'; DROP TABLE records_body; --",
        "col:text",
        "^x",
        "Better AND",
        "(((",
        "é ü ß",
        "\x00\x02",
        "a" * 1000,
        "-better",
        "  ",
    ],
)
@pytest.mark.django_db
def test_hostile_queries_are_harmless(query: str) -> None:
    _indexed("The Board approved the Better Care Fund plan.")
    results = search(query)
    assert results.total >= len(results.hits) >= 0
    assert Body.objects.exists()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=60))
@pytest.mark.django_db
def test_any_query_is_answered(query: str) -> None:
    results = search(query)
    assert results.total >= 0 and isinstance(results.hits, list)


def _indexed(text: str, date: dt.date = dt.date(2020, 1, 1), item_title: str = "BETTER CARE FUND") -> int:
    source = SourceFileFactory()
    meeting = MeetingFactory(date=date)
    item = AgendaItemFactory(meeting=meeting, source=source, title=item_title)
    paragraph = MinuteParagraphFactory(meeting=meeting, item=item, source=source, text=text)
    index_source(source)
    return paragraph.pk


@pytest.mark.django_db
def test_snippets_escape_pack_text() -> None:
    _indexed("The Better Care Fund <b>grew</b> by < 5% & <script>alert('x')</script> more.")
    (hit,) = search("better care fund", kind="paragraph").hits
    assert "<script>" not in hit.snippet and "<b>" not in hit.snippet
    assert "&lt;" in hit.snippet and "&amp;" in hit.snippet
    assert "<mark>Better</mark>" in hit.snippet


def test_highlight_escapes_then_marks() -> None:
    assert highlight("a < b \x02c\x03 & d") == "a &lt; b <mark>c</mark> &amp; d"


@pytest.mark.django_db
def test_stemmed_words_match() -> None:
    _indexed("The Board approved the plans for dementia services.")
    assert search("approve plan dementia").total == 1


@pytest.mark.django_db
def test_routine_business_ranks_below_substantive() -> None:
    routine = _indexed("Apologies for the dementia strategy meeting.", item_title="APOLOGIES FOR ABSENCE")
    substantive = _indexed("Apologies: the dementia strategy was delayed.", item_title="DEMENTIA STRATEGY")
    hits = search("dementia strategy", kind="paragraph").hits
    assert [h.object_id for h in hits] == [substantive, routine]


@pytest.mark.django_db
def test_recent_ranks_above_old() -> None:
    old = _indexed("The sugar reduction pledge was discussed.", date=dt.date(2014, 3, 1))
    new = _indexed("The sugar reduction pledge was discussed.", date=dt.date(2021, 3, 1))
    assert [h.object_id for h in search("sugar pledge").hits if h.kind == "paragraph"] == [new, old]


@pytest.mark.django_db
def test_index_follows_the_paragraphs_of_a_source() -> None:
    pk = _indexed("Loneliness and social isolation were discussed.")
    assert search("loneliness").total == 1
    paragraph = MinuteParagraph.objects.get(pk=pk)
    paragraph.text = "Air quality was discussed."
    paragraph.save()
    index_source(paragraph.source)
    assert search("loneliness").total == 0
    assert search("air quality").total == 1
